import type { Api, RequestConfig } from "./http"

/** Logs an admin user in through the real auth route; returns Bearer headers. */
export async function loginAdmin(
  api: Api,
  credentials: { email: string; password: string }
): Promise<RequestConfig> {
  const { data } = await api.post<{ token: string }>(
    "/auth/user/emailpass",
    credentials
  )
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export interface RegisteredCustomer {
  customer: { id: string; email: string }
  /** Publishable key plus the customer's Bearer token. */
  headers: RequestConfig
}

/**
 * Registers a storefront customer the way a storefront does: auth identity,
 * then the customer, then a fresh login.
 */
export async function registerCustomer(
  api: Api,
  storeHeaders: RequestConfig,
  input: {
    email: string
    password?: string
    first_name?: string
    last_name?: string
    phone?: string
  }
): Promise<RegisteredCustomer> {
  const password = input.password ?? "Passw0rd!"
  const {
    data: { token: registration },
  } = await api.post<{ token: string }>("/auth/customer/emailpass/register", {
    email: input.email,
    password,
  })
  const {
    data: { customer },
  } = await api.post(
    "/store/customers",
    {
      email: input.email,
      first_name: input.first_name,
      last_name: input.last_name,
      phone: input.phone,
    },
    {
      headers: {
        ...storeHeaders.headers,
        authorization: `Bearer ${registration}`,
      },
    }
  )
  const {
    data: { token },
  } = await api.post<{ token: string }>("/auth/customer/emailpass", {
    email: input.email,
    password,
  })
  return {
    customer,
    headers: {
      headers: { ...storeHeaders.headers, authorization: `Bearer ${token}` },
    },
  }
}
