/**
 * Shapes of the plugin's COD admin HTTP API as the dashboard receives them:
 * the server's own types (`src/types/cod`), so the two cannot drift.
 * Amounts are in the currency's main unit, as Medusa returns them.
 */
import type { CodSettings, OrderCodSummary } from "../../types/cod"

export type {
  CurrencyAmounts,
  OrderCodStatus as CodStatus,
  OrderCodSummary as AdminOrderCod,
} from "../../types/cod"

export type AdminOrderCodPayment = OrderCodSummary["payments"][number]

export interface AdminOrderCodResponse {
  cod: OrderCodSummary
}

export interface AdminCodSettings extends CodSettings {
  /** `plugin_options`: defaults from medusa-config; `settings`: saved by an admin. */
  source: "settings" | "plugin_options"
}

export interface AdminCodSettingsResponse {
  cod_settings: AdminCodSettings
}

export type AdminUpdateCodSettings = Partial<Omit<AdminCodSettings, "source">>
