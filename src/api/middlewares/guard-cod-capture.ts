import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type MallFinanceModuleService from "../../modules/finance/service"
import { COD_PROVIDER_PREFIX, MALL_FINANCE_MODULE } from "../../types/modules"

const STATE: Record<string, string> = {
  none: "its parcel has not shipped yet",
  open: "its parcel is on its way",
  due: "its parcel was delivered and the courier has not remitted the cash yet",
  disputed:
    "the courier's remittance for it is disputed; finance resolves it on the remittance",
  refused: "the buyer refused the parcel, so there is nothing to capture",
}

/**
 * Refuses the admin "Capture" of a COD payment before finance has confirmed
 * the courier's remittance: COD money is captured by the plugin when the
 * remittance is confirmed, for what the courier actually collected. The
 * plugin's own capture runs in a workflow and does not pass here.
 */
export async function guardCodCapture(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const payments = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const [payment] = await payments.listPayments(
      { id: req.params.id },
      { select: ["id", "provider_id"] }
    )
    if (!payment?.provider_id?.startsWith(COD_PROVIDER_PREFIX)) {
      return next()
    }
    const finance =
      req.scope.resolve<MallFinanceModuleService>(MALL_FINANCE_MODULE)
    const [receivable] = await finance.listCodReceivables(
      { payment_id: payment.id },
      { select: ["id", "status"], take: 1 }
    )
    if (receivable?.status === "settled") {
      return next()
    }
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Payment ${payment.id} is cash on delivery: its money is captured when finance confirms the courier's remittance (Finance → Remittances), for the amount the courier collected. It cannot be captured now: ${STATE[receivable?.status ?? "none"] ?? "its receivable is not settled"}.`,
      "cod_capture_before_remittance"
    )
  } catch (e) {
    next(e)
  }
}
