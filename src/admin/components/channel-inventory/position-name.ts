import type { AdminChannelPosition } from "../../lib/channel-inventory-types"

/** "Refrigerator (FRIDGE-1)", or the SKU or id when there is no title. */
export const positionName = (
  position: Pick<AdminChannelPosition, "title" | "sku" | "inventory_item_id">
) =>
  position.title
    ? position.sku
      ? `${position.title} (${position.sku})`
      : position.title
    : (position.sku ?? position.inventory_item_id)
