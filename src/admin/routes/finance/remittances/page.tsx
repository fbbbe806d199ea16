import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useState } from "react"
import { ImportRemittanceDrawer } from "./components/import-remittance-drawer"
import { RemittancesTable } from "./components/remittances-table"

const RemittancesPage = () => {
  const [importing, setImporting] = useState(false)

  return (
    <>
      <RemittancesTable onImport={() => setImporting(true)} />
      <ImportRemittanceDrawer open={importing} onOpenChange={setImporting} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.finance.remittances.navLabel",
  translationNs: "translation",
  rank: 2,
})

export default RemittancesPage
