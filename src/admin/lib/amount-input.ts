/**
 * Reads an amount typed by a person: digits with an optional decimal point
 * (a comma is taken as one), at most 4 decimals, more than 0 unless
 * `allowZero`. Null when it is not such an amount.
 */
export const parseAmount = (
  text: string,
  { allowZero = false }: { allowZero?: boolean } = {}
): number | null => {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,4})?$/.test(normalized)) {
    return null
  }
  const value = Number(normalized)
  if (!Number.isFinite(value) || (!allowZero && value <= 0)) {
    return null
  }
  return value
}

/** Whether two amounts are equal to the 4th decimal. */
export const sameAmount = (a: number, b: number) =>
  Math.round(a * 10_000) === Math.round(b * 10_000)
