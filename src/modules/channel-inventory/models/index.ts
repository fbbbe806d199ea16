export * from "./channel-allocation"
export * from "./channel-movement"
export * from "./channel-setting"
