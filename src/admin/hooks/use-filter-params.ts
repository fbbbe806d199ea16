import { useSearchParams } from "react-router-dom"

/**
 * The list filters, kept in the address so that a link (the overview's
 * "overdue", a widget's "review queue") opens the list already filtered.
 * Changing one should go back to the first page: `onChange`.
 */
export const useFilterParams = (onChange?: () => void) => {
  const [params, setParams] = useSearchParams()

  const setParam = (key: string, value: string | undefined) => {
    // The address as it is now, not as this render saw it: a debounced
    // search fires after another filter changed it, and the router may not
    // have rendered that change yet.
    const next = new URLSearchParams(window.location.search)
    if (value) {
      next.set(key, value)
    } else {
      next.delete(key)
    }
    setParams(next, { replace: true })
    onChange?.()
  }

  return [params, setParam] as const
}
