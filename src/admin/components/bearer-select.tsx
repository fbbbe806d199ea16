import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { COST_BEARERS, CostBearer } from "../lib/pipeline-types"

/** Who bears a logistics cost: enterprise, customer, carrier, branch or agent. */
export const BearerSelect = ({
  id,
  value,
  onChange,
  testId,
}: {
  id: string
  value: CostBearer | undefined
  onChange: (value: CostBearer) => void
  testId?: string
}) => {
  const { t } = useTranslation()

  return (
    <Select
      size="small"
      value={value}
      onValueChange={(next) => onChange(next as CostBearer)}
    >
      <Select.Trigger id={id} data-testid={testId}>
        <Select.Value placeholder={t("mall.bearers.placeholder")} />
      </Select.Trigger>
      <Select.Content>
        {COST_BEARERS.map((bearer) => (
          <Select.Item key={bearer} value={bearer}>
            {t(`mall.bearers.${bearer}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
