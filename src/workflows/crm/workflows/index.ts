export * from "./import-contacts"
