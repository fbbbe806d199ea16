import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ConfirmPaymentDrawer } from "../../../../components/confirm-payment-drawer"
import { RejectPaymentDrawer } from "../../../../components/reject-payment-drawer"
import type { AdminPaymentConfirmation } from "../../../../lib/finance-types"

/** Confirm and Reject buttons of a pending confirmation, with their drawers. */
export const ConfirmationActions = ({
  confirmation,
}: {
  confirmation: AdminPaymentConfirmation
}) => {
  const { t } = useTranslation()
  const [drawer, setDrawer] = useState<"confirm" | "reject" | null>(null)

  if (confirmation.status !== "pending") {
    return null
  }

  return (
    <div className="flex items-center justify-end gap-x-2 p-px">
      <Button
        size="small"
        variant="transparent"
        onClick={() => setDrawer("reject")}
        data-testid="mall-confirmation-reject"
      >
        {t("mall.finance.reject.action")}
      </Button>
      <Button
        size="small"
        variant="secondary"
        onClick={() => setDrawer("confirm")}
        data-testid="mall-confirmation-confirm"
      >
        {t("mall.finance.confirm.shortAction")}
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
    </div>
  )
}
