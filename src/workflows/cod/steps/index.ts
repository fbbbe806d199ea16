export * from "./evaluate-cod-eligibility"
export * from "./retrieve-cod-settings"
export * from "./save-cod-settings"
