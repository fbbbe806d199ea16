import type { EvidenceField, FieldEvidence } from "../../types/crm"

export const evidence = (
  field: EvidenceField,
  code: string,
  similarity: number,
  points: number,
  left: string | null,
  right: string | null,
  detail: string
): FieldEvidence => ({
  field,
  code,
  similarity,
  points,
  left,
  right,
  detail,
})

export function missing(
  field: EvidenceField,
  label: string,
  left: readonly unknown[],
  right: readonly unknown[]
): FieldEvidence {
  return evidence(
    field,
    "missing",
    0,
    0,
    (left[0] as string) ?? null,
    (right[0] as string) ?? null,
    left.length || right.length
      ? `Only one record has ${label}.`
      : `Neither record has ${label}.`
  )
}

/** The first value both lists hold, or null. */
export function shared(left: readonly string[], right: readonly string[]) {
  for (const value of left) {
    if (right.includes(value)) {
      return value
    }
  }
  return null
}
