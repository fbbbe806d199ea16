export * from "./steps"
export * from "./workflows"
export * from "./utils/cod-fee"
export * from "./utils/to-eligibility-cart"
