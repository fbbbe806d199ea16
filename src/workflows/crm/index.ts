export * from "./steps"
export * from "./workflows"
export {
  CONTACT_CSV_COLUMNS,
  MAX_CONTACT_LINES,
  parseContactCsv,
  type RawContactLine,
} from "./utils/contact-lines"
