import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

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
