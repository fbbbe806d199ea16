export * from "./cod"
export * from "./modules"
export * from "./options"
