import type { MedusaContainer } from "@medusajs/framework/types"
import { syncChannelHoldsWorkflow } from "../workflows/channel-inventory"

/**
 * Every 10 minutes, brings every position's hold in step with the channel
 * defaults and the stock, so a changed default (plugin options or saved
 * defaults) reaches positions the plugin never wrote, and an event lost on
 * the way (the Redis event bus does not retry) is made good. Safe on
 * several instances at once: writes happen under the inventory items' lock
 * and a second run finds nothing to change.
 */
export default async function syncChannelHoldsJob(container: MedusaContainer) {
  await syncChannelHoldsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "mall-sync-channel-holds",
  schedule: "*/10 * * * *",
}
