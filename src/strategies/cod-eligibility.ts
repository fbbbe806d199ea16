import { MathBN } from "@medusajs/framework/utils"
import type {
  CodEligibilityContext,
  CodEligibilityReason,
  CodEligibilityResult,
  CodEligibilityStrategy,
} from "../types/cod"

const normalizePostal = (code: string) => code.replace(/\s+/g, "").toUpperCase()

/**
 * The default COD rules: order total per currency, destination (country,
 * province, postal prefix), excluded products, and refused-delivery history.
 * Every rule that fails adds its own reason, so a buyer learns all of them.
 */
export class DefaultCodEligibilityStrategy implements CodEligibilityStrategy {
  evaluate({
    cart,
    settings,
    refused_deliveries,
  }: CodEligibilityContext): CodEligibilityResult {
    const reasons: CodEligibilityReason[] = []
    const currency = cart.currency_code.toLowerCase()

    if (!settings.enabled) {
      reasons.push({
        code: "cod_disabled",
        message: "Cash on delivery is not offered by this store.",
      })
    }

    const max = settings.max_order_total[currency]
    if (max !== undefined && MathBN.gt(cart.total, max)) {
      reasons.push({
        code: "max_order_total_exceeded",
        message: `Cash on delivery is limited to orders of ${max} ${currency.toUpperCase()} or less; this order is ${cart.total} ${currency.toUpperCase()}.`,
      })
    }

    reasons.push(...this.destinationReasons(cart, settings))

    const excludedIds = new Set(settings.excluded_product_ids)
    const excludedTags = new Set(settings.excluded_product_tags)
    const excludedItems = cart.items.filter(
      (item) =>
        (item.product_id && excludedIds.has(item.product_id)) ||
        item.product_tags.some((tag) => excludedTags.has(tag.toLowerCase()))
    )
    if (excludedItems.length) {
      reasons.push({
        code: "product_excluded",
        message: `Cash on delivery is not available for: ${excludedItems
          .map((i) => i.title)
          .join(", ")}.`,
      })
    }

    if (
      settings.max_refused_deliveries !== null &&
      refused_deliveries >= settings.max_refused_deliveries
    ) {
      reasons.push({
        code: "customer_blocked",
        message: `Cash on delivery is not available to this customer after ${refused_deliveries} refused deliveries.`,
      })
    }

    const fee = settings.fee[currency]
    return {
      eligible: reasons.length === 0,
      reasons,
      fee: fee ? { amount: fee, currency_code: currency } : null,
    }
  }

  protected destinationReasons(
    cart: CodEligibilityContext["cart"],
    settings: CodEligibilityContext["settings"]
  ): CodEligibilityReason[] {
    const restricted =
      settings.allowed_countries.length ||
      settings.allowed_provinces.length ||
      settings.allowed_postal_prefixes.length
    if (!restricted) {
      return []
    }
    const address = cart.shipping_address
    if (!address) {
      return [
        {
          code: "missing_shipping_address",
          message:
            "Add a shipping address: cash on delivery depends on where the order goes.",
        },
      ]
    }
    const reasons: CodEligibilityReason[] = []
    const country = address.country_code?.toLowerCase() ?? ""
    if (
      settings.allowed_countries.length &&
      !settings.allowed_countries.includes(country)
    ) {
      reasons.push({
        code: "country_not_allowed",
        message: `Cash on delivery is not available in ${
          country.toUpperCase() || "this country"
        }.`,
      })
    }
    const province = address.province?.trim().toLowerCase() ?? ""
    if (
      settings.allowed_provinces.length &&
      !settings.allowed_provinces.includes(province)
    ) {
      reasons.push({
        code: "province_not_allowed",
        message: `Cash on delivery is not available in ${
          address.province || "this province"
        }.`,
      })
    }
    const postal = normalizePostal(address.postal_code ?? "")
    if (
      settings.allowed_postal_prefixes.length &&
      !settings.allowed_postal_prefixes.some((p) =>
        postal.startsWith(normalizePostal(p))
      )
    ) {
      reasons.push({
        code: "postal_code_not_allowed",
        message: `Cash on delivery is not available for postal code ${
          address.postal_code || "(none)"
        }.`,
      })
    }
    return reasons
  }
}
