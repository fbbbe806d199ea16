import { definePolicies } from "@medusajs/framework/utils"

/**
 * RBAC permissions of the plugin's admin routes. Medusa syncs them to the
 * database at startup and checks them only when its `rbac` feature flag is
 * on; without the flag the routes rely on the plugin's own department
 * checks. Grant them to roles under Settings → Roles.
 */
export const MallPolicy = {
  readReleaseGates: { resource: "mall_release_gate", operation: "read" },
  decideReleaseGates: { resource: "mall_release_gate", operation: "decide" },
  waiveReleaseGates: { resource: "mall_release_gate", operation: "waive" },
  readPaymentConfirmations: {
    resource: "mall_payment_confirmation",
    operation: "read",
  },
  decidePaymentConfirmations: {
    resource: "mall_payment_confirmation",
    operation: "decide",
  },
  readDepartments: { resource: "mall_department", operation: "read" },
  manageDepartments: { resource: "mall_department", operation: "update" },
  readPipelineSettings: {
    resource: "mall_pipeline_setting",
    operation: "read",
  },
  updatePipelineSettings: {
    resource: "mall_pipeline_setting",
    operation: "update",
  },
  readAuditEntries: { resource: "mall_audit_entry", operation: "read" },
  readRemittances: { resource: "mall_remittance", operation: "read" },
  importRemittances: { resource: "mall_remittance", operation: "import" },
  confirmRemittances: { resource: "mall_remittance", operation: "confirm" },
  readCodReceivables: { resource: "mall_cod_receivable", operation: "read" },
  readLogisticsCosts: { resource: "mall_logistics_cost", operation: "read" },
  recordCodRefusals: { resource: "mall_cod_refusal", operation: "create" },
  readRouting: { resource: "mall_routing", operation: "read" },
  manageRouting: { resource: "mall_routing", operation: "update" },
  rerouteOrders: { resource: "mall_routing", operation: "reroute" },
  readChannelInventory: {
    resource: "mall_channel_inventory",
    operation: "read",
  },
  syncChannelMovements: {
    resource: "mall_channel_inventory",
    operation: "sync",
  },
  manageChannelInventory: {
    resource: "mall_channel_inventory",
    operation: "update",
  },
  readCrm: { resource: "mall_crm", operation: "read" },
  importCrmContacts: { resource: "mall_crm", operation: "import" },
  manageCrmContacts: { resource: "mall_crm", operation: "update" },
  decideOrderReviews: {
    resource: "mall_crm_order_review",
    operation: "decide",
  },
  manageCrmSync: { resource: "mall_crm_sync_job", operation: "retry" },
} as const

export const mallPolicies = definePolicies([
  {
    name: "MallReadReleaseGates",
    ...MallPolicy.readReleaseGates,
    description: "See orders' release gates and pipeline timeline",
  },
  {
    name: "MallDecideReleaseGates",
    ...MallPolicy.decideReleaseGates,
    description:
      "Pass or fail release gates (department membership still applies)",
  },
  {
    name: "MallWaiveReleaseGates",
    ...MallPolicy.waiveReleaseGates,
    description: "Waive release gates (department ownership still applies)",
  },
  {
    name: "MallReadPaymentConfirmations",
    ...MallPolicy.readPaymentConfirmations,
    description: "See the prepaid payment confirmation queue",
  },
  {
    name: "MallDecidePaymentConfirmations",
    ...MallPolicy.decidePaymentConfirmations,
    description:
      "Confirm or reject prepaid payments (finance membership still applies)",
  },
  {
    name: "MallReadDepartments",
    ...MallPolicy.readDepartments,
    description: "See departments and their members",
  },
  {
    name: "MallManageDepartments",
    ...MallPolicy.manageDepartments,
    description: "Add and remove department members",
  },
  {
    name: "MallReadPipelineSettings",
    ...MallPolicy.readPipelineSettings,
    description: "See the order pipeline rules",
  },
  {
    name: "MallUpdatePipelineSettings",
    ...MallPolicy.updatePipelineSettings,
    description: "Change the order pipeline rules",
  },
  {
    name: "MallReadAuditEntries",
    ...MallPolicy.readAuditEntries,
    description: "Read the audit trail",
  },
  {
    name: "MallReadRouting",
    ...MallPolicy.readRouting,
    description:
      "See warehouse profiles, routing rules, decisions and the needs-routing queue",
  },
  {
    name: "MallManageRouting",
    ...MallPolicy.manageRouting,
    description:
      "Edit warehouse profiles, routing rules and the centroid table",
  },
  {
    name: "MallRerouteOrders",
    ...MallPolicy.rerouteOrders,
    description:
      "Re-route orders or override their warehouses (warehouse department membership still applies)",
  },
  {
    name: "MallReadRemittances",
    ...MallPolicy.readRemittances,
    description: "See courier remittances and their matching reports",
  },
  {
    name: "MallImportRemittances",
    ...MallPolicy.importRemittances,
    description: "Import courier statements (finance membership still applies)",
  },
  {
    name: "MallConfirmRemittances",
    ...MallPolicy.confirmRemittances,
    description:
      "Confirm remittances and accept disputed lines (finance membership still applies)",
  },
  {
    name: "MallReadCodReceivables",
    ...MallPolicy.readCodReceivables,
    description: "See COD receivables, their aging and the CSV export",
  },
  {
    name: "MallReadLogisticsCosts",
    ...MallPolicy.readLogisticsCosts,
    description: "See logistics costs and who bears them",
  },
  {
    name: "MallRecordCodRefusals",
    ...MallPolicy.recordCodRefusals,
    description:
      "Record refused COD deliveries (finance or customer service membership still applies)",
  },
  {
    name: "MallReadChannelInventory",
    ...MallPolicy.readChannelInventory,
    description:
      "See online and offline pools per item and location, and the channel ledger",
  },
  {
    name: "MallSyncChannelMovements",
    ...MallPolicy.syncChannelMovements,
    description: "Send offline movements (POS or ERP sales, returns, receipts)",
  },
  {
    name: "MallManageChannelInventory",
    ...MallPolicy.manageChannelInventory,
    description: "Change channel allocations and move stock between pools",
  },
  {
    name: "MallReadCrm",
    ...MallPolicy.readCrm,
    description:
      "See CRM contacts, match candidates, order reviews and sync jobs",
  },
  {
    name: "MallImportCrmContacts",
    ...MallPolicy.importCrmContacts,
    description: "Import offline customers into the CRM",
  },
  {
    name: "MallManageCrmContacts",
    ...MallPolicy.manageCrmContacts,
    description: "Accept or reject match candidates and merge contacts",
  },
  {
    name: "MallDecideOrderReviews",
    ...MallPolicy.decideOrderReviews,
    description:
      "Approve or reject orders in customer review (sales ops membership still applies)",
  },
  {
    name: "MallManageCrmSync",
    ...MallPolicy.manageCrmSync,
    description: "Send failed CRM sync jobs again",
  },
])
