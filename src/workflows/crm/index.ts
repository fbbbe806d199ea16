export * from "./steps"
export * from "./workflows"
export {
  CONTACT_CSV_COLUMNS,
  MAX_CONTACT_LINES,
  parseContactCsv,
  type RawContactLine,
} from "./utils/contact-lines"
export * from "./utils/crm-sync"
export * from "./utils/order-review"
