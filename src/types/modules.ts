export const MALL_FINANCE_MODULE = "mall_finance"
export const MALL_ROUTING_MODULE = "mall_routing"
export const MALL_CHANNEL_INVENTORY_MODULE = "mall_channel_inventory"
export const MALL_CRM_MODULE = "mall_crm"

/** The provider id Medusa gives the COD provider when the app registers it with `id: "cod"`. */
export const COD_PROVIDER_ID = "pp_cod_cod"
/** Every COD provider id starts with this, whatever `id` the app chose. */
export const COD_PROVIDER_PREFIX = "pp_cod_"

export const MallEvents = {
  COD_SETTINGS_UPDATED: "mall.cod_settings.updated",
  PAYMENT_CONFIRMATION_CONFIRMED: "mall.payment_confirmation.confirmed",
  PAYMENT_CONFIRMATION_REJECTED: "mall.payment_confirmation.rejected",
  RELEASE_GATE_DECIDED: "mall.release_gate.decided",
  PIPELINE_SETTINGS_UPDATED: "mall.pipeline_settings.updated",
  COD_RECEIVABLE_OPENED: "mall.cod_receivable.opened",
  COD_RECEIVABLE_DUE: "mall.cod_receivable.due",
  COD_RECEIVABLE_SETTLED: "mall.cod_receivable.settled",
  COD_RECEIVABLE_REFUSED: "mall.cod_receivable.refused",
  REMITTANCE_IMPORTED: "mall.remittance.imported",
  REMITTANCE_CONFIRMED: "mall.remittance.confirmed",
  ROUTING_DECISION_CREATED: "mall.routing_decision.created",
  CHANNEL_MOVEMENTS_APPLIED: "mall.channel_movements.applied",
  CHANNEL_STOCK_TRANSFERRED: "mall.channel_stock.transferred",
  CHANNEL_ALLOCATIONS_UPDATED: "mall.channel_allocations.updated",
  ROUTING_RULES_UPDATED: "mall.routing_rules.updated",
  WAREHOUSE_PROFILE_UPDATED: "mall.warehouse_profile.updated",
  CRM_CONTACTS_IMPORTED: "mall.crm_contacts.imported",
  CRM_CUSTOMER_LINKED: "mall.crm_customer.linked",
  CRM_MATCH_ACCEPTED: "mall.crm_match.accepted",
  CRM_MATCH_REJECTED: "mall.crm_match.rejected",
  CRM_CONTACTS_MERGED: "mall.crm_contacts.merged",
  CRM_ORDER_REVIEW_OPENED: "mall.crm_order_review.opened",
  CRM_ORDER_REVIEW_APPROVED: "mall.crm_order_review.approved",
  CRM_ORDER_REVIEW_REJECTED: "mall.crm_order_review.rejected",
  CRM_SYNC_JOB_SUCCEEDED: "mall.crm_sync_job.succeeded",
  CRM_SYNC_JOB_FAILED: "mall.crm_sync_job.failed",
} as const
