import { XMarkMini } from "@medusajs/icons"
import { Badge, Input } from "@medusajs/ui"
import { KeyboardEvent, useState } from "react"
import { useTranslation } from "react-i18next"

type TagInputProps = {
  id: string
  values: string[]
  onChange: (values: string[]) => void
  /** Applied to each value before it is added, e.g. lower-casing codes. */
  normalize?: (value: string) => string
  invalid?: boolean
  placeholder?: string
  "aria-describedby"?: string
  "data-testid"?: string
}

const SEPARATOR = /[,，\n]/

/**
 * A list of short values typed one by one (Enter or comma adds one) or pasted
 * as a comma-separated list. Text left in the box is added when it loses
 * focus, so clicking Save never drops a value being typed.
 */
export const TagInput = ({
  id,
  values,
  onChange,
  normalize = (value) => value,
  invalid,
  placeholder,
  "aria-describedby": describedBy,
  "data-testid": testId,
}: TagInputProps) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState("")

  const add = (raw: string[]) => {
    const next = [...values]
    for (const piece of raw) {
      const value = normalize(piece.trim())
      if (value && !next.includes(value)) {
        next.push(value)
      }
    }
    if (next.length !== values.length) {
      onChange(next)
    }
  }

  const remove = (value: string) => {
    onChange(values.filter((v) => v !== value))
  }

  const handleChange = (text: string) => {
    if (!SEPARATOR.test(text)) {
      setDraft(text)
      return
    }
    const pieces = text.split(SEPARATOR)
    const rest = pieces.pop() ?? ""
    add(pieces)
    setDraft(rest)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault()
      add([draft])
      setDraft("")
    } else if (event.key === "Backspace" && !draft && values.length) {
      remove(values[values.length - 1])
    }
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid={testId}>
      {values.length > 0 && (
        <ul className="flex flex-wrap gap-1">
          {values.map((value) => (
            <li key={value}>
              <Badge size="small" className="gap-x-0.5 pr-0.5">
                <span data-testid="mall-tag-value">{value}</span>
                <button
                  type="button"
                  className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none focus-visible:shadow-borders-focus"
                  aria-label={t("mall.cod.settings.tagInput.remove", { value })}
                  onClick={() => remove(value)}
                >
                  <XMarkMini />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Input
        id={id}
        size="small"
        value={draft}
        placeholder={placeholder ?? t("mall.cod.settings.tagInput.placeholder")}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          add([draft])
          setDraft("")
        }}
      />
    </div>
  )
}
