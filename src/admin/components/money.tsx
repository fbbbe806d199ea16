import { useTranslation } from "react-i18next"
import { formatAmount } from "../lib/format"
import type { AmountsByCurrency } from "../lib/finance-types"

/** An amount in a currency, in the dashboard's language. */
export const Money = ({
  amount,
  currency,
}: {
  amount: number | null | undefined
  currency: string | null | undefined
}) => {
  const { i18n } = useTranslation()

  if (amount === null || amount === undefined) {
    return <span className="text-ui-fg-muted">—</span>
  }
  if (!currency) {
    return <span>{amount}</span>
  }
  return (
    <span className="tabular-nums">
      {formatAmount(amount, currency, i18n.language)}
    </span>
  )
}

/** Amounts in several currencies, one per line. */
export const Amounts = ({
  amounts,
}: {
  amounts: AmountsByCurrency | null | undefined
}) => {
  const entries = Object.entries(amounts ?? {})

  if (!entries.length) {
    return <span className="text-ui-fg-muted">—</span>
  }
  return (
    <span className="flex flex-col">
      {entries.map(([currency, amount]) => (
        <Money key={currency} amount={amount} currency={currency} />
      ))}
    </span>
  )
}
