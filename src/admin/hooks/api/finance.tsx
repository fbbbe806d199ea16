import { keepPreviousData, useQuery } from "@tanstack/react-query"
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
  compactQuery,
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
} from "./utils"

const FINANCE = "/admin/mall/finance"

export type ListQuery = {
  limit?: number
  offset?: number
  [filter: string]: string | number | string[] | undefined
}

const useList = <TResponse,>(
  key: readonly unknown[],
  path: string,
  query: Record<string, unknown>,
  options?: QueryOptions<TResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<TResponse>(path, { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

  return { ...data, ...rest } as Partial<TResponse> & typeof rest
}

/** The prepaid payment confirmation queue. */
export const usePaymentConfirmations = (
  query: ListQuery,
  options?: QueryOptions<AdminPaymentConfirmationListResponse>
) => {
  const params = compactQuery(query)
  return useList<AdminPaymentConfirmationListResponse>(
    financeQueryKeys.confirmations(params),
    `${FINANCE}/confirmations`,
    params,
    options
  )
}

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
) => {
  const params = compactQuery(query)
  return useList<AdminRemittanceListResponse>(
    financeQueryKeys.remittances(params),
    `${FINANCE}/remittances`,
    params,
    options
  )
}

/** One statement with its matching report and a page of its lines. */
export const useRemittance = (
  id: string,
  query: ListQuery = {},
  options?: QueryOptions<AdminRemittanceResponse>
) => {
  const params = compactQuery(query)
  const { data, ...rest } = useQuery({
    queryKey: [...financeQueryKeys.remittance(id), params],
    queryFn: () =>
      sdk.client.fetch<AdminRemittanceResponse>(
        `${FINANCE}/remittances/${encodeURIComponent(id)}`,
        { query: params }
      ),
    placeholderData: keepPreviousData,
    ...options,
  })

  return { ...data, ...rest }
}

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
) => {
  const params = compactQuery(query)
  return useList<AdminCodReceivableListResponse>(
    financeQueryKeys.receivables(params),
    `${FINANCE}/receivables`,
    params,
    options
  )
}

/** The aging report of outstanding receivables, per carrier. */
export const useReceivablesAging = (
  query: Record<string, unknown> = {},
  options?: QueryOptions<{ aging: ReceivablesAging }>
) => {
  const params = compactQuery(query)
  return useList<{ aging: ReceivablesAging }>(
    financeQueryKeys.aging(params),
    `${FINANCE}/receivables/aging`,
    params,
    options
  )
}

/** Logistics costs (refused parcels' return trips and others). */
export const useLogisticsCosts = (
  query: ListQuery,
  options?: QueryOptions<AdminLogisticsCostListResponse>
) => {
  const params = compactQuery(query)
  return useList<AdminLogisticsCostListResponse>(
    financeQueryKeys.logisticsCosts(params),
    `${FINANCE}/logistics-costs`,
    params,
    options
  )
}
