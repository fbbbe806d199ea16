import { useSearchParams } from "react-router-dom"

/**
 * The list filters, kept in the address so that a link (the overview's
 * "overdue", a widget's "review queue") opens the list already filtered.
 * Changing one should go back to the first page: `onChange`.
 */
export const useFilterParams = (onChange?: () => void) => {
  const [params, setParams] = useSearchParams()

  const setParam = (key: string, value: string | undefined) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) {
          next.set(key, value)
        } else {
          next.delete(key)
        }
        return next
      },
      { replace: true }
    )
    onChange?.()
  }

  return [params, setParam] as const
}
