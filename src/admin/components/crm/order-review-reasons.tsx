import { CheckCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { OrderReviewReason } from "../../../types/order-review"
import { isPassedReason } from "./review-statuses"

/** A rule's name in the dashboard's language, else the server's sentence. */
export const useReasonLabel = () => {
  const { t } = useTranslation()
  return (reason: OrderReviewReason) =>
    t(`mall.crm.orderReviews.reasons.${reason.code}`, {
      defaultValue: reason.detail,
    })
}

/**
 * The review rules an order failed (a red cross each) or, for an automatic
 * approval, passed (a green check); the server's sentence, with the
 * amounts and ids, on hover. The review queue, its drawer and the order's
 * widget all show rules this way.
 */
export const OrderReviewReasons = ({
  reasons,
  compact,
  testId = "mall-crm-review-reason",
}: {
  reasons: OrderReviewReason[]
  /** Narrow, for a table cell: a long rule wraps. */
  compact?: boolean
  /** Each rule's; the list's is its plural. */
  testId?: string
}) => {
  const label = useReasonLabel()
  if (!reasons.length) {
    return <span className="text-ui-fg-muted">—</span>
  }
  return (
    <ul className="flex flex-col gap-y-1" data-testid={`${testId}s`}>
      {reasons.map((reason, i) => {
        const passed = isPassedReason(reason.code)
        const Icon = passed ? CheckCircleSolid : XCircleSolid
        return (
          <li
            key={`${reason.code}-${i}`}
            className="flex items-start gap-x-1.5"
            data-testid={testId}
            data-code={reason.code}
            data-passed={passed}
          >
            <Icon
              className={`mt-px shrink-0 ${
                passed ? "text-ui-tag-green-icon" : "text-ui-tag-red-icon"
              }`}
            />
            <Tooltip content={reason.detail} maxWidth={360}>
              <Text
                size="small"
                leading="compact"
                className={compact ? "max-w-[14rem]" : undefined}
              >
                {label(reason)}
              </Text>
            </Tooltip>
          </li>
        )
      })}
    </ul>
  )
}
