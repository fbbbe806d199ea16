import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A titled part of the contact page, with its count and an empty line. */
export const Section = ({
  title,
  count,
  description,
  action,
  empty,
  children,
  testId,
}: {
  title: string
  count?: number
  description?: string
  action?: ReactNode
  /** Shown instead of the children when there is nothing to list. */
  empty?: string
  children?: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-start justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{title}</Heading>
          {count !== undefined && (
            <Text size="small" className="text-ui-fg-muted tabular-nums">
              {count}
            </Text>
          )}
        </div>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {action}
    </div>
    {empty ? (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {empty}
      </Text>
    ) : (
      children
    )}
  </Container>
)

/** A label above its value, in a grid of fields. */
export const Field = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="flex min-w-0 flex-col gap-y-0.5" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">
      {children ?? <span className="text-ui-fg-muted">—</span>}
    </div>
  </div>
)
