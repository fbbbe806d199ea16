import Medusa from "@medusajs/js-sdk"

/**
 * The js-sdk client for the plugin's admin extensions. The admin bundler
 * defines `__BACKEND_URL__`, `__AUTH_TYPE__` and `__JWT_TOKEN_STORAGE_KEY__`
 * (from `admin.backendUrl` and the auth settings of the app's medusa-config),
 * so requests carry the same session or token as the dashboard's own.
 */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ ?? "/",
  auth: {
    type: __AUTH_TYPE__ ?? "session",
    jwtTokenStorageKey: __JWT_TOKEN_STORAGE_KEY__ || undefined,
  },
})
