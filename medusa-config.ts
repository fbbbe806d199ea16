import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import type { EnterpriseMallOptions } from "./src/types/options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * This repository is the plugin itself. This config boots it as an app for
 * the demo store and the integration tests: a project's own `src/modules` are
 * not registered automatically the way an installed plugin's are, so each
 * module is listed here with the plugin options it would receive.
 */
const mallOptions: EnterpriseMallOptions = {
  cod: {
    max_order_total: { cny: 20000, usd: 3000 },
    allowed_countries: ["cn"],
    excluded_product_tags: ["no-cod"],
    max_refused_deliveries: 2,
    fee: { cny: 10 },
  },
  crm: {
    // Approved orders go to a CRM only when one is set up: the CRM tests
    // point a webhook at their own local server, and the demo store writes
    // order files for batch pickup (MALL_CRM_OUTBOX, set by `npm run demo`).
    ...(process.env.MALL_CRM_WEBHOOK_URL
      ? {
          connector: {
            type: "webhook" as const,
            url: process.env.MALL_CRM_WEBHOOK_URL,
            secret:
              process.env.MALL_CRM_WEBHOOK_SECRET ??
              "dev-only-crm-webhook-secret",
          },
        }
      : process.env.MALL_CRM_OUTBOX
        ? {
            connector: {
              type: "file" as const,
              directory: process.env.MALL_CRM_OUTBOX,
            },
          }
        : {}),
    ...(process.env.MALL_CRM_RETRY_MS
      ? { sync: { base_delay_ms: Number(process.env.MALL_CRM_RETRY_MS) } }
      : {}),
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  modules: [
    { resolve: "./src/modules/finance", options: mallOptions },
    { resolve: "./src/modules/routing", options: mallOptions },
    { resolve: "./src/modules/channel-inventory", options: mallOptions },
    { resolve: "./src/modules/crm", options: mallOptions },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/providers/cod", id: "cod" }],
      },
    },
  ],
})
