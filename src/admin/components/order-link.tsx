import { Link } from "react-router-dom"

/** "#1042", linking to the order's page in the dashboard. */
export const OrderLink = ({
  orderId,
  displayId,
}: {
  orderId: string | null | undefined
  displayId: number | null | undefined
}) => {
  const label =
    displayId !== null && displayId !== undefined
      ? `#${displayId}`
      : (orderId ?? "—")

  if (!orderId) {
    return <span>{label}</span>
  }
  return (
    <Link
      to={`/orders/${orderId}`}
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
      onClick={(event) => event.stopPropagation()}
    >
      {label}
    </Link>
  )
}
