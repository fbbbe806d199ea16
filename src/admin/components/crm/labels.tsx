import { BuildingsMini, UserMini } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type {
  ContactAddress,
  ContactKind,
  ContactRecord,
  ContactSource,
} from "../../lib/crm-types"
import { toIntlLocale } from "../../lib/format"

const SOURCE_COLORS: Record<ContactSource, "orange" | "blue"> = {
  offline_import: "orange",
  online: "blue",
}

/** Person or company, with its icon. */
export const KindLabel = ({ kind }: { kind: ContactKind }) => {
  const { t } = useTranslation()
  const Icon = kind === "company" ? BuildingsMini : UserMini
  return (
    <span
      className="txt-compact-small text-ui-fg-subtle inline-flex items-center gap-x-1 whitespace-nowrap"
      data-testid="mall-crm-kind"
      data-kind={kind}
    >
      <Icon className="text-ui-fg-muted" />
      {t(`mall.crm.kinds.${kind}`, { defaultValue: kind })}
    </span>
  )
}

/** Where a contact came from: an offline import or an online customer. */
export const SourceBadge = ({ source }: { source: ContactSource }) => {
  const { t } = useTranslation()
  return (
    <Badge
      size="2xsmall"
      color={SOURCE_COLORS[source] ?? "grey"}
      className="whitespace-nowrap"
      data-testid="mall-crm-source"
      data-source={source}
    >
      {t(`mall.crm.sources.${source}`, { defaultValue: source })}
    </Badge>
  )
}

/** A score of 0..1 as a percentage in the dashboard's language: "92%". */
export const useFormatScore = () => {
  const { i18n } = useTranslation()
  const format = new Intl.NumberFormat(toIntlLocale(i18n.language), {
    style: "percent",
    maximumFractionDigits: 0,
  })
  return (score: number | null | undefined) =>
    score === null || score === undefined ? "—" : format.format(score)
}

/**
 * The first values of a list (phones, emails) and how many more there are;
 * every value in the tooltip.
 */
export const ValueList = ({
  values,
  shown = 1,
  mono,
}: {
  values: string[]
  shown?: number
  mono?: boolean
}) => {
  const { t } = useTranslation()
  if (!values.length) {
    return <span className="text-ui-fg-muted">—</span>
  }
  const rest = values.length - shown
  return (
    <div className="flex flex-col" title={values.join("\n")}>
      {values.slice(0, shown).map((value) => (
        <Text
          key={value}
          size="small"
          leading="compact"
          className={`max-w-[11rem] truncate ${mono ? "tabular-nums" : ""}`}
        >
          {value}
        </Text>
      ))}
      {rest > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("mall.crm.more", { count: rest })}
        </Text>
      )}
    </div>
  )
}

/** An address on one or two lines, as a Chinese or Western envelope reads. */
export const formatAddress = (address: ContactAddress): string[] => {
  const street = [address.address_1, address.address_2]
    .filter(Boolean)
    .join(", ")
  const place = [
    address.city,
    address.province,
    address.postal_code,
    address.country_code?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")
  return [street, place].filter(Boolean)
}

/** How to name a compared record: its name, else its company, email or phone. */
export const recordName = (record: ContactRecord): string | null =>
  record.full_name ||
  personName(record.first_name, record.last_name) ||
  record.company_name ||
  record.emails?.[0] ||
  record.phones?.[0] ||
  null

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * A person's name in the order its script writes it: family name first and
 * no space in Chinese ("王芳"), given name first otherwise ("Fang Wang").
 */
export const personName = (
  first: string | null | undefined,
  last: string | null | undefined
): string =>
  CJK.test(`${first ?? ""}${last ?? ""}`)
    ? `${last ?? ""}${first ?? ""}`
    : [first, last].filter(Boolean).join(" ")
