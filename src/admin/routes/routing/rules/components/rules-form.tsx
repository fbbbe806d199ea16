import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useUpdateRoutingRules } from "../../../../hooks/api/routing"
import { errorMessage } from "../../../../lib/errors"
import type { RoutingRule, RoutingRuleId } from "../../../../lib/routing-types"
import {
  comparable,
  RuleDraft,
  RuleDraftErrors,
  toDrafts,
  toRules,
} from "./rule-drafts"
import { RuleRow } from "./rule-row"

/** Orders, switches and tunes the rules; remounted (by key) after each save. */
export const RulesForm = ({ rules }: { rules: RoutingRule[] }) => {
  const { t } = useTranslation()
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => toDrafts(rules))
  const [errors, setErrors] = useState<
    Partial<Record<RoutingRuleId, RuleDraftErrors>>
  >({})
  const { mutateAsync, isPending } = useUpdateRoutingRules()
  const isDirty = comparable(drafts) !== comparable(toDrafts(rules))

  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction
    if (target < 0 || target >= drafts.length) {
      return
    }
    const next = [...drafts]
    ;[next[index], next[target]] = [next[target], next[index]]
    setDrafts(next)
  }

  const handleSave = async () => {
    const result = toRules(drafts, t)
    setErrors(result.errors)
    if (!result.rules) {
      toast.error(t("mall.routing.rules.toast.failed"), {
        description: t("mall.cod.settings.errors.fixFields"),
      })
      return
    }
    try {
      await mutateAsync({ rules: result.rules })
      toast.success(t("mall.routing.rules.toast.saved"))
    } catch (e) {
      toast.error(t("mall.routing.rules.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  return (
    <div className="divide-y" data-testid="mall-routing-rules-form">
      <ol className="divide-y">
        {drafts.map((draft, index) => (
          <RuleRow
            key={draft.id}
            draft={draft}
            position={index + 1}
            isFirst={index === 0}
            isLast={index === drafts.length - 1}
            errors={errors[draft.id]}
            onChange={(next) =>
              setDrafts(drafts.map((d, i) => (i === index ? next : d)))
            }
            onMove={(direction) => move(index, direction)}
          />
        ))}
      </ol>
      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        <Button
          size="small"
          variant="secondary"
          disabled={!isDirty || isPending}
          onClick={() => {
            setDrafts(toDrafts(rules))
            setErrors({})
          }}
        >
          {t("mall.common.discard")}
        </Button>
        <Button
          size="small"
          isLoading={isPending}
          disabled={!isDirty}
          onClick={handleSave}
          data-testid="mall-routing-rules-save"
        >
          {t("mall.common.save")}
        </Button>
      </div>
    </div>
  )
}
