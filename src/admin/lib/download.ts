import { sdk } from "./sdk"

/**
 * Downloads a file from an admin route with the dashboard's own auth
 * (session cookie or bearer token): the js-sdk returns the raw response when
 * the request does not ask for JSON.
 */
export const downloadFile = async (
  path: string,
  query: Record<string, unknown>,
  fallbackName: string
) => {
  const response = await sdk.client.fetch<Response>(path, {
    query,
    headers: { accept: "text/csv" },
  })
  const disposition = response.headers.get("content-disposition") ?? ""
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  const name = match ? decodeURIComponent(match[1]) : fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
