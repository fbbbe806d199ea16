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
])
