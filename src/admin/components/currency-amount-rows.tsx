import { PlusMini, Trash } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export type CurrencyAmountRow = {
  /** Stable React key of the row; not sent to the server. */
  key: string
  currency: string
  amount: string
}

export type CurrencyAmountRowError = {
  currency?: string
  amount?: string
}

type CurrencyAmountRowsProps = {
  name: string
  rows: CurrencyAmountRow[]
  errors?: Record<string, CurrencyAmountRowError>
  onChange: (rows: CurrencyAmountRow[]) => void
  "aria-describedby"?: string
  /** Prefix of the rows' test ids (`mall-cod` unless told). */
  testIdPrefix?: string
}

let rowCounter = 0
export const newRowKey = () => `row-${++rowCounter}`

/** Editable rows of a currency code and an amount in that currency. */
export const CurrencyAmountRows = ({
  name,
  rows,
  errors = {},
  onChange,
  "aria-describedby": describedBy,
  testIdPrefix = "mall-cod",
}: CurrencyAmountRowsProps) => {
  const { t } = useTranslation()
  const testId = `${testIdPrefix}-${name}`

  const update = (key: string, patch: Partial<CurrencyAmountRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <div className="flex flex-col gap-y-3" data-testid={testId}>
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t("mall.cod.settings.currencyRows.empty")}
        </Text>
      )}
      {rows.map((row, index) => {
        const error = errors[row.key]
        const currencyId = `${name}-${index}-currency`
        const amountId = `${name}-${index}-amount`

        return (
          <div
            key={row.key}
            className="flex flex-col gap-y-1"
            data-testid={`${testId}-row`}
          >
            <div className="grid grid-cols-[6rem_minmax(0,16rem)_auto] items-center justify-start gap-x-2">
              <Input
                id={currencyId}
                size="small"
                value={row.currency}
                maxLength={3}
                placeholder={t(
                  "mall.cod.settings.currencyRows.currencyPlaceholder"
                )}
                aria-label={t("mall.cod.settings.currencyRows.currency")}
                aria-invalid={!!error?.currency || undefined}
                aria-describedby={describedBy}
                data-testid={`${testId}-currency`}
                onChange={(event) =>
                  update(row.key, {
                    currency: event.target.value.trim().toLowerCase(),
                  })
                }
              />
              <Input
                id={amountId}
                size="small"
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                value={row.amount}
                aria-label={t("mall.cod.settings.currencyRows.amount")}
                aria-invalid={!!error?.amount || undefined}
                aria-describedby={describedBy}
                data-testid={`${testId}-amount`}
                onChange={(event) =>
                  update(row.key, { amount: event.target.value })
                }
              />
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                aria-label={t("mall.cod.settings.currencyRows.remove", {
                  currency: row.currency.toUpperCase() || "…",
                })}
                onClick={() =>
                  onChange(rows.filter((other) => other.key !== row.key))
                }
              >
                <Trash />
              </IconButton>
            </div>
            {error?.currency && <Hint variant="error">{error.currency}</Hint>}
            {error?.amount && <Hint variant="error">{error.amount}</Hint>}
          </div>
        )
      })}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          data-testid={`${testId}-add`}
          onClick={() =>
            onChange([...rows, { key: newRowKey(), currency: "", amount: "" }])
          }
        >
          <PlusMini />
          {t("mall.cod.settings.currencyRows.add")}
        </Button>
      </div>
    </div>
  )
}
