/**
 * Shapes of the plugin's admin HTTP API as the dashboard receives them.
 * Amounts are in the currency's main unit, as Medusa returns them.
 */

export type CodStatus =
  | "not_paid"
  | "authorized"
  | "partially_captured"
  | "captured"
  | "partially_refunded"
  | "refunded"
  | "canceled"

export interface AdminOrderCodPayment {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
}

export interface AdminOrderCod {
  order_id: string
  display_id: number
  is_cod: boolean
  provider_id: string | null
  status: CodStatus
  currency_code: string
  order_total: number
  amount_authorized: number
  amount_captured: number
  amount_refunded: number
  amount_to_collect: number
  authorized_at: string | null
  payments: AdminOrderCodPayment[]
}

export interface AdminOrderCodResponse {
  cod: AdminOrderCod
}

/** Per-currency amounts keyed by lower-case ISO 4217 code. */
export type CurrencyAmounts = Record<string, number>

export interface AdminCodSettings {
  enabled: boolean
  max_order_total: CurrencyAmounts
  allowed_countries: string[]
  allowed_provinces: string[]
  allowed_postal_prefixes: string[]
  excluded_product_tags: string[]
  excluded_product_ids: string[]
  max_refused_deliveries: number | null
  fee: CurrencyAmounts
  /** `plugin_options`: defaults from medusa-config; `settings`: saved by an admin. */
  source: "settings" | "plugin_options"
}

export interface AdminCodSettingsResponse {
  cod_settings: AdminCodSettings
}

export type AdminUpdateCodSettings = Partial<Omit<AdminCodSettings, "source">>
