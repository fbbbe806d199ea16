import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useOrderCod } from "../../hooks/api/cod"
import { RefusedDeliveryDrawer } from "../refused-delivery-drawer"

/**
 * "Refused delivery" for a COD order whose money has not been collected
 * yet. The server decides who may record it and says why when it refuses.
 */
export const RefusedDeliveryAction = ({
  orderId,
  displayId,
  currencyCode,
}: {
  orderId: string
  displayId: number | null
  currencyCode: string
}) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const { cod } = useOrderCod(orderId)

  if (!cod?.is_cod || cod.status !== "authorized") {
    return null
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={() => setOpen(true)}
        data-testid="mall-pipeline-refused-delivery"
      >
        {t("mall.refused.action")}
      </Button>
      <RefusedDeliveryDrawer
        orderId={orderId}
        displayId={displayId}
        currencyCode={cod.currency_code ?? currencyCode}
        open={open}
        onOpenChange={setOpen}
      />
    </>
  )
}
