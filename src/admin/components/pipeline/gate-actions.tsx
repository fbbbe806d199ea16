import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { usePaymentConfirmations } from "../../hooks/api/finance"
import type {
  AdminOrderPipeline,
  AdminReleaseGate,
  DepartmentRole,
} from "../../lib/pipeline-types"
import { ConfirmPaymentDrawer } from "../confirm-payment-drawer"
import { GateDecisionDrawer, GateDecisionMode } from "../gate-decision-drawer"
import { RejectPaymentDrawer } from "../reject-payment-drawer"

type GateActionsProps = {
  pipeline: AdminOrderPipeline
  gate: AdminReleaseGate
  /** The signed-in user's role in the gate's department, if any. */
  role: DepartmentRole | null
}

/** The order's pending payment confirmation, for the payment gate's actions. */
const PaymentActions = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation()
  const [drawer, setDrawer] = useState<"confirm" | "reject" | null>(null)
  const { payment_confirmations } = usePaymentConfirmations({
    order_id: orderId,
    limit: 1,
  })
  const confirmation = payment_confirmations?.[0]

  if (!confirmation || confirmation.status !== "pending") {
    return null
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={() => setDrawer("reject")}
        data-testid="mall-pipeline-reject-payment"
      >
        {t("mall.finance.reject.action")}
      </Button>
      <Button
        size="small"
        variant="primary"
        onClick={() => setDrawer("confirm")}
        data-testid="mall-pipeline-confirm-payment"
      >
        {t("mall.finance.confirm.action")}
      </Button>
      <ConfirmPaymentDrawer
        confirmation={confirmation}
        open={drawer === "confirm"}
        onOpenChange={(open) => setDrawer(open ? "confirm" : null)}
      />
      <RejectPaymentDrawer
        confirmation={confirmation}
        open={drawer === "reject"}
        onOpenChange={(open) => setDrawer(open ? "reject" : null)}
      />
    </>
  )
}

/**
 * What the signed-in user may do with a gate: finance confirms or rejects a
 * prepaid payment; other departments pass or fail their gates; owners
 * waive. The server checks again and answers 403 with its reason.
 */
export const GateActions = ({ pipeline, gate, role }: GateActionsProps) => {
  const { t } = useTranslation()
  const [mode, setMode] = useState<GateDecisionMode | null>(null)

  if (!role) {
    return null
  }

  const pending = gate.status === "pending"
  const isPrepaidPayment =
    gate.kind === "payment" && pipeline.payment_method === "prepaid"
  const canDecide = pending && !isPrepaidPayment && gate.kind !== "payment"
  // A gate that is not required holds nothing back: nothing to waive.
  const canWaive =
    role === "owner" &&
    gate.required &&
    (gate.status === "pending" || gate.status === "failed")

  if (!(pending && isPrepaidPayment) && !canDecide && !canWaive) {
    return null
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {canWaive && (
        <Button
          size="small"
          variant="transparent"
          onClick={() => setMode("waived")}
          data-testid="mall-pipeline-waive"
        >
          {t("mall.pipeline.decide.action.waived")}
        </Button>
      )}
      {pending && isPrepaidPayment && (
        <PaymentActions orderId={pipeline.order_id} />
      )}
      {canDecide && (
        <>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setMode("failed")}
            data-testid="mall-pipeline-fail"
          >
            {t("mall.pipeline.decide.action.failed")}
          </Button>
          <Button
            size="small"
            variant="primary"
            onClick={() => setMode("passed")}
            data-testid="mall-pipeline-pass"
          >
            {t("mall.pipeline.decide.action.passed")}
          </Button>
        </>
      )}
      {mode && (
        <GateDecisionDrawer
          orderId={pipeline.order_id}
          gate={gate}
          mode={mode}
          open={!!mode}
          onOpenChange={(open) => !open && setMode(null)}
        />
      )}
    </div>
  )
}
