import {
  codQueryKeys,
  financeQueryKeys,
  pipelineQueryKeys,
} from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminCodReceivableListResponse,
  AdminConfirmPayment,
  AdminConfirmRemittanceResponse,
  AdminImportRemittance,
  AdminLogisticsCostListResponse,
  AdminPaymentConfirmationListResponse,
  AdminPaymentConfirmationResponse,
  AdminRejectPayment,
  AdminRemittanceListResponse,
  AdminRemittanceResponse,
  ReceivablesAging,
} from "../../lib/finance-types"
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallQuery,
} from "./utils"

const FINANCE = "/admin/mall/finance"

export type ListQuery = {
  limit?: number
  offset?: number
  [filter: string]: string | number | string[] | undefined
}

/** The prepaid payment confirmation queue. */
export const usePaymentConfirmations = (
  query: ListQuery,
  options?: QueryOptions<AdminPaymentConfirmationListResponse>
) =>
  useMallQuery<AdminPaymentConfirmationListResponse>(
    financeQueryKeys.confirmations,
    `${FINANCE}/confirmations`,
    { query, keepPrevious: true, options }
  )

/** What a confirmation change makes stale: the queue and the order's pipeline. */
const confirmationKeys = (orderId?: string) => [
  financeQueryKeys.all,
  orderId ? pipelineQueryKeys.order(orderId) : pipelineQueryKeys.all,
  ["orders"],
]

export const useConfirmPayment = (
  id: string,
  orderId?: string,
  options?: MutationOptions<
    AdminPaymentConfirmationResponse,
    AdminConfirmPayment
  >
) =>
  useInvalidatingMutation(
    (body: AdminConfirmPayment) =>
      sdk.client.fetch<AdminPaymentConfirmationResponse>(
        `${FINANCE}/confirmations/${encodeURIComponent(id)}/confirm`,
        { method: "POST", body }
      ),
    confirmationKeys(orderId),
    options
  )

export const useRejectPayment = (
  id: string,
  orderId?: string,
  options?: MutationOptions<
    AdminPaymentConfirmationResponse,
    AdminRejectPayment
  >
) =>
  useInvalidatingMutation(
    (body: AdminRejectPayment) =>
      sdk.client.fetch<AdminPaymentConfirmationResponse>(
        `${FINANCE}/confirmations/${encodeURIComponent(id)}/reject`,
        { method: "POST", body }
      ),
    confirmationKeys(orderId),
    options
  )

/** Imported courier statements, newest first. */
export const useRemittances = (
  query: ListQuery,
  options?: QueryOptions<AdminRemittanceListResponse>
) =>
  useMallQuery<AdminRemittanceListResponse>(
    financeQueryKeys.remittances,
    `${FINANCE}/remittances`,
    { query, keepPrevious: true, options }
  )

/** One statement with its matching report and a page of its lines. */
export const useRemittance = (
  id: string,
  query: ListQuery = {},
  options?: QueryOptions<AdminRemittanceResponse>
) =>
  useMallQuery<AdminRemittanceResponse>(
    (params) => [...financeQueryKeys.remittance(id), params],
    `${FINANCE}/remittances/${encodeURIComponent(id)}`,
    { query, keepPrevious: true, options }
  )

export type RemittanceImport =
  | { format: "json"; body: AdminImportRemittance }
  | {
      format: "csv"
      fields: Omit<AdminImportRemittance, "lines">
      file: Blob
      filename: string
    }

const toFormData = ({
  fields,
  file,
  filename,
}: Extract<RemittanceImport, { format: "csv" }>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== "") {
      form.append(name, String(value))
    }
  }
  form.append("file", file, filename)
  return form
}

/**
 * Imports a courier statement, as JSON lines or a CSV file (multipart). The
 * answer is the matching report; nothing is settled until it is confirmed.
 */
export const useImportRemittance = (
  options?: MutationOptions<AdminRemittanceResponse, RemittanceImport>
) =>
  useInvalidatingMutation(
    (input: RemittanceImport) =>
      input.format === "json"
        ? sdk.client.fetch<AdminRemittanceResponse>(`${FINANCE}/remittances`, {
            method: "POST",
            body: input.body,
          })
        : sdk.client.fetch<AdminRemittanceResponse>(`${FINANCE}/remittances`, {
            method: "POST",
            body: toFormData(input),
            // Let the browser set the multipart boundary.
            headers: { "content-type": null },
          }),
    [financeQueryKeys.all],
    options
  )

/** Settles the matched receivables and captures their COD payments. */
export const useConfirmRemittance = (
  id: string,
  options?: MutationOptions<AdminConfirmRemittanceResponse, void>
) =>
  useInvalidatingMutation(
    () =>
      sdk.client.fetch<AdminConfirmRemittanceResponse>(
        `${FINANCE}/remittances/${encodeURIComponent(id)}/confirm`,
        { method: "POST", body: {} }
      ),
    [financeQueryKeys.all, pipelineQueryKeys.all, codQueryKeys.all],
    options
  )

/** Finance accepts the amount a courier remitted for a short or excess line. */
export const useAcceptRemittanceLine = (
  remittanceId: string,
  options?: MutationOptions<unknown, { line_id: string; reason: string }>
) =>
  useInvalidatingMutation(
    ({ line_id, reason }: { line_id: string; reason: string }) =>
      sdk.client.fetch(
        `${FINANCE}/remittances/${encodeURIComponent(
          remittanceId
        )}/lines/${encodeURIComponent(line_id)}/accept`,
        { method: "POST", body: { reason } }
      ),
    [financeQueryKeys.all, pipelineQueryKeys.all, codQueryKeys.all],
    options
  )

/** COD receivables, filtered by carrier and status. */
export const useCodReceivables = (
  query: ListQuery,
  options?: QueryOptions<AdminCodReceivableListResponse>
) =>
  useMallQuery<AdminCodReceivableListResponse>(
    financeQueryKeys.receivables,
    `${FINANCE}/receivables`,
    { query, keepPrevious: true, options }
  )

/** The aging report of outstanding receivables, per carrier. */
export const useReceivablesAging = (
  query: Record<string, unknown> = {},
  options?: QueryOptions<{ aging: ReceivablesAging }>
) =>
  useMallQuery<{ aging: ReceivablesAging }>(
    financeQueryKeys.aging,
    `${FINANCE}/receivables/aging`,
    { query, keepPrevious: true, options }
  )

/** Logistics costs (refused parcels' return trips and others). */
export const useLogisticsCosts = (
  query: ListQuery,
  options?: QueryOptions<AdminLogisticsCostListResponse>
) =>
  useMallQuery<AdminLogisticsCostListResponse>(
    financeQueryKeys.logisticsCosts,
    `${FINANCE}/logistics-costs`,
    { query, keepPrevious: true, options }
  )
