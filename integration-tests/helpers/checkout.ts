import type { Api, RequestConfig } from "./http"

export interface CheckoutAddress {
  first_name: string
  last_name: string
  address_1: string
  city: string
  province?: string
  postal_code: string
  country_code: string
  phone?: string
}

export const GUANGZHOU_ADDRESS: CheckoutAddress = {
  first_name: "Fang",
  last_name: "Wang",
  address_1: "88 Tianhe Road",
  city: "Guangzhou",
  province: "Guangdong",
  postal_code: "510620",
  country_code: "cn",
  phone: "+8613800138000",
}

export interface PrepareCartInput {
  /** Publishable key headers, plus a customer's token for a logged-in buyer. */
  headers: RequestConfig
  region_id: string
  sales_channel_id?: string
  email?: string
  items: { variant_id: string; quantity: number }[]
  shipping_address?: CheckoutAddress | null
  /** Pick this shipping option; the first one offered otherwise. */
  shipping_option_id?: string
  /** The payment provider of the session, e.g. `pp_cod_cod`. */
  provider_id?: string
}

/**
 * A storefront checkout through the store API up to, not including,
 * completion: cart, address, shipping method, payment session.
 */
export async function prepareCart(api: Api, input: PrepareCartInput) {
  const {
    data: { cart: created },
  } = await api.post(
    "/store/carts",
    {
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      email: input.email,
      items: input.items,
    },
    input.headers
  )
  const cartId: string = created.id

  if (input.shipping_address !== null) {
    const address = input.shipping_address ?? GUANGZHOU_ADDRESS
    await api.post(
      `/store/carts/${cartId}`,
      { shipping_address: address, billing_address: address },
      input.headers
    )
    const {
      data: { shipping_options },
    } = await api.get(
      `/store/shipping-options?cart_id=${cartId}`,
      input.headers
    )
    const optionId =
      input.shipping_option_id ??
      shipping_options.find(
        (o: { insufficient_inventory?: boolean }) => !o.insufficient_inventory
      )?.id
    if (!optionId) {
      throw new Error(`No shipping option is offered for cart ${cartId}`)
    }
    await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: optionId },
      input.headers
    )
  }

  if (input.provider_id) {
    const {
      data: { payment_collection },
    } = await api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      input.headers
    )
    await api.post(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: input.provider_id },
      input.headers
    )
  }

  const {
    data: { cart },
  } = await api.get(`/store/carts/${cartId}`, input.headers)
  return cart
}

/** Completes a cart; resolves with the placed order or throws the API error. */
export async function completeCart(
  api: Api,
  cartId: string,
  headers: RequestConfig
) {
  const { data } = await api
    .post(`/store/carts/${cartId}/complete`, {}, headers)
    .catch((e: { response?: { status: number; data: unknown } }) => {
      // A plain error: jest cannot serialise axios errors into its report.
      throw new Error(
        `Completing cart ${cartId} failed (${e.response?.status}): ${JSON.stringify(e.response?.data)}`
      )
    })
  if (data.type !== "order") {
    throw new Error(
      `Cart ${cartId} was not completed: ${JSON.stringify(data.error ?? data)}`
    )
  }
  return data.order
}

/** A whole storefront checkout: prepare the cart, then complete it. */
export async function checkout(api: Api, input: PrepareCartInput) {
  const cart = await prepareCart(api, input)
  return await completeCart(api, cart.id, input.headers)
}

/**
 * `count` carts of the same items ready to complete, for races: the first
 * the long way (it finds the shipping option), the rest in four calls each,
 * ten at a time. Emails are numbered so each cart is a different buyer.
 */
export async function prepareCarts(
  api: Api,
  input: PrepareCartInput & { email: string },
  count: number
): Promise<{ id: string }[]> {
  const numbered = (i: number) => input.email.replace("@", `.${i}@`)
  const first = await prepareCart(api, { ...input, email: numbered(0) })
  const option_id = first.shipping_methods[0].shipping_option_id
  const quickCart = async (i: number) => {
    const {
      data: { cart },
    } = await api.post(
      "/store/carts",
      {
        region_id: input.region_id,
        sales_channel_id: input.sales_channel_id,
        email: numbered(i),
        items: input.items,
        shipping_address: input.shipping_address ?? GUANGZHOU_ADDRESS,
      },
      input.headers
    )
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id },
      input.headers
    )
    if (input.provider_id) {
      const {
        data: { payment_collection },
      } = await api.post(
        "/store/payment-collections",
        { cart_id: cart.id },
        input.headers
      )
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: input.provider_id },
        input.headers
      )
    }
    return { id: cart.id as string }
  }
  const carts = [{ id: first.id as string }]
  for (let i = 1; i < count; i += 10) {
    carts.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - i) }, (_, j) =>
          quickCart(i + j)
        )
      ))
    )
  }
  return carts
}
