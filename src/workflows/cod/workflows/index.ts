export * from "./evaluate-cod-eligibility"
export * from "./update-cod-settings"
