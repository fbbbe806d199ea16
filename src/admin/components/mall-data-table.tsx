import {
  Container,
  DataTable,
  DataTableColumnDef,
  DataTablePaginationState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"

export const PAGE_SIZE = 20

/** Page state for a server-paginated table, and its `limit`/`offset`. */
export const usePagination = (pageSize = PAGE_SIZE) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })

  return {
    pagination,
    setPagination,
    /** Back to the first page, e.g. when a filter changes. */
    reset: () => setPagination((p) => ({ ...p, pageIndex: 0 })),
    query: {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    },
  }
}

type MallDataTableProps<TData> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: DataTableColumnDef<TData, any>[]
  data: TData[] | undefined
  count: number | undefined
  isLoading: boolean
  error?: Error | null
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
  getRowId: (row: TData) => string
  onRowClick?: (row: TData) => void
  /** Left of the toolbar: the table's title. */
  heading: ReactNode
  /** Right of the toolbar: filters and actions. */
  toolbar?: ReactNode
  emptyHeading: string
  emptyDescription?: string
  testId?: string
}

/** A server-paginated table in a container, with a toolbar, in the dashboard's style. */
export const MallDataTable = <TData,>({
  columns,
  data,
  count,
  isLoading,
  error,
  pagination,
  onPaginationChange,
  getRowId,
  onRowClick,
  heading,
  toolbar,
  emptyHeading,
  emptyDescription,
  testId,
}: MallDataTableProps<TData>) => {
  const { t } = useTranslation()
  const table = useDataTable({
    columns,
    data: data ?? [],
    getRowId,
    rowCount: count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange },
    onRowClick: onRowClick ? (_event, row) => onRowClick(row) : undefined,
  })

  return (
    <Container
      className="flex flex-col overflow-hidden p-0"
      data-testid={testId}
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          {heading}
          {toolbar && (
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              {toolbar}
            </div>
          )}
        </DataTable.Toolbar>
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {t("mall.common.loadError", { message: error.message })}
          </Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: emptyHeading, description: emptyDescription },
              filtered: {
                heading: emptyHeading,
                description: t("mall.common.emptyFiltered"),
              },
            }}
          />
        )}
        <DataTable.Pagination
          translations={{
            of: t("mall.common.pagination.of"),
            results: t("mall.common.pagination.results"),
            pages: t("mall.common.pagination.pages"),
            prev: t("mall.common.pagination.prev"),
            next: t("mall.common.pagination.next"),
          }}
        />
      </DataTable>
    </Container>
  )
}
