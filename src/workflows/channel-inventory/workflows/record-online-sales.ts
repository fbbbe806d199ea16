import {
  createWorkflow,
  WorkflowResponse,
  type ReturnWorkflow,
} from "@medusajs/framework/workflows-sdk"
import {
  recordOnlineSalesStep,
  type RecordOnlineSalesStepInput,
} from "../steps/record-online-sales"

export const recordOnlineSalesWorkflowId = "mall-record-online-sales"

/**
 * Writes a fulfilment's lines to the channel ledger as online sales
 * (positions with a channel allocation only), once per line. Run by the
 * `order.fulfillment_created` subscriber.
 *
 * @summary
 * Record online sales in the channel ledger.
 */
export const recordOnlineSalesWorkflow: ReturnWorkflow<
  RecordOnlineSalesStepInput,
  string[],
  []
> = createWorkflow(
  recordOnlineSalesWorkflowId,
  (input: RecordOnlineSalesStepInput) => {
    return new WorkflowResponse(recordOnlineSalesStep(input))
  }
)
