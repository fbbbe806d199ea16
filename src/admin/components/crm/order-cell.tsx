import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OrderLink } from "../order-link"
import { formatShortDateTime } from "../../lib/date"

/** A table's first column: the order ("#1042", a link) and when the row began. */
export const OrderCell = ({
  orderId,
  displayId,
  createdAt,
}: {
  orderId: string
  displayId: number | null
  createdAt: string
}) => {
  const { i18n } = useTranslation()
  return (
    <div className="flex flex-col">
      <OrderLink orderId={orderId} displayId={displayId} />
      <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
        {formatShortDateTime(createdAt, i18n.language)}
      </Text>
    </div>
  )
}
