/**
 * CRM connectors: deliver approved orders to the enterprise CRM. Pick one
 * with `createCrmConnector(options)`, or implement `CrmConnectorStrategy`.
 */
export {
  DEFAULT_CRM_RETRY_BASE_MS,
  DEFAULT_CRM_RETRY_MAX_MS,
  crmRetryDelayMs,
  type CrmRetryDelayOptions,
} from "./crm-connector/backoff"
export { createCrmConnector } from "./crm-connector/create"
export { CrmDeliveryError, isRetryableCrmError } from "./crm-connector/errors"
export {
  FileCrmConnector,
  crmFileName,
  type FileCrmDeliveryResult,
} from "./crm-connector/file"
export {
  CRM_SIGNATURE_HEADER,
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  signCrmPayload,
  verifyCrmSignature,
  type VerifyCrmSignatureOptions,
} from "./crm-connector/signature"
export {
  CRM_USER_AGENT,
  WebhookCrmConnector,
  type WebhookCrmConnectorInput,
} from "./crm-connector/webhook"
