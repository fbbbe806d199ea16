export const MALL_FINANCE_MODULE = "mall_finance"

/** The provider id Medusa gives the COD provider when the app registers it with `id: "cod"`. */
export const COD_PROVIDER_ID = "pp_cod_cod"
/** Every COD provider id starts with this, whatever `id` the app chose. */
export const COD_PROVIDER_PREFIX = "pp_cod_"

export const MallEvents = {
  COD_SETTINGS_UPDATED: "mall.cod_settings.updated",
} as const
