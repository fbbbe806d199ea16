import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { importContactsWorkflow } from "../../../../../../workflows/crm"
import type { AdminImportContactsType } from "../validators"

/**
 * Imports offline customers (JSON `contacts`, or a CSV upload in the form
 * field `file`) with dedup, and answers a report for every line.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportContactsType>,
  res: MedusaResponse
) => {
  const { contacts, rows, additional_data } = req.validatedBody
  const { result } = await importContactsWorkflow(req.scope).run({
    input: {
      rows: rows ?? contacts.map((c, i) => ({ ...c, line: i + 1 })),
      actor_id: req.auth_context.actor_id,
      additional_data,
    },
  })
  res.json(result)
}
