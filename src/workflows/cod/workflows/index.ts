export * from "./evaluate-cod-eligibility"
export * from "./sync-cod-fee"
export * from "./update-cod-settings"
