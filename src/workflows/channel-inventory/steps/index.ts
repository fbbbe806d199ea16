export * from "./apply-offline-movements"
export * from "./transfer-channel-stock"
export * from "./update-channel-allocations"
export * from "./record-online-sales"
