import { Table, Text } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  AdminContactImportLine,
  AdminContactImportResponse,
  CONTACT_IMPORT_STATUSES,
  ContactImportStatus,
} from "../../lib/crm-types"
import { CONTACT_IMPORT_STATUS_COLORS } from "../../lib/status-colors"
import { MallStatusBadge } from "../mall-status-badge"
import { useFormatScore } from "./labels"

const PAGE_SIZE = 50

/** Why a line ended as it did, in a sentence. */
const LineDetail = ({ line }: { line: AdminContactImportLine }) => {
  const { t } = useTranslation()
  const score = useFormatScore()

  switch (line.status) {
    case "rejected":
      return (
        <Text size="small" className="text-ui-fg-error whitespace-normal">
          {line.reason}
        </Text>
      )
    case "matched":
      return (
        <Text size="small" className="whitespace-normal">
          {line.by === "external_id"
            ? t("mall.crm.import.detail.matchedExternalId")
            : line.by === "identical"
              ? t("mall.crm.import.detail.matchedIdentical")
              : t("mall.crm.import.detail.matched", {
                  score: score(line.score),
                })}
        </Text>
      )
    case "duplicate":
      return (
        <Text size="small" className="whitespace-normal">
          {t("mall.crm.import.detail.duplicate", {
            line: line.duplicate_of_line,
            score: score(line.score),
          })}
        </Text>
      )
    case "review":
      return (
        <Text size="small" className="whitespace-normal">
          {t("mall.crm.import.detail.review", {
            count: line.candidates ?? 0,
            score: score(line.best_score),
          })}
        </Text>
      )
    default:
      return (
        <Text size="small" className="text-ui-fg-subtle">
          {t("mall.crm.import.detail.created")}
        </Text>
      )
  }
}

/**
 * The report of a contact import: how many lines ended each way (each count
 * filters the lines), then every line with its status and why.
 */
export const ContactImportReport = ({
  result,
}: {
  result: AdminContactImportResponse
}) => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<ContactImportStatus>()
  const [pageIndex, setPageIndex] = useState(0)
  const { summary } = result
  const lines = status
    ? result.lines.filter((line) => line.status === status)
    : result.lines
  const pageCount = Math.max(1, Math.ceil(lines.length / PAGE_SIZE))
  const page = Math.min(pageIndex, pageCount - 1)
  const shown = lines.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)

  const choose = (next: ContactImportStatus | undefined) => {
    setStatus(next)
    setPageIndex(0)
  }

  const tile = (
    key: ContactImportStatus | undefined,
    count: number,
    label: ReactNode
  ) => {
    const active = status === key
    return (
      <button
        key={key ?? "all"}
        type="button"
        onClick={() => choose(key)}
        aria-pressed={active}
        disabled={key !== undefined && count === 0}
        className={`shadow-borders-base flex flex-col items-start gap-y-1 rounded-lg px-3 py-2 text-left outline-none transition-colors focus-visible:shadow-borders-focus disabled:cursor-default disabled:opacity-60 ${
          active
            ? "bg-ui-bg-highlight"
            : "bg-ui-bg-base enabled:hover:bg-ui-bg-base-hover"
        }`}
        data-testid="mall-crm-import-count"
        data-status={key ?? "total"}
        data-count={count}
      >
        {label}
        <Text size="large" weight="plus" className="tabular-nums">
          {count}
        </Text>
      </button>
    )
  }

  return (
    <section
      className="flex flex-col gap-y-3"
      data-testid="mall-crm-import-result"
    >
      <Text size="small" weight="plus" data-testid="mall-crm-import-summary">
        {t("mall.crm.import.summary", {
          total: summary.total,
          created: summary.created,
          matched: summary.matched,
          duplicate: summary.duplicate,
          review: summary.review,
          rejected: summary.rejected,
        })}
      </Text>
      <div className="grid grid-cols-3 gap-2">
        {tile(
          undefined,
          summary.total,
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            {t("mall.crm.import.allLines")}
          </Text>
        )}
        {CONTACT_IMPORT_STATUSES.map((key) =>
          tile(
            key,
            summary[key],
            <MallStatusBadge
              status={key}
              colors={CONTACT_IMPORT_STATUS_COLORS}
              labelPrefix="mall.crm.import.statuses"
            />
          )
        )}
      </div>
      <div className="shadow-elevation-card-rest overflow-hidden rounded-lg">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-12">
                {t("mall.crm.import.fields.line")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.crm.import.fields.status")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.crm.import.fields.detail")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("mall.crm.import.fields.contact")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((line) => (
              <Table.Row
                key={line.line}
                data-testid="mall-crm-import-line"
                data-status={line.status}
                data-line={line.line}
                className="[&_td:last-child]:pr-4"
              >
                <Table.Cell className="tabular-nums">{line.line}</Table.Cell>
                <Table.Cell>
                  <MallStatusBadge
                    status={line.status}
                    colors={CONTACT_IMPORT_STATUS_COLORS}
                    labelPrefix="mall.crm.import.statuses"
                    testId="mall-crm-import-status"
                  />
                </Table.Cell>
                <Table.Cell className="h-auto py-2">
                  <LineDetail line={line} />
                </Table.Cell>
                <Table.Cell>
                  {line.status !== "rejected" ? (
                    <Link
                      to={`/crm/contacts/${line.contact_id}`}
                      className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
                      title={line.contact_id}
                    >
                      {t("mall.crm.import.viewContact")}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-muted">—</span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {lines.length > PAGE_SIZE && (
          <Table.Pagination
            count={lines.length}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page < pageCount - 1}
            previousPage={() => setPageIndex(page - 1)}
            nextPage={() => setPageIndex(page + 1)}
            translations={{
              of: t("mall.common.pagination.of"),
              results: t("mall.common.pagination.results"),
              pages: t("mall.common.pagination.pages"),
              prev: t("mall.common.pagination.prev"),
              next: t("mall.common.pagination.next"),
            }}
          />
        )}
      </div>
    </section>
  )
}
