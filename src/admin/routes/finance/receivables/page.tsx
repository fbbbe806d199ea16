import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useReceivablesAging } from "../../../hooks/api/finance"
import { AgingTable } from "./components/aging-table"
import { ReceivablesTable } from "./components/receivables-table"

const ReceivablesPage = () => {
  const { aging, isPending } = useReceivablesAging()
  const carriers = (aging?.carriers ?? [])
    .map((c) => c.carrier)
    .filter((c): c is string => !!c)

  return (
    <div className="flex flex-col gap-y-3" data-testid="mall-receivables-page">
      <AgingTable aging={aging} isLoading={isPending} />
      <ReceivablesTable carriers={carriers} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "mall.finance.receivables.navLabel",
  translationNs: "translation",
  rank: 3,
})

export default ReceivablesPage
