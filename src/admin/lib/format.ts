/**
 * Turns a dashboard language code (`en`, `zhCN`, `ptBR`) into a BCP 47 tag
 * that `Intl` understands (`en`, `zh-CN`, `pt-BR`).
 */
export const toIntlLocale = (language: string | undefined): string => {
  if (!language) {
    return "en"
  }

  const match = /^([a-z]{2,3})([A-Z]{2})$/.exec(language)
  return match ? `${match[1]}-${match[2]}` : language
}

/**
 * Formats an amount in a currency's main unit (as Medusa returns it), e.g.
 * `formatAmount(1280, "cny", "zhCN")` gives `¥1,280.00`.
 */
export const formatAmount = (
  amount: number,
  currencyCode: string,
  language?: string
): string => {
  const currency = currencyCode.toUpperCase()

  try {
    return new Intl.NumberFormat(toIntlLocale(language), {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
    }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}

export const COD_PROVIDER_PREFIX = "pp_cod_"
export const MANUAL_PROVIDER_ID = "pp_system_default"

export const isCodProvider = (providerId: string | null | undefined) =>
  !!providerId && providerId.startsWith(COD_PROVIDER_PREFIX)

/**
 * A readable name for a payment provider that the plugin does not know:
 * `pp_stripe_stripe` gives `Stripe`, `pp_acme-pay_cn` gives `Acme-pay (cn)`.
 */
export const readableProviderName = (providerId: string): string => {
  const match = /^pp_(.+)_([^_]+)$/.exec(providerId)

  if (!match) {
    return providerId
  }

  const [, identifier, id] = match
  const name = identifier.charAt(0).toUpperCase() + identifier.slice(1)
  return identifier === id ? name : `${name} (${id})`
}
