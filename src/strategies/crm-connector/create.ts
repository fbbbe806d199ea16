import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import type { CrmConnectorStrategy } from "../../types/crm"
import {
  parseCrmConnectorOptions,
  type CrmConnectorOptionsInput,
} from "../../utils/crm-connector-options"
import { FileCrmConnector } from "./file"
import { WebhookCrmConnector } from "./webhook"

const isConnector = (value: unknown): value is CrmConnectorStrategy =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as CrmConnectorStrategy).deliver === "function"

const isConnectorClass = (
  value: unknown
): value is new (options?: Record<string, unknown>) => CrmConnectorStrategy =>
  typeof value === "function" &&
  typeof (value as { prototype?: CrmConnectorStrategy }).prototype?.deliver ===
    "function"

/**
 * Where `resolve` points, as Medusa resolves a module's `resolve`: a path
 * relative to the server's working directory (the project root), an
 * absolute path, or a package name.
 */
const resolveModule = (request: string): string => {
  const root = process.cwd()
  const fromRoot = request.startsWith(".")
    ? path.resolve(root, request)
    : request
  return require.resolve(fromRoot, { paths: [root] })
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_ARGUMENT, message)

/**
 * The connector a `resolve` option names: the module's default export, or
 * the module itself (`module.exports = class ...`), or its only export that
 * is a connector class or object. A class is constructed with `options`.
 */
function loadConnector(
  request: string,
  options: Record<string, unknown> | undefined
): CrmConnectorStrategy {
  let exported: Record<string, unknown>
  let file: string
  try {
    file = resolveModule(request)
    // Synchronous on purpose: the CRM module builds its connector in its
    // constructor, as the routing module builds its strategy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exported = require(file)
  } catch (error) {
    throw invalid(
      `CRM connector: could not load "${request}" (looked from ${process.cwd()}): ${(error as Error).message}`
    )
  }
  const named = Object.entries(exported ?? {}).filter(
    ([key, value]) =>
      key !== "default" && (isConnectorClass(value) || isConnector(value))
  )
  const candidate =
    exported?.default ??
    (isConnectorClass(exported) || isConnector(exported)
      ? exported
      : named.length === 1
        ? named[0][1]
        : undefined)
  if (candidate === undefined && named.length > 1) {
    throw invalid(
      `CRM connector: "${request}" exports several connectors (${named.map(([k]) => k).join(", ")}); make the one to use its default export`
    )
  }

  let connector: unknown = candidate
  if (isConnectorClass(candidate)) {
    try {
      connector = new candidate(options ?? {})
    } catch (error) {
      if (error instanceof MedusaError) {
        throw error
      }
      throw invalid(
        `CRM connector: constructing the class exported by "${request}" failed: ${(error as Error).message}`
      )
    }
  }
  if (!isConnector(connector)) {
    throw invalid(
      `CRM connector: "${request}" (${file}) exports no class or object with a deliver(payload) method; export default a class that implements CrmConnectorStrategy`
    )
  }
  if (typeof connector.id !== "string" || !connector.id) {
    throw invalid(
      `CRM connector: the connector from "${request}" has no id; give it a \`readonly id = "<name>"\`: sync jobs record which connector sent them`
    )
  }
  return connector
}

/**
 * Builds the connector the options describe:
 * - `{ type: "webhook", url, secret, timeout_ms?, headers? }`: signed POSTs;
 * - `{ type: "file", directory }`: one JSON file per order;
 * - `{ resolve: "<module path>", options? }`: your own connector class (or
 *   object), loaded like a Medusa module and constructed with `options`;
 * - a connector instance, used as it is (as `routing.strategy` takes one).
 *
 * Throws a `MedusaError` naming the bad option, so a wrong configuration
 * stops the server at startup rather than at the first approved order.
 */
export function createCrmConnector(
  options: CrmConnectorOptionsInput
): CrmConnectorStrategy {
  const parsed = parseCrmConnectorOptions(options)
  if (isConnector(parsed)) {
    return parsed
  }
  if ("resolve" in parsed) {
    return loadConnector(parsed.resolve, parsed.options)
  }
  return parsed.type === "webhook"
    ? new WebhookCrmConnector(parsed)
    : new FileCrmConnector(parsed)
}
