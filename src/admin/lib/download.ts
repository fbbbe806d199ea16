import { sdk } from "./sdk"

/** Hands a blob to the browser as a download named `name`. */
const saveBlob = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

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
  saveBlob(await response.blob(), name)
}

/**
 * Downloads CSV text made in the browser (an import template). It starts
 * with a byte-order mark so that a spreadsheet reads Chinese as UTF-8; the
 * plugin's CSV imports skip it.
 */
export const downloadCsv = (name: string, lines: string[]) =>
  saveBlob(
    new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], {
      type: "text/csv;charset=utf-8",
    }),
    name
  )
