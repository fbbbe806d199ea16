import type { CodFee } from "../../../types/cod"

/** Marks the cart line that carries the COD fee. */
export const COD_FEE_METADATA_KEY = "mall_cod_fee"

type FeeLine = {
  id: string
  unit_price?: unknown
  quantity?: unknown
  metadata?: Record<string, unknown> | null
}

export const isCodFeeLine = (item: FeeLine | null | undefined) =>
  !!item?.metadata?.[COD_FEE_METADATA_KEY]

export interface CodFeePlan {
  /** Fee lines to remove: stale amount, or no fee wanted. */
  remove: string[]
  /** The fee line to add, if any. */
  add: CodFee | null
}

/** What to change on a cart so it carries exactly the wanted fee, once. */
export function planCodFee(
  items: (FeeLine | null)[],
  wanted: CodFee | null
): CodFeePlan {
  const lines = items.filter(isCodFeeLine) as FeeLine[]
  const keep = wanted
    ? lines.find(
        (l) =>
          Number(l.unit_price) === wanted.amount && Number(l.quantity) === 1
      )
    : undefined
  return {
    remove: lines.filter((l) => l !== keep).map((l) => l.id),
    add: wanted && !keep ? wanted : null,
  }
}
