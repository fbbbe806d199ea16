import { Hint, Label } from "@medusajs/ui"
import { ReactNode } from "react"

/** A labelled form control with an optional hint and error. */
export const FormField = ({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  /** Shown after the label, e.g. "(optional)". */
  optional?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && (
        <span className="text-ui-fg-muted font-normal"> {optional}</span>
      )}
    </Label>
    {children}
    {hint && (
      <Hint id={`${id}-hint`} className="text-ui-fg-muted">
        {hint}
      </Hint>
    )}
    {error && (
      <Hint id={`${id}-error`} variant="error">
        {error}
      </Hint>
    )}
  </div>
)
