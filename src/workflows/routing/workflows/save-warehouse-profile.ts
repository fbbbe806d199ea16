import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { MallEvents } from "../../../types/modules"
import type { WarehouseProfile } from "../../../types/routing"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import {
  saveWarehouseProfileStep,
  type SaveWarehouseProfileStepInput,
} from "../steps/save-warehouse-profile"

export const saveWarehouseProfileWorkflowId = "mall-save-warehouse-profile"

export type SaveWarehouseProfileWorkflowInput =
  SaveWarehouseProfileStepInput & {
    actor_id?: string | null
    additional_data?: Record<string, unknown>
  }

export type SaveWarehouseProfileWorkflowHooks = [
  Hook<"validate", { input: SaveWarehouseProfileWorkflowInput }, unknown>,
  Hook<
    "warehouseProfileSaved",
    {
      profile: WarehouseProfile
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Creates a stock location's routing profile (no `id`) or updates one (with
 * `id`), audited. Used by `POST /admin/mall/warehouses[/:id]`.
 *
 * @summary
 * Create or update a warehouse profile.
 *
 * @property hooks.validate - Runs before the profile is written.
 * @property hooks.warehouseProfileSaved - Runs after it is written.
 */
export const saveWarehouseProfileWorkflow: ReturnWorkflow<
  SaveWarehouseProfileWorkflowInput,
  WarehouseProfile,
  SaveWarehouseProfileWorkflowHooks
> = createWorkflow(
  saveWarehouseProfileWorkflowId,
  (input: SaveWarehouseProfileWorkflowInput) => {
    const validate = createHook("validate", { input })
    const saved = saveWarehouseProfileStep(
      transform({ input }, ({ input }) =>
        input.id === undefined
          ? { data: input.data }
          : { id: input.id, data: input.data }
      ) as SaveWarehouseProfileStepInput
    )
    recordAuditEntriesStep(
      transform({ input, saved }, ({ input, saved }) => [
        {
          entity_type: "warehouse_profile",
          entity_id: saved.profile.id,
          action: saved.previous
            ? "warehouse_profile.updated"
            : "warehouse_profile.created",
          actor_id: input.actor_id ?? null,
          department: "warehouse",
          data: {
            stock_location_id: saved.profile.stock_location_id,
            before: saved.previous,
            after: saved.profile,
          },
        },
      ])
    )
    const profile = transform({ saved }, ({ saved }) => saved.profile)
    emitEventStep({
      eventName: MallEvents.WAREHOUSE_PROFILE_UPDATED,
      data: transform({ profile }, ({ profile }) => ({
        id: profile.id,
        stock_location_id: profile.stock_location_id,
      })),
    })
    const warehouseProfileSaved = createHook("warehouseProfileSaved", {
      profile,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(profile, {
      hooks: [validate, warehouseProfileSaved],
    })
  }
)
