export * from "./cod-refusal"
export * from "./cod-setting"
