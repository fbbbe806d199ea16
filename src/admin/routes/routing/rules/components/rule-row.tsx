import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import {
  Badge,
  IconButton,
  Input,
  Label,
  Switch,
  Text,
  clx,
} from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CurrencyAmountRows } from "../../../../components/currency-amount-rows"
import { FormField } from "../../../../components/form-field"
import { RuleDraft, RuleDraftErrors, ruleRole } from "./rule-drafts"

const ROLE_COLORS = {
  filter: "orange",
  ranker: "blue",
  allocation: "purple",
  fallback: "grey",
} as const

type RuleRowProps = {
  draft: RuleDraft
  position: number
  isFirst: boolean
  isLast: boolean
  errors?: RuleDraftErrors
  onChange: (draft: RuleDraft) => void
  onMove: (direction: -1 | 1) => void
}

/** One rule: its place, switch, explanation and parameters. */
export const RuleRow = ({
  draft,
  position,
  isFirst,
  isLast,
  errors,
  onChange,
  onMove,
}: RuleRowProps) => {
  const { t } = useTranslation()
  const id = `mall-rule-${draft.id}`
  const name = t(`mall.routing.rules.names.${draft.id}`)
  const role = ruleRole(draft)
  const explanation =
    draft.id === "service_area"
      ? t(
          `mall.routing.rules.explain.${
            draft.strict ? "service_area_strict" : "service_area_ranked"
          }`
        )
      : t(`mall.routing.rules.explain.${draft.id}`)

  const set = (patch: Partial<RuleDraft>) => onChange({ ...draft, ...patch })

  return (
    <li
      className="flex items-start gap-x-4 px-6 py-4"
      data-testid="mall-routing-rule"
      data-rule={draft.id}
      data-enabled={draft.enabled}
    >
      <span
        className={clx(
          "txt-compact-xsmall-plus mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full tabular-nums",
          draft.enabled
            ? "bg-ui-tag-blue-bg text-ui-tag-blue-text"
            : "bg-ui-bg-component text-ui-fg-muted"
        )}
        aria-hidden
      >
        {position}
      </span>
      <div
        className={clx(
          "flex min-w-0 flex-1 flex-col gap-y-3",
          !draft.enabled && "opacity-60"
        )}
      >
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Label htmlFor={`${id}-enabled`} size="small" weight="plus">
              {name}
            </Label>
            <Badge size="2xsmall" color={ROLE_COLORS[role]}>
              {t(`mall.routing.rules.roles.${role}`)}
            </Badge>
          </div>
          <Text
            size="small"
            className="text-ui-fg-subtle"
            data-testid="mall-routing-rule-explanation"
          >
            {explanation}
          </Text>
        </div>

        {draft.id === "service_area" && (
          <div className="flex items-center gap-x-2">
            <Switch
              id={`${id}-strict`}
              size="small"
              checked={draft.strict}
              onCheckedChange={(strict) => set({ strict })}
              data-testid={`${id}-strict`}
            />
            <Label htmlFor={`${id}-strict`} size="small">
              {t("mall.routing.rules.params.strict")}
            </Label>
          </div>
        )}

        {draft.id === "fewest_splits" && (
          <div className="max-w-xs">
            <FormField
              id={`${id}-max-splits`}
              label={t("mall.routing.rules.params.maxSplits")}
              hint={t("mall.routing.rules.params.maxSplitsHint")}
              error={errors?.max_splits}
            >
              <Input
                id={`${id}-max-splits`}
                size="small"
                className="w-24"
                type="number"
                min={0}
                max={10}
                step={1}
                value={draft.max_splits}
                aria-invalid={!!errors?.max_splits || undefined}
                onChange={(event) => set({ max_splits: event.target.value })}
                data-testid={`${id}-max-splits`}
              />
            </FormField>
          </div>
        )}

        {draft.id === "nearest" && (
          <div className="max-w-xs">
            <FormField
              id={`${id}-max-distance`}
              label={t("mall.routing.rules.params.maxDistance")}
              hint={t("mall.routing.rules.params.maxDistanceHint")}
              error={errors?.max_distance_km}
            >
              <div className="flex items-center gap-x-2">
                <Input
                  id={`${id}-max-distance`}
                  size="small"
                  className="w-32"
                  type="number"
                  min={0}
                  step="any"
                  value={draft.max_distance_km}
                  placeholder={t("mall.routing.rules.params.noLimit")}
                  aria-invalid={!!errors?.max_distance_km || undefined}
                  onChange={(event) =>
                    set({ max_distance_km: event.target.value })
                  }
                  data-testid={`${id}-max-distance`}
                />
                <Text size="small" className="text-ui-fg-subtle">
                  {t("mall.routing.rules.params.km")}
                </Text>
              </div>
            </FormField>
          </div>
        )}

        {draft.id === "min_split_value" && (
          <div className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">
              {t("mall.routing.rules.params.amounts")}
            </Text>
            <CurrencyAmountRows
              name="min-split-value"
              testIdPrefix="mall-rule"
              rows={draft.amounts}
              errors={errors?.amounts}
              onChange={(amounts) => set({ amounts })}
            />
          </div>
        )}
      </div>
      <div className="flex shrink-0 items-center gap-x-1">
        <Switch
          id={`${id}-enabled`}
          checked={draft.enabled}
          onCheckedChange={(enabled) => set({ enabled })}
          aria-label={t("mall.routing.rules.enable", { rule: name })}
          data-testid={`${id}-enabled`}
        />
        <IconButton
          type="button"
          size="small"
          variant="transparent"
          className="ml-2"
          disabled={isFirst}
          onClick={() => onMove(-1)}
          aria-label={t("mall.routing.rules.moveUp", { rule: name })}
          data-testid={`${id}-up`}
        >
          <ArrowUpMini />
        </IconButton>
        <IconButton
          type="button"
          size="small"
          variant="transparent"
          disabled={isLast}
          onClick={() => onMove(1)}
          aria-label={t("mall.routing.rules.moveDown", { rule: name })}
          data-testid={`${id}-down`}
        >
          <ArrowDownMini />
        </IconButton>
      </div>
    </li>
  )
}
