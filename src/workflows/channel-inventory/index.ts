export * from "./steps"
export * from "./workflows"
export {
  MOVEMENT_CSV_COLUMNS,
  OFFLINE_MOVEMENT_TYPES,
  parseMovementCsv,
  type RawMovementLine,
} from "./utils/movement-lines"
export { HOLD_DESCRIPTION, HOLD_METADATA } from "./utils/positions"
