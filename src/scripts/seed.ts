import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedEnterprise } from "./seed/seed-enterprise"

/**
 * Demo store of Huaxia Appliances (华夏电器):
 * `npx medusa exec ./src/scripts/seed.ts`. Safe to run again: existing
 * records are found and kept.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Seeding the Huaxia Appliances demo enterprise...")

  const seeded = await seedEnterprise(container)

  logger.info(
    seeded.created.length
      ? `Created ${seeded.created.length} records and links.`
      : "Already seeded: nothing created."
  )
  logger.info(
    [
      `Regions: China ${seeded.regions.china.id} (CNY), International ${seeded.regions.international.id} (USD)`,
      `Sales channels: online ${seeded.sales_channels.online}, offline ${seeded.sales_channels.offline}`,
      `Stock locations: ${Object.entries(seeded.stock_locations)
        .map(([key, id]) => `${key} ${id}`)
        .join(", ")}`,
      `Products: ${seeded.products
        .map((product) => `${product.handle} (${product.variants.length})`)
        .join(", ")}`,
      `Customers: ${seeded.customers.map((c) => c.email).join(", ")}`,
      `Publishable API key (Online Mall): ${seeded.publishable_key}`,
      seeded.admin
        ? `Admin login at /app: ${seeded.admin.email} / ${
            seeded.admin.password ?? "(existing password, unchanged)"
          }`
        : "Admin user: skipped",
    ].join("\n")
  )
}
