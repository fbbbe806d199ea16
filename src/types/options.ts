export type {
  EnterpriseMallOptions,
  ResolvedPluginOptions,
} from "../utils/plugin-options"
