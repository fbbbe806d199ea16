export * from "./cod"
export * from "./finance"
export * from "./pipeline"
export * from "./routing"
