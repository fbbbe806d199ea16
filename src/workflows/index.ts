export * from "./cod"
export * from "./pipeline"
