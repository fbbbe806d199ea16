import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/date"
import type {
  AdminOrderPipeline,
  AdminReleaseGate,
  DepartmentRole,
} from "../../lib/pipeline-types"
import { GATE_STATUS_COLORS } from "../../lib/status-colors"
import { MallStatusBadge } from "../mall-status-badge"
import { GateActions } from "./gate-actions"

type GateRowProps = {
  pipeline: AdminOrderPipeline
  gate: AdminReleaseGate
  role: DepartmentRole | null
  userLabel: (id: string | null) => string | null
}

/** One release gate: owner, status, SLA, the decision and its reason. */
export const GateRow = ({ pipeline, gate, role, userLabel }: GateRowProps) => {
  const { t, i18n } = useTranslation()
  const when = (value: string | null) => formatDateTime(value, i18n.language)
  const decidedBy = userLabel(gate.decided_by)

  return (
    <li
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid="mall-pipeline-gate"
      data-kind={gate.kind}
      data-status={gate.status}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" weight="plus" leading="compact">
            {t(`mall.pipeline.kinds.${gate.kind}`, {
              defaultValue: gate.kind,
            })}
          </Text>
          <Badge size="2xsmall" color="grey">
            {t(`mall.departments.names.${gate.department}`, {
              defaultValue: gate.department,
            })}
          </Badge>
          {!gate.required && (
            <Badge size="2xsmall" color="grey">
              {t("mall.pipeline.gate.notRequired")}
            </Badge>
          )}
          {gate.overdue && (
            <Badge
              size="2xsmall"
              color="red"
              data-testid="mall-pipeline-gate-overdue"
            >
              {t("mall.pipeline.gate.overdue")}
            </Badge>
          )}
        </div>
        <MallStatusBadge
          status={gate.status}
          colors={GATE_STATUS_COLORS}
          labelPrefix="mall.pipeline.status"
          testId="mall-pipeline-gate-status"
        />
      </div>
      <div className="text-ui-fg-subtle flex flex-col gap-y-1">
        {gate.status === "pending" && gate.due_at && (
          <Text size="xsmall" leading="compact">
            {t("mall.pipeline.gate.dueAt", { date: when(gate.due_at) })}
          </Text>
        )}
        {gate.decided_at && (
          <Text
            size="xsmall"
            leading="compact"
            data-testid="mall-pipeline-gate-decision"
          >
            {decidedBy
              ? t(`mall.pipeline.gate.decidedBy.${gate.status}`, {
                  user: decidedBy,
                  date: when(gate.decided_at),
                })
              : t(`mall.pipeline.gate.decidedAt.${gate.status}`, {
                  date: when(gate.decided_at),
                })}
          </Text>
        )}
        {gate.reason && (
          <Text
            size="xsmall"
            leading="compact"
            className="text-ui-fg-base italic"
          >
            “{gate.reason}”
          </Text>
        )}
      </div>
      <GateActions pipeline={pipeline} gate={gate} role={role} />
    </li>
  )
}
