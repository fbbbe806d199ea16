import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type {
  WarehouseProfile,
  WarehouseProfileInput,
  WarehouseServiceArea,
} from "../../../types/routing"

export const saveWarehouseProfileStepId = "mall-save-warehouse-profile"

export type SaveWarehouseProfileStepInput =
  | {
      id: string
      data: Partial<
        Omit<WarehouseProfileInput, "stock_location_id" | "service_area">
      > & { service_area?: Partial<WarehouseServiceArea> }
    }
  | { id?: undefined; data: WarehouseProfileInput }

type Compensation = { created: string } | { previous: WarehouseProfile }

/**
 * Creates a stock location's profile, or updates one by id. Compensation
 * deletes what it created or puts back what it changed.
 */
export const saveWarehouseProfileStep = createStep(
  saveWarehouseProfileStepId,
  async (input: SaveWarehouseProfileStepInput, { container }) => {
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    if (input.id === undefined) {
      const created = await routing.createWarehouseProfile(input.data)
      return new StepResponse<
        { profile: WarehouseProfile; previous: WarehouseProfile | null },
        Compensation
      >({ profile: created, previous: null }, { created: created.id })
    }
    const previous = (await routing.listWarehouseProfilesByLocation()).find(
      (p) => p.id === input.id
    )
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Warehouse profile with id: ${input.id} was not found`
      )
    }
    const { service_area, ...rest } = input.data
    const updated = await routing.updateWarehouseProfile(input.id, {
      ...rest,
      ...(service_area
        ? { service_area: { ...previous.service_area, ...service_area } }
        : {}),
    })
    return new StepResponse<
      { profile: WarehouseProfile; previous: WarehouseProfile | null },
      Compensation
    >({ profile: updated, previous: previous ?? null }, { previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    if ("created" in compensation) {
      await routing.deleteWarehouseProfiles(compensation.created)
      return
    }
    const { id, stock_location_id: _location, ...data } = compensation.previous
    await routing.updateWarehouseProfile(id, data)
  }
)
