import { Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A link in a side widget, in the dashboard's link colour. */
export const SIDE_LINK_CLASS =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"

/** A label and its value on one line, as the dashboard's side sections read. */
export const CrmRow = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-start gap-x-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div
      className="txt-compact-small text-ui-fg-base min-w-0 break-words text-right"
      data-testid={testId}
    >
      {children ?? <span className="text-ui-fg-muted">—</span>}
    </div>
  </div>
)

/** Every value of a list on its own line (phones, emails). */
export const CrmValues = ({ values }: { values: string[] }) =>
  values.length ? (
    <div className="flex flex-col items-end">
      {values.map((value) => (
        <span key={value} className="max-w-full truncate" title={value}>
          {value}
        </span>
      ))}
    </div>
  ) : (
    <span className="text-ui-fg-muted">—</span>
  )
