/**
 * Per-currency amounts, keyed by lower-case ISO 4217 code, in the currency's
 * main unit as Medusa stores amounts (e.g. `{ cny: 5000 }` is ¥5,000).
 */
export type CurrencyAmounts = Record<string, number>

/** The COD eligibility rules an admin edits; defaults come from plugin options. */
export interface CodSettings {
  /** COD offered at all. */
  enabled: boolean
  /** Largest cart total, per currency, that may be paid on delivery. A currency not listed has no limit. */
  max_order_total: CurrencyAmounts
  /** ISO 3166-1 alpha-2 country codes (lower case). Empty: every country. */
  allowed_countries: string[]
  /** Provinces (names or codes, compared case-insensitively). Empty: every province. */
  allowed_provinces: string[]
  /** Postal-code prefixes. Empty: every postal code. */
  allowed_postal_prefixes: string[]
  /** Product tag values that exclude a cart from COD. */
  excluded_product_tags: string[]
  /** Product ids that exclude a cart from COD. */
  excluded_product_ids: string[]
  /** A customer with this many refused COD deliveries or more is not offered COD. `null`: never blocked. */
  max_refused_deliveries: number | null
  /** A COD fee per currency. A currency not listed has no fee. */
  fee: CurrencyAmounts
}

export interface CodEligibilityReason {
  code:
    | "cod_disabled"
    | "currency_not_supported"
    | "max_order_total_exceeded"
    | "country_not_allowed"
    | "province_not_allowed"
    | "postal_code_not_allowed"
    | "missing_shipping_address"
    | "product_excluded"
    | "customer_blocked"
    | (string & {})
  message: string
}

export interface CodFee {
  amount: number
  currency_code: string
}

export interface CodEligibilityResult {
  eligible: boolean
  reasons: CodEligibilityReason[]
  fee: CodFee | null
}

/** What an eligibility strategy sees of the cart. */
export interface CodEligibilityCart {
  id: string
  currency_code: string
  /** Cart total in the currency's main unit. */
  total: number
  email: string | null
  customer_id: string | null
  shipping_address: {
    country_code: string | null
    province: string | null
    city: string | null
    postal_code: string | null
  } | null
  items: {
    id: string
    title: string
    product_id: string | null
    variant_id: string | null
    product_tags: string[]
  }[]
}

export interface CodEligibilityContext {
  cart: CodEligibilityCart
  settings: CodSettings
  /** Refused COD deliveries recorded for this buyer (by customer and by email). */
  refused_deliveries: number
}

/**
 * Decides whether a cart may be paid cash on delivery. Replace the default by
 * passing an object with this shape as the plugin option `cod.eligibility_strategy`.
 */
export interface CodEligibilityStrategy {
  evaluate(
    context: CodEligibilityContext
  ): CodEligibilityResult | Promise<CodEligibilityResult>
}

/** Where an order's cash-on-delivery payment stands. */
export type OrderCodStatus =
  | "not_paid"
  | "authorized"
  | "partially_captured"
  | "captured"
  | "partially_refunded"
  | "refunded"
  | "canceled"

/** An order's cash-on-delivery payment as `GET /admin/mall/orders/:id/cod` shows it. */
export interface OrderCodSummary {
  order_id: string
  display_id: number
  is_cod: boolean
  provider_id: string | null
  status: OrderCodStatus
  currency_code: string
  order_total: number
  amount_authorized: number
  amount_captured: number
  amount_refunded: number
  /** What the courier still has to collect from the buyer. */
  amount_to_collect: number
  authorized_at: string | null
  payments: {
    id: string
    provider_id: string
    amount: number
    captured_at: string | null
    canceled_at: string | null
  }[]
}
