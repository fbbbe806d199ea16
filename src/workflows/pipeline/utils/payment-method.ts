import { COD_PROVIDER_PREFIX } from "../../../types/modules"
import type { PaymentMethodKind } from "../../../types/pipeline"

/**
 * How an order is paid, from the provider ids of its payments (or, when it
 * has none yet, of its payment sessions): COD when any is a COD provider,
 * prepaid when there is any other, `null` when there is none.
 */
export function classifyPaymentMethod(
  providerIds: (string | null | undefined)[]
): PaymentMethodKind | null {
  const ids = providerIds.filter((id): id is string => !!id)
  if (!ids.length) {
    return null
  }
  return ids.some((id) => id.startsWith(COD_PROVIDER_PREFIX))
    ? "cod"
    : "prepaid"
}
