export * from "./steps"
export * from "./workflows"
export * from "./utils/to-eligibility-cart"
