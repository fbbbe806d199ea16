export * from "./cod"
export * from "./modules"
export * from "./options"
export * from "./pipeline"
