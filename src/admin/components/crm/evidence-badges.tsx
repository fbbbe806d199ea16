import { Badge, Tooltip } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { FieldEvidence } from "../../lib/crm-types"
import { evidenceColor } from "./evidence"

/**
 * Each field compared, as a small badge ("Phone: same"); the server's
 * sentence and the values compared on hover. For lists too narrow for the
 * side-by-side comparison.
 */
export const EvidenceBadges = ({
  evidence,
  className = "",
  empty = null,
}: {
  evidence: FieldEvidence[]
  className?: string
  /** Shown when no field could be compared. */
  empty?: ReactNode
}) => {
  const { t } = useTranslation()
  const shown = evidence.filter((e) => e.code !== "missing")
  if (!shown.length) {
    return <>{empty}</>
  }
  return (
    <div className={`flex flex-wrap gap-1 ${className}`}>
      {shown.map((e) => (
        <Tooltip
          key={e.field}
          content={[e.detail, [e.left, e.right].filter(Boolean).join(" ↔ ")]
            .filter(Boolean)
            .join(" ")}
          maxWidth={320}
        >
          <Badge
            size="2xsmall"
            color={evidenceColor(e)}
            className="whitespace-nowrap"
            data-testid="mall-crm-evidence"
            data-field={e.field}
            data-code={e.code}
          >
            {t(`mall.crm.evidence.fields.${e.field}`, {
              defaultValue: e.field,
            })}
            {": "}
            {t(`mall.crm.evidence.codes.${e.code}`, { defaultValue: e.code })}
          </Badge>
        </Tooltip>
      ))}
    </div>
  )
}
