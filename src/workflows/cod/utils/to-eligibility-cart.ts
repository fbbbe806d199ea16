import { MathBN } from "@medusajs/framework/utils"
import type { CodEligibilityCart } from "../../../types/cod"
import { isCodFeeLine } from "./cod-fee"

/** The cart fields an eligibility strategy needs, for `query.graph`. */
export const codEligibilityCartFields = [
  "id",
  "currency_code",
  "total",
  "email",
  "customer_id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.postal_code",
  "items.id",
  "items.title",
  "items.product_id",
  "items.total",
  "items.unit_price",
  "items.quantity",
  "items.metadata",
  "items.variant_id",
  "items.product.tags.value",
]

export type GraphCart = {
  id: string
  currency_code: string
  total: unknown
  email?: string | null
  customer_id?: string | null
  shipping_address?: {
    country_code?: string | null
    province?: string | null
    city?: string | null
    postal_code?: string | null
  } | null
  items?: ({
    id: string
    title: string
    product_id?: string | null
    variant_id?: string | null
    total?: unknown
    unit_price?: unknown
    quantity?: unknown
    metadata?: Record<string, unknown> | null
    product?: { tags?: ({ value: string } | null)[] | null } | null
  } | null)[]
}

/**
 * The cart as an eligibility strategy sees it: without the COD fee line, so
 * that applying the fee never changes the verdict.
 */
export function toEligibilityCart(
  cart: GraphCart,
  /** The cart total when already known (e.g. its payment collection's amount). */
  knownTotal?: unknown
): CodEligibilityCart {
  const address = cart.shipping_address
  const all = (cart.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  const feeTotal = all
    .filter(isCodFeeLine)
    .reduce(
      (acc, line) =>
        MathBN.add(
          acc,
          (line.total as number | undefined) ??
            MathBN.mult(
              (line.unit_price ?? 0) as number,
              (line.quantity ?? 1) as number
            )
        ),
      MathBN.convert(0)
    )
  return {
    id: cart.id,
    currency_code: cart.currency_code,
    total: MathBN.sub(
      (knownTotal ?? cart.total ?? 0) as number,
      feeTotal
    ).toNumber(),
    email: cart.email ?? null,
    customer_id: cart.customer_id ?? null,
    shipping_address: address
      ? {
          country_code: address.country_code ?? null,
          province: address.province ?? null,
          city: address.city ?? null,
          postal_code: address.postal_code ?? null,
        }
      : null,
    items: all
      .filter((item) => !isCodFeeLine(item))
      .map((item) => ({
        id: item.id,
        title: item.title,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        product_tags: (item.product?.tags ?? [])
          .filter((t): t is { value: string } => !!t)
          .map((t) => t.value),
      })),
  }
}
