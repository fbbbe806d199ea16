import { Checkbox, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  GATE_KINDS,
  GateKind,
  PAYMENT_METHOD_KINDS,
  PaymentMethodKind,
} from "../../../../lib/pipeline-types"

export type RequiredGates = Record<PaymentMethodKind, GateKind[]>

/** Which gates must pass before an order ships, per payment method. */
export const RequiredGatesMatrix = ({
  value,
  onChange,
}: {
  value: RequiredGates
  onChange: (value: RequiredGates) => void
}) => {
  const { t } = useTranslation()

  const toggle = (method: PaymentMethodKind, kind: GateKind, on: boolean) => {
    const current = value[method]
    const next = on
      ? GATE_KINDS.filter((k) => k === kind || current.includes(k))
      : current.filter((k) => k !== kind)
    onChange({ ...value, [method]: next })
  }

  return (
    <Table data-testid="mall-pipeline-required-gates">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("mall.pipelineSettings.gate")}</Table.HeaderCell>
          {PAYMENT_METHOD_KINDS.map((method) => (
            <Table.HeaderCell key={method} className="text-center">
              {t(`mall.pipeline.paymentMethod.${method}`)}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {GATE_KINDS.map((kind) => (
          <Table.Row key={kind}>
            <Table.Cell>{t(`mall.pipeline.kinds.${kind}`)}</Table.Cell>
            {PAYMENT_METHOD_KINDS.map((method) => (
              <Table.Cell key={method} className="text-center">
                <Checkbox
                  className="mx-auto"
                  checked={value[method].includes(kind)}
                  onCheckedChange={(checked) =>
                    toggle(method, kind, checked === true)
                  }
                  aria-label={t("mall.pipelineSettings.requiredFor", {
                    gate: t(`mall.pipeline.kinds.${kind}`),
                    method: t(`mall.pipeline.paymentMethod.${method}`),
                  })}
                  data-testid={`mall-pipeline-required-${method}-${kind}`}
                />
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
