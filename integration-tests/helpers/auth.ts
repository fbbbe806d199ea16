import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
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

export interface CreatedAdmin {
  user: { id: string; email: string }
  /** The new admin's Bearer headers. */
  headers: RequestConfig
}

/**
 * Creates another admin user the way `medusa user` does (an emailpass
 * identity, then the user account), and logs them in.
 */
export async function createAdminUser(
  api: Api,
  container: MedusaContainer,
  input: {
    email: string
    password?: string
    first_name?: string
    last_name?: string
  }
): Promise<CreatedAdmin> {
  const password = input.password ?? "Passw0rd!"
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: input.email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not register admin ${input.email}: ${error}`)
  }
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: {
        email: input.email,
        first_name: input.first_name ?? null,
        last_name: input.last_name ?? null,
      },
    },
  })
  return {
    user: { id: user.id, email: user.email },
    headers: await loginAdmin(api, { email: input.email, password }),
  }
}
