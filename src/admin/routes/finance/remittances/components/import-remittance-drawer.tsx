import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { DrawerForm } from "../../../../components/drawer-form"
import { FormField } from "../../../../components/form-field"
import { useImportRemittance } from "../../../../hooks/api/finance"
import { errorMessage } from "../../../../lib/errors"
import { StatementSource, StatementSourceInput } from "./statement-source"

type Fields = {
  carrier: string
  statement_reference: string
  bank_reference: string
  currency_code: string
}

const EMPTY: Fields = {
  carrier: "",
  statement_reference: "",
  bank_reference: "",
  currency_code: "",
}

/**
 * Imports a courier statement (CSV file or pasted CSV), then opens its
 * matching report, where finance reviews it before confirming.
 */
export const ImportRemittanceDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [fields, setFields] = useState<Fields>(EMPTY)
  const [source, setSource] = useState<StatementSource>({
    mode: "file",
    file: null,
  })
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const { mutateAsync, isPending } = useImportRemittance()

  useEffect(() => {
    if (open) {
      setFields(EMPTY)
      setSource({ mode: "file", file: null })
      setErrors({})
    }
  }, [open])

  const set = (key: keyof Fields, value: string) =>
    setFields((current) => ({ ...current, [key]: value }))

  const handleSubmit = async () => {
    const next: Partial<Record<string, string>> = {}
    if (!fields.carrier.trim()) {
      next.carrier = t("mall.finance.import.errors.carrier")
    }
    if (!fields.statement_reference.trim()) {
      next.statement_reference = t("mall.finance.import.errors.statement")
    }
    if (
      fields.currency_code.trim() &&
      !/^[a-z]{3}$/i.test(fields.currency_code.trim())
    ) {
      next.currency_code = t("mall.finance.import.errors.currency")
    }
    const file =
      source.mode === "file"
        ? source.file
        : source.text.trim()
          ? new Blob([source.text], { type: "text/csv" })
          : null
    if (!file) {
      next.source =
        source.mode === "file"
          ? t("mall.finance.import.errors.file")
          : t("mall.finance.import.errors.paste")
    }
    setErrors(next)
    if (!file || Object.keys(next).length) {
      return
    }

    try {
      const result = await mutateAsync({
        format: "csv",
        fields: {
          carrier: fields.carrier.trim(),
          statement_reference: fields.statement_reference.trim(),
          bank_reference: fields.bank_reference.trim() || undefined,
          currency_code: fields.currency_code.trim().toLowerCase() || undefined,
        },
        file,
        filename:
          source.mode === "file" && source.file
            ? source.file.name
            : "statement.csv",
      })
      if (result.already_imported) {
        toast.info(t("mall.finance.import.toast.alreadyImported"))
      } else {
        toast.success(t("mall.finance.import.toast.imported"))
      }
      onOpenChange(false)
      navigate(`/finance/remittances/${result.remittance.id}`)
    } catch (e) {
      toast.error(t("mall.finance.import.toast.failed"), {
        description: errorMessage(e),
      })
    }
  }

  const text = (
    key: keyof Fields,
    label: string,
    hint?: string,
    optional?: boolean
  ) => (
    <FormField
      id={`mall-remittance-${key}`}
      label={label}
      hint={hint}
      error={errors[key]}
      optional={optional ? t("mall.common.optional") : undefined}
    >
      <Input
        id={`mall-remittance-${key}`}
        size="small"
        value={fields[key]}
        aria-invalid={!!errors[key] || undefined}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`mall-remittance-${key}`}
      />
    </FormField>
  )

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.finance.import.title")}
      description={t("mall.finance.import.description")}
      submitLabel={t("mall.finance.import.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-import-remittance-drawer"
    >
      {text(
        "carrier",
        t("mall.finance.fields.carrier"),
        t("mall.finance.import.carrierHint")
      )}
      {text("statement_reference", t("mall.finance.fields.statementReference"))}
      {text(
        "bank_reference",
        t("mall.finance.fields.bankReference"),
        undefined,
        true
      )}
      {text(
        "currency_code",
        t("mall.finance.fields.currency"),
        t("mall.finance.import.currencyHint"),
        true
      )}
      <FormField
        id="mall-remittance-source"
        label={t("mall.finance.import.source.label")}
      >
        <StatementSourceInput
          value={source}
          onChange={setSource}
          error={errors.source}
        />
      </FormField>
    </DrawerForm>
  )
}
