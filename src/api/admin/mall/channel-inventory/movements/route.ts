import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type MallChannelInventoryModuleService from "../../../../../modules/channel-inventory/service"
import type {
  AdminApplyMovementsResponse,
  AdminChannelMovementListResponse,
} from "../../../../../types/http/channel-inventory"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../../../../types/modules"
import {
  applyOfflineMovementsWorkflow,
  type RawMovementLine,
} from "../../../../../workflows/channel-inventory"
import { resolveItem, resolveLocation } from "../helpers"
import type {
  AdminApplyMovementsType,
  AdminGetChannelMovementsParamsType,
} from "../validators"

/** The ledger, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetChannelMovementsParamsType>,
  res: MedusaResponse<AdminChannelMovementListResponse>
) => {
  const { location_id, sku, inventory_item_id, limit, offset, ...rest } =
    req.validatedQuery
  const item =
    sku || inventory_item_id
      ? await resolveItem(req.scope, { sku, inventory_item_id })
      : undefined
  const location = location_id
    ? await resolveLocation(req.scope, location_id)
    : undefined
  const channel = req.scope.resolve<MallChannelInventoryModuleService>(
    MALL_CHANNEL_INVENTORY_MODULE
  )
  const [rows, count] = await channel.listLedger(
    {
      ...(item ? { inventory_item_ids: [item] } : {}),
      ...(location ? { location_id: location } : {}),
      ...(rest.type ? { type: [rest.type] } : {}),
      ...(rest.channel ? { channel: rest.channel } : {}),
      ...(rest.source ? { source: rest.source } : {}),
      ...(rest.external_id ? { external_id: rest.external_id } : {}),
    },
    { skip: offset, take: limit }
  )
  res.json({
    movements: rows.map((r) => ({
      ...r,
      occurred_at: new Date(r.occurred_at).toISOString(),
      created_at: new Date(r.created_at).toISOString(),
    })),
    count,
    offset,
    limit,
  })
}

/**
 * Applies a batch of offline movements (JSON `movements`, or a CSV upload
 * in the form field `file`) and reports each line: applied, duplicate, or
 * rejected with its reason.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<
    AdminApplyMovementsType & { lines?: RawMovementLine[] }
  >,
  res: MedusaResponse<AdminApplyMovementsResponse>
) => {
  const { additional_data, source, movements, lines } = req.validatedBody
  const { result } = await applyOfflineMovementsWorkflow(req.scope).run({
    input: {
      lines:
        lines ??
        movements.map((m, i) => ({ ...m, line: i + 1 }) as RawMovementLine),
      source: source ?? (lines ? "csv" : "api"),
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json(result)
}
