import type { useTranslation } from "react-i18next"
import {
  CurrencyAmountRow,
  CurrencyAmountRowError,
  newRowKey,
} from "../../../../components/currency-amount-rows"
import {
  ROUTING_RULE_IDS,
  RoutingRule,
  RoutingRuleId,
} from "../../../../lib/routing-types"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** One rule as the editor holds it; numbers stay text until saved. */
export type RuleDraft = {
  id: RoutingRuleId
  enabled: boolean
  /** service_area */
  strict: boolean
  /** fewest_splits */
  max_splits: string
  /** nearest; empty is no limit */
  max_distance_km: string
  /** min_split_value */
  amounts: CurrencyAmountRow[]
}

export type RuleDraftErrors = {
  max_splits?: string
  max_distance_km?: string
  amounts?: Record<string, CurrencyAmountRowError>
}

/** What each rule does to the candidates, for its badge. */
export const ruleRole = (draft: RuleDraft) => {
  switch (draft.id) {
    case "service_area":
      return draft.strict ? "filter" : "ranker"
    case "capacity":
      return "filter"
    case "nearest":
    case "priority":
      return "ranker"
    case "fewest_splits":
    case "min_split_value":
      return "allocation"
    case "hq_fallback":
      return "fallback"
  }
}

const emptyDraft = (id: RoutingRuleId): RuleDraft => ({
  id,
  enabled: false,
  strict: false,
  max_splits: "1",
  max_distance_km: "",
  amounts: [],
})

export const toDraft = (rule: RoutingRule): RuleDraft => {
  const draft = { ...emptyDraft(rule.id), enabled: rule.enabled }
  switch (rule.id) {
    case "service_area":
      return { ...draft, strict: rule.params.strict }
    case "fewest_splits":
      return { ...draft, max_splits: String(rule.params.max_splits) }
    case "nearest":
      return {
        ...draft,
        max_distance_km:
          rule.params.max_distance_km === null
            ? ""
            : String(rule.params.max_distance_km),
      }
    case "min_split_value":
      return {
        ...draft,
        amounts: Object.entries(rule.params.amounts ?? {}).map(
          ([currency, amount]) => ({
            key: newRowKey(),
            currency,
            amount: String(amount),
          })
        ),
      }
    default:
      return draft
  }
}

/**
 * The rules in their saved order, then any rule the list leaves out
 * (switched off), so every rule can be placed and turned on.
 */
export const toDrafts = (rules: RoutingRule[]): RuleDraft[] => {
  const drafts = rules.map(toDraft)
  for (const id of ROUTING_RULE_IDS) {
    if (!drafts.some((draft) => draft.id === id)) {
      drafts.push(emptyDraft(id))
    }
  }
  return drafts
}

/** The drafts without row keys, to tell whether anything changed. */
export const comparable = (drafts: RuleDraft[]) =>
  JSON.stringify(
    drafts.map((draft) => ({
      ...draft,
      amounts: draft.amounts.map(({ currency, amount }) => [currency, amount]),
    }))
  )

const toRule = (
  draft: RuleDraft,
  t: TFunction
): { rule: RoutingRule | null; errors: RuleDraftErrors } => {
  const { id, enabled } = draft
  const errors: RuleDraftErrors = {}

  switch (id) {
    case "service_area":
      return { rule: { id, enabled, params: { strict: draft.strict } }, errors }
    case "fewest_splits": {
      const value = Number(draft.max_splits)
      if (
        !draft.max_splits.trim() ||
        !Number.isInteger(value) ||
        value < 0 ||
        value > 10
      ) {
        errors.max_splits = t("mall.routing.rules.errors.maxSplits")
        return { rule: null, errors }
      }
      return { rule: { id, enabled, params: { max_splits: value } }, errors }
    }
    case "nearest": {
      const text = draft.max_distance_km.trim()
      const value = Number(text)
      if (text && (!Number.isFinite(value) || value <= 0)) {
        errors.max_distance_km = t("mall.routing.rules.errors.maxDistance")
        return { rule: null, errors }
      }
      return {
        rule: {
          id,
          enabled,
          params: { max_distance_km: text ? value : null },
        },
        errors,
      }
    }
    case "min_split_value": {
      const amounts: Record<string, number> = {}
      const rowErrors: Record<string, CurrencyAmountRowError> = {}
      for (const row of draft.amounts) {
        if (!row.currency.trim() && !row.amount.trim()) {
          continue
        }
        const currency = row.currency.trim().toLowerCase()
        const amount = Number(row.amount)
        const error: CurrencyAmountRowError = {}
        if (!/^[a-z]{3}$/.test(currency)) {
          error.currency = t("mall.cod.settings.errors.currencyCode")
        } else if (currency in amounts) {
          error.currency = t("mall.cod.settings.errors.duplicateCurrency", {
            currency: currency.toUpperCase(),
          })
        }
        if (!row.amount.trim() || !Number.isFinite(amount) || amount < 0) {
          error.amount = t("mall.cod.settings.errors.amount")
        }
        if (error.currency || error.amount) {
          rowErrors[row.key] = error
        } else {
          amounts[currency] = amount
        }
      }
      if (Object.keys(rowErrors).length) {
        errors.amounts = rowErrors
        return { rule: null, errors }
      }
      return { rule: { id, enabled, params: { amounts } }, errors }
    }
    default:
      return { rule: { id, enabled, params: {} } as RoutingRule, errors }
  }
}

/** Checks the formats and builds the ordered list to save. */
export const toRules = (
  drafts: RuleDraft[],
  t: TFunction
): {
  rules: RoutingRule[] | null
  errors: Partial<Record<RoutingRuleId, RuleDraftErrors>>
} => {
  const rules: RoutingRule[] = []
  const errors: Partial<Record<RoutingRuleId, RuleDraftErrors>> = {}
  for (const draft of drafts) {
    const result = toRule(draft, t)
    if (result.rule) {
      rules.push(result.rule)
    } else {
      errors[draft.id] = result.errors
    }
  }
  return { rules: Object.keys(errors).length ? null : rules, errors }
}
