import { Button, Tooltip } from "@medusajs/ui"
import { ComponentProps } from "react"

/**
 * A decision only sales ops may take. For anyone else it stays in sight,
 * disabled, and says on hover how to get the right; a disabled button gets
 * no hover of its own, hence the focusable wrapper.
 */
export const SalesOpsButton = ({
  allowed,
  deniedHint,
  ...props
}: ComponentProps<typeof Button> & {
  allowed: boolean
  deniedHint: string
}) => {
  const button = <Button size="small" {...props} disabled={!allowed} />
  return allowed ? (
    button
  ) : (
    <Tooltip content={deniedHint} maxWidth={280}>
      <span tabIndex={0} className="rounded-md">
        {button}
      </span>
    </Tooltip>
  )
}
