import { InformationCircle } from "@medusajs/icons"
import { Badge, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { FieldEvidence } from "../../lib/crm-types"
import { toIntlLocale } from "../../lib/format"
import { useFormatScore } from "./labels"

type EvidenceColor = "green" | "red" | "grey" | "orange"

/** Agreeing fields add points (green), conflicting ones remove them (red). */
export const evidenceColor = (evidence: FieldEvidence): EvidenceColor =>
  evidence.code === "missing"
    ? "grey"
    : evidence.points > 0
      ? "green"
      : evidence.points < 0
        ? "red"
        : "orange"

/** Points of a field or a sum, signed: "+9", "−2.5", "0". */
export const useFormatPoints = () => {
  const { i18n } = useTranslation()
  const format = new Intl.NumberFormat(toIntlLocale(i18n.language), {
    signDisplay: "exceptZero",
    maximumFractionDigits: 1,
  })
  return (points: number) => format.format(Math.round(points * 10) / 10)
}

/** The field's name: "Phone", "Tax ID". */
export const useEvidenceFieldLabel = () => {
  const { t } = useTranslation()
  return (field: string) =>
    t(`mall.crm.evidence.fields.${field}`, { defaultValue: field })
}

/**
 * What a comparison means, in the dashboard's language. The server's own
 * sentence (English, with the values) is kept for the tooltip.
 */
export const useEvidenceExplanation = () => {
  const { t } = useTranslation()
  return (evidence: FieldEvidence) =>
    t(`mall.crm.matches.explain.${evidence.field}.${evidence.code}`, {
      defaultValue: evidence.detail,
    })
}

/** How a field compared, as a coloured badge: "same", "typo", "differs". */
export const EvidenceCode = ({ evidence }: { evidence: FieldEvidence }) => {
  const { t } = useTranslation()
  return (
    <Badge
      size="2xsmall"
      color={evidenceColor(evidence)}
      className="whitespace-nowrap"
      data-testid="mall-crm-evidence-code"
      data-code={evidence.code}
    >
      {t(`mall.crm.evidence.codes.${evidence.code}`, {
        defaultValue: evidence.code,
      })}
    </Badge>
  )
}

/** The points a field added to the score (or took from it). */
export const EvidencePoints = ({ points }: { points: number }) => {
  const formatPoints = useFormatPoints()
  const tone =
    points > 0
      ? "text-ui-tag-green-text"
      : points < 0
        ? "text-ui-tag-red-text"
        : "text-ui-fg-muted"
  return (
    <Text
      size="small"
      weight="plus"
      leading="compact"
      className={`tabular-nums ${tone}`}
      data-testid="mall-crm-evidence-points"
    >
      {formatPoints(points)}
    </Text>
  )
}

/** The two values the matcher compared (normalised), "a ↔ b". */
export const ComparedValues = ({ evidence }: { evidence: FieldEvidence }) => {
  if (!evidence.left && !evidence.right) {
    return null
  }
  const text = `${evidence.left ?? "—"} ↔ ${evidence.right ?? "—"}`
  return (
    <Text
      size="xsmall"
      className="text-ui-fg-muted max-w-[28rem] truncate font-mono"
      title={text}
    >
      {text}
    </Text>
  )
}

/**
 * The comparison of one field: its code, what it means, the values
 * compared, and the server's sentence on the info icon.
 */
export const EvidenceExplanation = ({
  evidence,
  showValues = true,
}: {
  evidence: FieldEvidence
  showValues?: boolean
}) => {
  const explain = useEvidenceExplanation()
  const { t } = useTranslation()
  const similarity = useFormatScore()
  return (
    <div className="flex min-w-0 flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <EvidenceCode evidence={evidence} />
        {evidence.code !== "missing" && (
          <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
            {t("mall.crm.matches.similarity", {
              value: similarity(evidence.similarity),
            })}
          </Text>
        )}
        {evidence.detail && (
          <Tooltip content={evidence.detail} maxWidth={360}>
            <InformationCircle
              className="text-ui-fg-muted"
              aria-label={evidence.detail}
            />
          </Tooltip>
        )}
      </div>
      <Text
        size="small"
        leading="compact"
        className="text-ui-fg-base"
        data-testid="mall-crm-evidence-explanation"
      >
        {explain(evidence)}
      </Text>
      {showValues && <ComparedValues evidence={evidence} />}
    </div>
  )
}
