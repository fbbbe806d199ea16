import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  MallDataTable,
  usePagination,
} from "../../../components/mall-data-table"
import { PageHeading } from "../../../components/page-heading"
import { useWarehouses } from "../../../hooks/api/routing"
import type { AdminWarehouse } from "../../../lib/routing-types"
import { useWarehouseColumns } from "./components/warehouse-columns"
import { WarehouseProfileDrawer } from "./components/warehouse-profile-drawer"

/** Every stock location with its routing profile; a row opens its drawer. */
const WarehousesPage = () => {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<AdminWarehouse | null>(null)
  const { pagination, setPagination, query } = usePagination()
  const { warehouses, isPending, error } = useWarehouses()
  const onEdit = useCallback((row: AdminWarehouse) => setEditing(row), [])
  const columns = useWarehouseColumns(onEdit)
  // The server sends every location at once; the table pages through them.
  const page = warehouses?.slice(query.offset, query.offset + query.limit)

  return (
    <>
      <MallDataTable
        testId="mall-warehouses-page"
        heading={
          <PageHeading
            title={t("mall.routing.warehouses.title")}
            description={t("mall.routing.warehouses.description")}
          />
        }
        columns={columns}
        data={page}
        count={warehouses?.length}
        isLoading={isPending}
        error={error}
        pagination={pagination}
        onPaginationChange={setPagination}
        getRowId={(row) => row.stock_location.id}
        onRowClick={onEdit}
        emptyHeading={t("mall.routing.warehouses.empty")}
        emptyDescription={t("mall.routing.warehouses.emptyHint")}
      />
      <WarehouseProfileDrawer
        warehouse={editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </>
  )
}

export const config = defineRouteConfig({
  label: "mall.routing.warehouses.navLabel",
  translationNs: "translation",
  rank: 1,
})

export default WarehousesPage
