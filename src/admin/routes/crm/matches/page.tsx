import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Select, Skeleton, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  MATCH_CANDIDATE_STATUSES,
  MatchCandidateStatus,
} from "../../../components/crm/review-statuses"
import { useFilterParams } from "../../../hooks/use-filter-params"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { usePagination } from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { SearchInput } from "../../../components/search-input"
import { useCrmMatches } from "../../../hooks/api/crm-review"
import { useUserLabels } from "../../../hooks/api/departments"
import {
  MATCH_CANDIDATE_ORDERS,
  type MatchCandidateOrder,
} from "../../../lib/crm-types"
import { CandidateCard } from "./components/candidate-card"

const PAGE_SIZE = 10

/**
 * The review queue of possible duplicates: each candidate with both records
 * side by side, the score and the evidence field by field, to accept ("same
 * customer") or reject ("different customers"). Pending first by default;
 * the status, sort and search live in the address, so going back from a
 * candidate keeps them.
 */
const MatchesPage = () => {
  const { t } = useTranslation()
  const { pagination, setPagination, reset, query } = usePagination(PAGE_SIZE)
  const [params, setParam] = useFilterParams(reset)
  const raw = params.get("status")
  // No status in the address: the pending queue. "all" lists every status.
  const status =
    raw === ALL
      ? undefined
      : (MATCH_CANDIDATE_STATUSES as readonly string[]).includes(raw ?? "")
        ? (raw as MatchCandidateStatus)
        : "pending"
  const q = params.get("q") ?? ""
  const order = (MATCH_CANDIDATE_ORDERS as readonly string[]).includes(
    params.get("order") ?? ""
  )
    ? (params.get("order") as MatchCandidateOrder)
    : "-created_at"
  const { match_candidates, count, isPending, isFetching, error } =
    useCrmMatches({ ...query, status, q: q || undefined, order })
  const userLabel = useUserLabels(
    (match_candidates ?? []).map((c) => c.decided_by)
  )
  const total = count ?? 0
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-crm-matches-page">
      <Container className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <PageHeading
          title={t("mall.crm.matches.title")}
          description={t("mall.crm.matches.description")}
        />
        <div className="flex shrink-0 items-center gap-x-3">
          {!isPending && (
            <Text
              size="small"
              className="text-ui-fg-subtle tabular-nums whitespace-nowrap"
              data-testid="mall-crm-matches-count"
            >
              {t("mall.crm.matches.count", { count: total })}
            </Text>
          )}
          <FilterSelect
            label={t("mall.crm.detail.status")}
            value={status}
            allLabel={t("mall.crm.matches.allStatuses")}
            options={MATCH_CANDIDATE_STATUSES.map((value) => ({
              value,
              label: t(`mall.crm.candidateStatus.${value}`),
            }))}
            onChange={(value) => setParam("status", value ?? ALL)}
            testId="mall-crm-matches-status-filter"
          />
          <Select
            size="small"
            value={order}
            onValueChange={(value) => value && setParam("order", value)}
          >
            <Select.Trigger
              className="w-44"
              aria-label={t("mall.crm.matches.sort")}
              data-testid="mall-crm-matches-order"
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {MATCH_CANDIDATE_ORDERS.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`mall.crm.matches.order.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <SearchInput
            value={q}
            onSearch={(next) => setParam("q", next)}
            placeholder={t("mall.crm.matches.search")}
            testId="mall-crm-matches-search"
          />
        </div>
      </Container>
      {error && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("mall.common.loadError", { message: error.message })}
          </Text>
        </Container>
      )}
      {isPending && (
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-8 w-1/3" />
          <Skeleton className="h-40 w-full" />
        </Container>
      )}
      {!isPending && !error && !match_candidates?.length && (
        <Container
          className="flex flex-col items-center gap-y-1 px-6 py-10 text-center"
          data-testid="mall-crm-matches-empty"
        >
          <Heading level="h2">
            {status === "pending" && !q
              ? t("mall.crm.matches.empty")
              : t("mall.crm.matches.emptyFiltered")}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {status === "pending" && !q
              ? t("mall.crm.matches.emptyHint")
              : t("mall.common.emptyFiltered")}
          </Text>
        </Container>
      )}
      <div
        className={`flex flex-col gap-y-3 transition-opacity ${
          isFetching && !isPending ? "opacity-60" : ""
        }`}
      >
        {(match_candidates ?? []).map((candidate) => (
          <CandidateCard
            key={candidate.id}
            candidate={candidate}
            userLabel={userLabel}
            showOpen
          />
        ))}
      </div>
      {total > PAGE_SIZE && (
        <Container className="p-0">
          <Table.Pagination
            count={total}
            pageSize={PAGE_SIZE}
            pageIndex={pagination.pageIndex}
            pageCount={pageCount}
            canPreviousPage={pagination.pageIndex > 0}
            canNextPage={pagination.pageIndex + 1 < pageCount}
            previousPage={() =>
              setPagination((p) => ({ ...p, pageIndex: p.pageIndex - 1 }))
            }
            nextPage={() =>
              setPagination((p) => ({ ...p, pageIndex: p.pageIndex + 1 }))
            }
            translations={{
              of: t("mall.common.pagination.of"),
              results: t("mall.common.pagination.results"),
              pages: t("mall.common.pagination.pages"),
              prev: t("mall.common.pagination.prev"),
              next: t("mall.common.pagination.next"),
            }}
          />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.crm.matches.navLabel",
  translationNs: "translation",
  rank: 1,
})

export default MatchesPage
