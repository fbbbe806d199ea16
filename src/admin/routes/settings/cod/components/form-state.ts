import type { useTranslation } from "react-i18next"
import {
  AdminCodSettings,
  AdminUpdateCodSettings,
  CurrencyAmounts,
} from "../../../../lib/types"
import {
  CurrencyAmountRow,
  CurrencyAmountRowError,
  newRowKey,
} from "../../../../components/currency-amount-rows"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** What the settings form edits; amounts stay text until they are sent. */
export type CodSettingsFormState = {
  enabled: boolean
  max_order_total: CurrencyAmountRow[]
  fee: CurrencyAmountRow[]
  allowed_countries: string[]
  allowed_provinces: string[]
  allowed_postal_prefixes: string[]
  excluded_product_tags: string[]
  excluded_product_ids: string[]
  max_refused_deliveries: string
}

export type CodSettingsFormErrors = {
  max_order_total?: Record<string, CurrencyAmountRowError>
  fee?: Record<string, CurrencyAmountRowError>
  allowed_countries?: string
  max_refused_deliveries?: string
}

const toRows = (amounts: CurrencyAmounts): CurrencyAmountRow[] =>
  Object.entries(amounts ?? {}).map(([currency, amount]) => ({
    key: newRowKey(),
    currency,
    amount: String(amount),
  }))

export const toFormState = (
  settings: AdminCodSettings
): CodSettingsFormState => ({
  enabled: settings.enabled,
  max_order_total: toRows(settings.max_order_total),
  fee: toRows(settings.fee),
  allowed_countries: [...(settings.allowed_countries ?? [])],
  allowed_provinces: [...(settings.allowed_provinces ?? [])],
  allowed_postal_prefixes: [...(settings.allowed_postal_prefixes ?? [])],
  excluded_product_tags: [...(settings.excluded_product_tags ?? [])],
  excluded_product_ids: [...(settings.excluded_product_ids ?? [])],
  max_refused_deliveries:
    settings.max_refused_deliveries === null ||
    settings.max_refused_deliveries === undefined
      ? ""
      : String(settings.max_refused_deliveries),
})

/** The form state without row keys, to tell whether anything changed. */
export const comparableState = (state: CodSettingsFormState) =>
  JSON.stringify({
    ...state,
    max_order_total: state.max_order_total.map(({ currency, amount }) => [
      currency,
      amount,
    ]),
    fee: state.fee.map(({ currency, amount }) => [currency, amount]),
  })

const isBlankRow = (row: CurrencyAmountRow) =>
  !row.currency.trim() && !row.amount.trim()

const rowsToAmounts = (
  rows: CurrencyAmountRow[],
  t: TFunction
): {
  amounts: CurrencyAmounts
  errors: Record<string, CurrencyAmountRowError>
} => {
  const amounts: CurrencyAmounts = {}
  const errors: Record<string, CurrencyAmountRowError> = {}

  for (const row of rows) {
    if (isBlankRow(row)) {
      continue
    }

    const currency = row.currency.trim().toLowerCase()
    const amount = Number(row.amount)
    const error: CurrencyAmountRowError = {}

    if (!/^[a-z]{3}$/.test(currency)) {
      error.currency = t("mall.cod.settings.errors.currencyCode")
    } else if (currency in amounts) {
      error.currency = t("mall.cod.settings.errors.duplicateCurrency", {
        currency: currency.toUpperCase(),
      })
    }

    if (!row.amount.trim() || !Number.isFinite(amount) || amount < 0) {
      error.amount = t("mall.cod.settings.errors.amount")
    }

    if (error.currency || error.amount) {
      errors[row.key] = error
    } else {
      amounts[currency] = amount
    }
  }

  return { amounts, errors }
}

/**
 * Checks what the browser can check (formats) and builds the request body.
 * Business rules stay with the server, whose message is shown as it is.
 */
export const toRequestBody = (
  state: CodSettingsFormState,
  t: TFunction
): { body: AdminUpdateCodSettings | null; errors: CodSettingsFormErrors } => {
  const errors: CodSettingsFormErrors = {}

  const maxOrderTotal = rowsToAmounts(state.max_order_total, t)
  if (Object.keys(maxOrderTotal.errors).length) {
    errors.max_order_total = maxOrderTotal.errors
  }

  const fee = rowsToAmounts(state.fee, t)
  if (Object.keys(fee.errors).length) {
    errors.fee = fee.errors
  }

  const badCountry = state.allowed_countries.find(
    (code) => !/^[a-z]{2}$/.test(code)
  )
  if (badCountry) {
    errors.allowed_countries = t("mall.cod.settings.errors.country", {
      value: badCountry,
    })
  }

  let maxRefusedDeliveries: number | null = null
  const refusals = state.max_refused_deliveries.trim()
  if (refusals) {
    const value = Number(refusals)
    if (!Number.isInteger(value) || value < 1) {
      errors.max_refused_deliveries = t("mall.cod.settings.errors.refusals")
    } else {
      maxRefusedDeliveries = value
    }
  }

  if (Object.keys(errors).length) {
    return { body: null, errors }
  }

  return {
    body: {
      enabled: state.enabled,
      max_order_total: maxOrderTotal.amounts,
      fee: fee.amounts,
      allowed_countries: state.allowed_countries,
      allowed_provinces: state.allowed_provinces,
      allowed_postal_prefixes: state.allowed_postal_prefixes,
      excluded_product_tags: state.excluded_product_tags,
      excluded_product_ids: state.excluded_product_ids,
      max_refused_deliveries: maxRefusedDeliveries,
    },
    errors,
  }
}
