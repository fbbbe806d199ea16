export * from "./check-contact-lines"
export * from "./import-contacts"
