export * from "./route-order"
export * from "./save-warehouse-profile"
export * from "./update-routing-rules"
export * from "./import-geo-centroids"
