import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CodStatus } from "../lib/types"

type StatusColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const STATUS_COLORS: Record<CodStatus, StatusColor> = {
  not_paid: "grey",
  authorized: "orange",
  partially_captured: "blue",
  captured: "green",
  partially_refunded: "purple",
  refunded: "purple",
  canceled: "red",
}

export const CodStatusBadge = ({ status }: { status: CodStatus }) => {
  const { t } = useTranslation()

  return (
    <StatusBadge
      color={STATUS_COLORS[status] ?? "grey"}
      data-testid="mall-cod-status"
      data-status={status}
    >
      {t(`mall.cod.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
