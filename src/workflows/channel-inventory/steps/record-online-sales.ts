import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallChannelInventoryModuleService from "../../../modules/channel-inventory/service"
import type { NewChannelMovement } from "../../../modules/channel-inventory/service"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../types/modules"
import { positionKey } from "../utils/positions"

export const recordOnlineSalesStepId = "mall-record-online-sales"

export interface RecordOnlineSalesStepInput {
  fulfillment_id: string
  order_id?: string | null
}

/** The ledger's id for one fulfilled line: recording it twice changes nothing. */
export const onlineSaleExternalId = (
  fulfillment_id: string,
  line_item_id: string,
  inventory_item_id: string
) => `fulfillment:${fulfillment_id}:${line_item_id}:${inventory_item_id}`

type FulfillmentRow = {
  id: string
  location_id: string
  created_at?: string | Date
  items?: {
    line_item_id: string | null
    inventory_item_id: string | null
    quantity: unknown
    sku?: string | null
  }[]
}

/**
 * Records a fulfilment's lines as online sales in the channel ledger, for
 * positions that have a channel allocation. Medusa already took the units
 * out of stock and out of the order's reservation: this only writes the
 * ledger, once per line (external id). Compensation removes the entries.
 */
export const recordOnlineSalesStep = createStep(
  recordOnlineSalesStepId,
  async (input: RecordOnlineSalesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const channel = container.resolve<MallChannelInventoryModuleService>(
      MALL_CHANNEL_INVENTORY_MODULE
    )
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: [
        "id",
        "location_id",
        "created_at",
        "items.line_item_id",
        "items.inventory_item_id",
        "items.quantity",
        "items.sku",
      ],
      filters: { id: input.fulfillment_id },
    })
    const fulfillment = data[0] as FulfillmentRow | undefined
    const items = (fulfillment?.items ?? []).filter(
      (i) => i.inventory_item_id && i.line_item_id
    )
    if (!fulfillment || !items.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const allocations = await channel.listAllocationRows({
      inventory_item_ids: items.map((i) => i.inventory_item_id!),
      location_ids: [fulfillment.location_id],
    })
    const allocated = new Set(allocations.map(positionKey))
    const movements: NewChannelMovement[] = items
      .filter((i) =>
        allocated.has(
          positionKey({
            inventory_item_id: i.inventory_item_id!,
            location_id: fulfillment.location_id,
          })
        )
      )
      .map((i) => {
        const quantity = MathBN.convert(i.quantity as number).toNumber()
        return {
          external_id: onlineSaleExternalId(
            fulfillment.id,
            i.line_item_id!,
            i.inventory_item_id!
          ),
          inventory_item_id: i.inventory_item_id!,
          location_id: fulfillment.location_id,
          sku: i.sku ?? null,
          type: "online_sale" as const,
          channel: "online" as const,
          quantity: -quantity,
          stocked_delta: -quantity,
          offline_pool_delta: 0,
          borrowed: 0,
          source: "order",
          reference: input.order_id ?? null,
          reason: null,
          occurred_at: fulfillment.created_at
            ? new Date(fulfillment.created_at)
            : new Date(),
          created_by: null,
        }
      })
    const known = await channel.listKnownExternalIds(
      movements.map((m) => m.external_id!)
    )
    const fresh = movements.filter((m) => !known.has(m.external_id!))
    const ids = fresh.length ? await channel.appendMovements(fresh) : []
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container
      .resolve<MallChannelInventoryModuleService>(MALL_CHANNEL_INVENTORY_MODULE)
      .revertMovements(ids)
  }
)
