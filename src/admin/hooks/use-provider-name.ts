import { useTranslation } from "react-i18next"
import {
  isCodProvider,
  MANUAL_PROVIDER_ID,
  readableProviderName,
} from "../lib/format"

/** A readable, translated name for a payment provider id. */
export const useProviderName = () => {
  const { t } = useTranslation()

  return (providerId: string | null | undefined) => {
    if (!providerId) {
      return t("mall.cod.providers.none")
    }
    if (isCodProvider(providerId)) {
      return t("mall.cod.providers.cod")
    }
    if (providerId === MANUAL_PROVIDER_ID) {
      return t("mall.cod.providers.manual")
    }
    return readableProviderName(providerId)
  }
}
