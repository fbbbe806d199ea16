import en from "./json/en.json"
import zhCN from "./json/zhCN.json"

/**
 * Admin translations of the plugin. The dashboard deep-merges these resources
 * into its own i18next resources, so the language keys are the dashboard's
 * language codes (`en`, `zhCN` for Simplified Chinese) and the namespace is
 * its default one, `translation`. Every key lives under `mall.` to stay clear
 * of the dashboard's and other plugins' keys.
 */
export default {
  en: {
    translation: en,
  },
  zhCN: {
    translation: zhCN,
  },
}
