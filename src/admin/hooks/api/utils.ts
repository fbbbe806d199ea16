import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryKey" | "queryFn"
>

export type MutationOptions<TResponse, TBody> = Omit<
  UseMutationOptions<TResponse, FetchError, TBody>,
  "mutationFn"
>

/** Drops empty filters so they never reach the query string. */
export const compactQuery = (query: Record<string, unknown> = {}) =>
  Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0)
    )
  )

/**
 * A GET of `path`, returned as the answer's fields beside the query's state.
 * Empty filters are dropped from `query` before it builds the key and the
 * request, so the two always agree. `keepPrevious` keeps the last page on
 * screen while the next one loads, so a list does not blank out on each
 * filter or page change. `options` go last so a caller can override a hook's
 * defaults (`enabled`, `staleTime`).
 */
export const useMallQuery = <TResponse>(
  queryKey: QueryKey | ((query: Record<string, unknown>) => QueryKey),
  path: string,
  {
    query,
    keepPrevious = false,
    options,
  }: {
    query?: object
    keepPrevious?: boolean
    options?: QueryOptions<TResponse>
  } = {}
) => {
  const params = compactQuery({ ...query })
  const { data, ...rest } = useQuery({
    queryKey: typeof queryKey === "function" ? queryKey(params) : queryKey,
    queryFn: () =>
      sdk.client.fetch<TResponse>(path, query && { query: params }),
    ...(keepPrevious && { placeholderData: keepPreviousData }),
    ...options,
  })

  return { ...data, ...rest } as Partial<TResponse> & typeof rest
}

/**
 * A mutation that refreshes the given queries once it succeeds, then calls
 * the caller's `onSuccess`.
 */
export const useInvalidatingMutation = <TResponse, TBody>(
  mutationFn: (body: TBody) => Promise<TResponse>,
  invalidates: QueryKey[],
  options?: MutationOptions<TResponse, TBody>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      await Promise.all(
        invalidates.map((queryKey) =>
          queryClient.invalidateQueries({ queryKey })
        )
      )
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** A POST of the mutation's body to `path`, refreshing `invalidates` after. */
export const useMallPost = <TResponse, TBody>(
  path: string,
  invalidates: QueryKey[],
  options?: MutationOptions<TResponse, TBody>
) =>
  useInvalidatingMutation(
    (body: TBody) =>
      sdk.client.fetch<TResponse>(path, {
        method: "POST",
        body: body ?? {},
      }),
    invalidates,
    options
  )
