export * from "./apply-offline-movements"
export * from "./record-online-sales"
export * from "./transfer-channel-stock"
export * from "./update-channel-allocations"
