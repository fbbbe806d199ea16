import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  InventoryLevelWorkflowEvents,
  Modules,
} from "@medusajs/framework/utils"
import { syncChannelHoldsWorkflow } from "../workflows/channel-inventory"

/**
 * A stock level created or changed in Medusa (the admin's inventory page,
 * an import, a fulfilment, a received return) can change the hold its
 * position needs: a new level takes the defaults' safety stock, a lowered
 * stock must not stay under a larger hold. Core's workflows emit these
 * events; the plugin writes levels through the module, so its own writes
 * do not come back here. Idempotent: the sync changes only what is out of
 * step.
 */
export default async function syncChannelHoldsOnInventoryLevel({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { id: data.id },
      { select: ["inventory_item_id", "location_id"], take: 1 }
    )
  if (!level) {
    return
  }
  await syncChannelHoldsWorkflow(container).run({
    input: {
      inventory_item_ids: [level.inventory_item_id],
      location_id: level.location_id,
    },
  })
}

export const config: SubscriberConfig = {
  event: [
    InventoryLevelWorkflowEvents.CREATED,
    InventoryLevelWorkflowEvents.UPDATED,
  ],
  context: { subscriberId: "mall-sync-channel-holds-on-inventory-level" },
}
