import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
  type Hook,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import type {
  ClassifiedStatementLine,
  RawStatementLine,
  RemittanceSummary,
} from "../../../types/cod-collection"
import { MallEvents } from "../../../types/modules"
import { assertDepartmentMemberStep } from "../../pipeline/steps/assert-department-member"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"
import { createRemittanceStep } from "../steps/create-remittance"
import {
  findRemittanceStep,
  type RemittanceRow,
} from "../steps/find-remittance"
import { matchRemittanceLinesStep } from "../steps/match-remittance-lines"
import { summarizeRemittanceStep } from "../steps/summarize-remittance"

export const importRemittanceWorkflowId = "mall-import-remittance"

export interface ImportRemittanceWorkflowInput {
  /** The courier, as finance names it (e.g. "SF Express"). */
  carrier: string
  /** The courier's statement number; with the carrier, identifies the statement. */
  statement_reference: string
  /** The bank transfer the courier paid the statement with. */
  bank_reference?: string | null
  /** The statement's currency, for lines that give none. */
  currency_code?: string | null
  /** The statement's lines as received; each is checked on its own. */
  lines: RawStatementLine[]
  /** The admin user importing (must belong to finance). */
  actor_id?: string | null
  additional_data?: Record<string, unknown>
}

export interface ImportRemittanceWorkflowOutput {
  remittance_id: string
  /** True when this statement had been imported before: nothing changed. */
  already_imported: boolean
  summary: RemittanceSummary
}

/** The statement without its lines (the hooks get the matched lines). */
export type ImportRemittanceStatement = Omit<
  ImportRemittanceWorkflowInput,
  "lines"
>

export type ImportRemittanceWorkflowHooks = [
  Hook<
    "validate",
    {
      statement: ImportRemittanceStatement
      /** The statement as imported before, if it was. */
      existing: RemittanceRow | null
      /** The lines as matched (empty when imported before). */
      lines: ClassifiedStatementLine[]
    },
    unknown
  >,
  Hook<
    "remittanceImported",
    ImportRemittanceWorkflowOutput & {
      additional_data: Record<string, unknown> | undefined
    },
    unknown
  >,
]

/**
 * Imports a courier's COD statement: each line is checked, matched to its
 * receivable (by tracking number, else order display id) and reported as
 * matched, short, excess, unknown, duplicate or invalid. Bad lines are kept
 * and reported; they never block the good ones. Importing the same statement
 * (carrier + statement reference) again changes nothing and returns it.
 * Nothing is settled until finance confirms (`confirmRemittanceWorkflow`).
 * Used by `POST /admin/mall/finance/remittances`.
 *
 * @example
 * const { result } = await importRemittanceWorkflow(container).run({
 *   input: {
 *     carrier: "SF Express",
 *     statement_reference: "SF-2026-11-30",
 *     bank_reference: "ICBC-889201",
 *     lines: [{ tracking_number: "SF1001", amount: 1299, collected_at: "2026-11-29" }],
 *     actor_id: "user_123",
 *   },
 * })
 *
 * @summary
 * Import and match a courier's COD remittance statement.
 *
 * @property hooks.validate - Runs after matching, before anything is written.
 * @property hooks.remittanceImported - Runs after the statement is written (or found).
 */
export const importRemittanceWorkflow: ReturnWorkflow<
  ImportRemittanceWorkflowInput,
  ImportRemittanceWorkflowOutput,
  ImportRemittanceWorkflowHooks
> = createWorkflow(
  importRemittanceWorkflowId,
  (input: ImportRemittanceWorkflowInput) => {
    // Resolving a value walks all of it, so `input` (or any `input.x`, or
    // any field of an object that holds the lines) costs a pass over every
    // line: the lines and the small statement are split once, and steps
    // read fields of `statement` only.
    const statement = transform(
      { input },
      ({ input: { lines: _lines, ...statement } }): ImportRemittanceStatement =>
        statement
    )
    const rawLines = transform({ input }, ({ input }) => input.lines)
    const lockKey = transform(
      { statement },
      ({ statement }) =>
        `mall-remittance:${statement.carrier}:${statement.statement_reference}`
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    assertDepartmentMemberStep({
      actor_id: statement.actor_id,
      department: "finance",
      action: "import courier remittances",
    })

    const existing = findRemittanceStep({
      carrier: statement.carrier,
      statement_reference: statement.statement_reference,
    })
    const lines = matchRemittanceLinesStep({
      lines: rawLines,
      currency_code: statement.currency_code,
      skip: transform({ existing }, ({ existing }) => !!existing),
    })
    const validate = createHook("validate", { statement, existing, lines })

    const created = createRemittanceStep({
      carrier: statement.carrier,
      statement_reference: statement.statement_reference,
      bank_reference: statement.bank_reference,
      imported_by: statement.actor_id,
      lines,
      existing,
    })
    const summary = summarizeRemittanceStep({ remittance_id: created.id })

    when("mall-remittance-was-imported", { created }, ({ created }) => {
      return created.created
    }).then(() => {
      recordAuditEntriesStep(
        transform(
          { created, statement, summary },
          ({ created, statement, summary }) => [
            {
              entity_type: "remittance",
              entity_id: created.id,
              action: "remittance.imported",
              actor_id: statement.actor_id ?? null,
              department: "finance",
              data: {
                carrier: statement.carrier,
                statement_reference: statement.statement_reference,
                bank_reference: statement.bank_reference ?? null,
                summary,
              },
            },
          ]
        )
      )
    })

    const result = transform(
      { created, summary },
      ({ created, summary }): ImportRemittanceWorkflowOutput => ({
        remittance_id: created.id,
        already_imported: !created.created,
        summary,
      })
    )
    const remittanceImported = createHook("remittanceImported", {
      remittance_id: result.remittance_id,
      already_imported: result.already_imported,
      summary: result.summary,
      additional_data: statement.additional_data,
    })

    when("mall-emit-remittance-imported", { created }, ({ created }) => {
      return created.created
    }).then(() => {
      emitEventStep({
        eventName: MallEvents.REMITTANCE_IMPORTED,
        data: transform({ created, statement }, ({ created, statement }) => ({
          id: created.id,
          carrier: statement.carrier,
          statement_reference: statement.statement_reference,
        })),
      })
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(result, {
      hooks: [validate, remittanceImported],
    })
  }
)
