import type { LoaderOptions } from "@medusajs/framework/types"
import { parsePluginOptions } from "../../../utils/plugin-options"

/** Stops startup on a wrong plugin option, before anything else runs. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions): Promise<void> {
  parsePluginOptions(options)
}
