import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { randomUUID } from "crypto"

export type CodProviderOptions = Record<string, never>

type CodData = {
  cod_reference?: string
  status?: PaymentSessionStatus
  authorized_at?: string
  captured_at?: string
  canceled_at?: string
  refunds?: { amount: string; at: string }[]
}

/**
 * Cash on delivery. Authorizing is the buyer's promise to pay the courier;
 * nothing is charged. Capture happens when finance confirms that the courier
 * remitted the cash (the plugin refuses an earlier capture from the admin).
 */
export class CodProviderService extends AbstractPaymentProvider<CodProviderOptions> {
  static identifier = "cod"

  constructor(cradle: Record<string, unknown>, options: CodProviderOptions) {
    super(cradle, options)
  }

  static validateOptions(options: Record<string, unknown>): void {
    const unknown = Object.keys(options ?? {})
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `The COD payment provider takes no options; remove: ${unknown.join(", ")}. COD rules are plugin options ("cod") and admin settings.`
      )
    }
  }

  async initiatePayment(
    _input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const id = `cod_${randomUUID()}`
    return {
      id,
      data: { cod_reference: id, status: PaymentSessionStatus.PENDING },
      status: PaymentSessionStatus.PENDING,
    }
  }

  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: {
        ...(input.data as CodData),
        status: PaymentSessionStatus.AUTHORIZED,
        authorized_at: new Date().toISOString(),
      },
    }
  }

  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    return {
      data: {
        ...(input.data as CodData),
        status: PaymentSessionStatus.CAPTURED,
        captured_at: new Date().toISOString(),
      },
    }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return {
      data: {
        ...(input.data as CodData),
        status: PaymentSessionStatus.CANCELED,
        canceled_at: new Date().toISOString(),
      },
    }
  }

  /** A COD refund is paid out by finance (cash or bank transfer); here it is recorded. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as CodData
    return {
      data: {
        ...data,
        refunds: [
          ...(data?.refunds ?? []),
          { amount: String(input.amount), at: new Date().toISOString() },
        ],
      },
    }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const status = (input.data as CodData)?.status
    return { status: status ?? PaymentSessionStatus.PENDING }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    return input.data ?? {}
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CodProviderService
