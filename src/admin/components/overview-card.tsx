import { ArrowRightMini } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"

/** A figure of an overview page (finance, routing), linking to its screen. */
export const OverviewCard = ({
  to,
  title,
  figure,
  detail,
  isLoading,
  testId,
}: {
  to: string
  title: string
  /** The headline figure; left out for a card that only links. */
  figure?: ReactNode
  detail?: ReactNode
  isLoading?: boolean
  testId?: string
}) => (
  <Link
    to={to}
    className="group rounded-lg outline-none focus-visible:shadow-borders-focus"
    data-testid={testId}
  >
    <Container className="group-hover:bg-ui-bg-base-hover flex h-full flex-col gap-y-3 px-6 py-4 transition-colors">
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h3">{title}</Heading>
        <ArrowRightMini className="text-ui-fg-muted group-hover:text-ui-fg-subtle" />
      </div>
      {isLoading ? (
        <Skeleton className="h-8 w-16" />
      ) : (
        figure !== undefined && (
          <Text size="xlarge" weight="plus" className="tabular-nums">
            {figure}
          </Text>
        )
      )}
      {detail && (
        <Text size="small" className="text-ui-fg-subtle">
          {detail}
        </Text>
      )}
    </Container>
  </Link>
)
