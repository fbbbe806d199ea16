/** The slice of the test runner's axios client the helpers use. */
export interface Api {
  get<T = any>(
    url: string,
    config?: RequestConfig
  ): Promise<{ status: number; data: T }>
  post<T = any>(
    url: string,
    body?: unknown,
    config?: RequestConfig
  ): Promise<{ status: number; data: T }>
  delete<T = any>(
    url: string,
    config?: RequestConfig
  ): Promise<{ status: number; data: T }>
}

export type RequestConfig = { headers?: Record<string, string> }

/** Resolves with the error response of a request that must fail. */
export async function expectHttpError(
  request: Promise<unknown>
): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (e) {
    const response = (e as { response?: { status: number; data: any } })
      .response
    if (response) {
      return response
    }
    throw e
  }
  throw new Error("Expected the request to fail, but it succeeded")
}

export const merge = (...configs: RequestConfig[]): RequestConfig => ({
  headers: Object.assign({}, ...configs.map((c) => c.headers ?? {})),
})
