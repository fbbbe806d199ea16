import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type MallFinanceModuleService from "../../../modules/finance/service"
import type { RefuseCodDeliveryInput } from "../../../types/cod-collection"
import {
  COD_PROVIDER_PREFIX,
  MALL_FINANCE_MODULE,
} from "../../../types/modules"
import type { CostBearer } from "../../../types/pipeline"
import type { CodReceivableRow } from "./open-cod-receivable"

export const prepareCodRefusalStepId = "mall-prepare-cod-refusal"

/** The order fields a refusal needs, for `query.graph`. */
export const codRefusalOrderFields = [
  "id",
  "display_id",
  "status",
  "email",
  "customer_id",
  "currency_code",
  "items.id",
  "items.title",
  "items.variant_sku",
  "items.requires_shipping",
  "items.detail.shipped_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captured_at",
]

type Qty = unknown
export type RefusalGraphOrder = {
  id: string
  display_id?: number | null
  status: string
  email?: string | null
  customer_id?: string | null
  currency_code: string
  items?: ({
    id: string
    title?: string
    variant_sku?: string | null
    requires_shipping?: boolean
    detail?: {
      shipped_quantity?: Qty
      return_requested_quantity?: Qty
      return_received_quantity?: Qty
    } | null
    variant?: {
      manage_inventory?: boolean
      inventory_items?:
        | ({
            inventory?: {
              location_levels?: ({ location_id: string } | null)[] | null
            } | null
          } | null)[]
        | null
    } | null
  } | null)[]
  payment_collections?:
    | ({
        payments?:
          | ({
              id: string
              provider_id: string
              canceled_at?: string | Date | null
              captured_at?: string | Date | null
            } | null)[]
          | null
      } | null)[]
    | null
}

export interface PrepareCodRefusalStepInput {
  order: RefusalGraphOrder
  input: RefuseCodDeliveryInput
}

export interface CodRefusalPlan {
  order_id: string
  display_id: number | null
  currency_code: string
  customer_id: string | null
  /** Lower-cased: the eligibility rule counts refusals by email too. */
  email: string | null
  receivable: CodReceivableRow
  payment_id: string
  /** What comes back, per order line. */
  items: { id: string; quantity: number }[]
  /** Where the goods come back and are restocked. */
  location_id: string
  bearer: CostBearer
}

const notAllowed = (message: string) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks that an order's COD parcel can be recorded as refused and works out
 * the return to origin: a COD order, shipped, not refused before, not
 * settled, its payment neither canceled nor captured; the goods that were
 * shipped come back to the location they left from (or the one given),
 * which must stock them. The bearer defaults to the pipeline settings'
 * `refused_delivery_bearer`. Reads only.
 */
export const prepareCodRefusalStep = createStep(
  prepareCodRefusalStepId,
  async ({ order, input }: PrepareCodRefusalStepInput, { container }) => {
    const finance =
      container.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const name = order.display_id
      ? `Order #${order.display_id}`
      : `Order ${order.id}`

    const payments = (order.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .filter(
        (p): p is NonNullable<typeof p> =>
          !!p && p.provider_id.startsWith(COD_PROVIDER_PREFIX)
      )
    if (!payments.length) {
      throw notAllowed(`${name} is not paid cash on delivery`)
    }
    const [receivable] = await finance.listCodReceivables(
      { order_id: order.id },
      { take: 1 }
    )
    if (!receivable) {
      throw notAllowed(
        `${name} has not shipped: there is no COD parcel to refuse`
      )
    }
    if (receivable.status === "refused") {
      throw notAllowed(
        `${name} is already refused: its refused delivery was recorded${receivable.updated_at ? ` on ${new Date(receivable.updated_at as Date).toISOString().slice(0, 10)}` : ""}`
      )
    }
    if (receivable.status === "settled") {
      throw notAllowed(
        `${name} is settled: the courier remitted its cash, so the parcel was not refused`
      )
    }
    const payment =
      payments.find((p) => p.id === receivable.payment_id) ?? payments[0]
    if (payment.captured_at) {
      throw notAllowed(
        `${name}'s COD payment is captured: refund it instead of recording a refused delivery`
      )
    }
    if (payment.canceled_at) {
      throw notAllowed(`${name}'s COD payment is already canceled`)
    }

    const items = (order.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((item) => {
        const d = item.detail ?? {}
        const quantity = MathBN.sub(
          MathBN.sub(
            (d.shipped_quantity ?? 0) as number,
            (d.return_requested_quantity ?? 0) as number
          ),
          (d.return_received_quantity ?? 0) as number
        ).toNumber()
        return { item, quantity }
      })
      .filter(({ quantity }) => quantity > 0)
    if (!items.length) {
      throw notAllowed(`${name} has no shipped goods left to return`)
    }

    let locationId = input.location_id
    if (locationId) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id"],
        filters: { id: locationId },
      })
      if (!locations.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Stock location with id: ${locationId} was not found`
        )
      }
    } else {
      const { data: fulfillments } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "location_id"],
        filters: { id: receivable.fulfillment_id ?? "" },
      })
      locationId = (fulfillments[0] as { location_id?: string } | undefined)
        ?.location_id
      if (!locationId) {
        throw notAllowed(
          `${name}: the location the parcel shipped from is not known; give location_id`
        )
      }
    }
    const unstocked = items.filter(({ item }) => {
      if (!item.variant?.manage_inventory) {
        return false
      }
      return !(item.variant.inventory_items ?? []).some((ii) =>
        (ii?.inventory?.location_levels ?? []).some(
          (l) => l?.location_id === locationId
        )
      )
    })
    if (unstocked.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The goods of ${name} cannot be restocked at location ${locationId}: it does not stock ${unstocked.map(({ item }) => item.variant_sku ?? item.title ?? item.id).join(", ")}`
      )
    }

    const settings = await finance.retrieveEffectivePipelineSettings()
    const plan: CodRefusalPlan = {
      order_id: order.id,
      display_id: order.display_id ?? null,
      currency_code: order.currency_code.toLowerCase(),
      customer_id: order.customer_id ?? null,
      email: order.email ? order.email.trim().toLowerCase() : null,
      receivable,
      payment_id: payment.id,
      items: items.map(({ item, quantity }) => ({ id: item.id, quantity })),
      location_id: locationId,
      bearer: input.bearer ?? settings.refused_delivery_bearer,
    }
    return new StepResponse(plan)
  }
)
