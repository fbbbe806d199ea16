import type { Api, RequestConfig } from "./http"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export type OrderReviewView = {
  id: string
  order_id: string
  status: "pending" | "approved" | "rejected"
  automatic: boolean
  reasons: { code: string; detail: string }[]
  [field: string]: unknown
}

/**
 * The order's customer review. The order.placed subscriber opens it after
 * routing, so a test that only waited for routing polls until it is there.
 */
export async function waitForOrderReview(
  api: Api,
  orderId: string,
  headers: RequestConfig,
  timeoutMs = 30_000
): Promise<OrderReviewView> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const { data } = await api.get(
      `/admin/mall/orders/${orderId}/crm-review`,
      headers
    )
    if (data.review) {
      return data.review
    }
    if (Date.now() > until) {
      throw new Error(`Order ${orderId} never got its customer review`)
    }
    await sleep(200)
  }
}

/**
 * Approves the order's customer review the way sales ops does in the
 * admin: the user joins sales_ops (joining again changes nothing), then
 * approves the pending review. A review the rules approved already is left
 * as it is. Resolves with the review.
 */
export async function approveOrderReview(
  api: Api,
  orderId: string,
  headers: RequestConfig,
  reason = "Called the buyer to confirm the order"
): Promise<OrderReviewView> {
  const review = await waitForOrderReview(api, orderId, headers)
  if (review.status !== "pending") {
    return review
  }
  const {
    data: { user },
  } = await api.get("/admin/users/me", headers)
  await api.post(
    "/admin/mall/departments/sales_ops/members",
    { user_id: user.id },
    headers
  )
  const { data } = await api.post(
    `/admin/mall/crm/order-reviews/${review.id}/approve`,
    { reason },
    headers
  )
  return data.order_review
}
