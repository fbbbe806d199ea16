export * from "./cod"
