export * from "./assert-department-member"
export * from "./record-audit-entries"
export * from "./set-gate-status"
