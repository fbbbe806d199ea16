import type { MedusaContainer } from "@medusajs/framework/types"
import {
  seedEnterprise,
  type SeededEnterprise,
} from "../../src/scripts/seed/seed-enterprise"
import type { RequestConfig } from "./http"

export type { SeededEnterprise }

/** The demo enterprise, seeded once per test file (the runner snapshots it). */
export async function seedMall(
  container: MedusaContainer
): Promise<SeededEnterprise> {
  // Other suites count branch stock as free: no demo channel split here;
  // CRM suites import their own contacts.
  return await seedEnterprise(container, {
    withChannelAllocations: false,
    withCrm: false,
  })
}

export const storeHeaders = (seed: SeededEnterprise): RequestConfig => ({
  headers: { "x-publishable-api-key": seed.publishable_key },
})

/** A product anyone may buy cash on delivery, and its first variant. */
export function codProduct(seed: SeededEnterprise) {
  const product = seed.products.find((p) => !p.tags.includes("no-cod"))
  if (!product) {
    throw new Error("The seed has no product without the no-cod tag")
  }
  return { product, variant: product.variants[0] }
}

/** The seeded product tagged `no-cod`. */
export function noCodProduct(seed: SeededEnterprise) {
  const product = seed.products.find((p) => p.tags.includes("no-cod"))
  if (!product) {
    throw new Error("The seed has no product tagged no-cod")
  }
  return { product, variant: product.variants[0] }
}
