import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"

/**
 * A list's search box: what is typed is sent once typing pauses, so the list
 * is not fetched again for every key, and the search can live in the address.
 */
export const SearchInput = ({
  value,
  onSearch,
  placeholder,
  className = "w-64",
  testId,
}: {
  /** The search in force (from the address). */
  value: string
  onSearch: (next: string | undefined) => void
  placeholder: string
  className?: string
  testId?: string
}) => {
  const [text, setText] = useState(value)

  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim()
      if (next !== value) {
        onSearch(next || undefined)
      }
    }, 300)
    return () => clearTimeout(timer)
  }, [text, value])

  return (
    <Input
      size="small"
      type="search"
      className={className}
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(event) => setText(event.target.value)}
      data-testid={testId}
    />
  )
}
