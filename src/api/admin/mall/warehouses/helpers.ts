import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type MallRoutingModuleService from "../../../../modules/routing/service"
import type { AdminWarehouse } from "../../../../types/http/routing"
import { MALL_ROUTING_MODULE } from "../../../../types/modules"

type GraphLocation = {
  id: string
  name: string
  address?: {
    city?: string | null
    province?: string | null
    country_code?: string | null
    postal_code?: string | null
  } | null
  sales_channels?: ({ id: string } | null)[] | null
}

/** Stock locations with their routing profiles, by name. */
export async function listAdminWarehouses(
  container: MedusaContainer,
  filters: { location_ids?: string[] } = {}
): Promise<AdminWarehouse[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "address.city",
      "address.province",
      "address.country_code",
      "address.postal_code",
      "sales_channels.id",
    ],
    filters: filters.location_ids ? { id: filters.location_ids } : {},
  })
  const locations = (data as GraphLocation[]).sort((a, b) =>
    a.name.localeCompare(b.name)
  )
  const ids = locations.map((l) => l.id)
  const routing =
    container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
  const [profiles, today] = await Promise.all([
    routing.listWarehouseProfilesByLocation(ids),
    routing.countOrdersToday(ids, new Date()),
  ])
  const profileOf = new Map(profiles.map((p) => [p.stock_location_id, p]))
  return locations.map((l) => ({
    stock_location: {
      id: l.id,
      name: l.name,
      address: l.address
        ? {
            city: l.address.city ?? null,
            province: l.address.province ?? null,
            country_code: l.address.country_code ?? null,
            postal_code: l.address.postal_code ?? null,
          }
        : null,
    },
    profile: profileOf.get(l.id) ?? null,
    sales_channel_ids: (l.sales_channels ?? [])
      .filter((c): c is { id: string } => !!c)
      .map((c) => c.id),
    orders_today: today[l.id] ?? 0,
  }))
}

export async function retrieveAdminWarehouse(
  container: MedusaContainer,
  location_id: string
): Promise<AdminWarehouse> {
  const [warehouse] = await listAdminWarehouses(container, {
    location_ids: [location_id],
  })
  if (!warehouse) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Stock location with id: ${location_id} was not found`
    )
  }
  return warehouse
}
