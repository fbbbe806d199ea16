import { MagnifyingGlass } from "@medusajs/icons"
import { Alert, Input, Skeleton, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerForm } from "../../../../../components/drawer-form"
import { FormField } from "../../../../../components/form-field"
import { KindLabel, SourceBadge } from "../../../../../components/crm/labels"
import {
  useCrmContact,
  useCrmContacts,
  useMergeCrmContacts,
} from "../../../../../hooks/api/crm"
import type { AdminCrmContact } from "../../../../../lib/crm-types"
import { errorMessage } from "../../../../../lib/errors"

/** "陈静 (BT-CRM-1001)": the name, and the CRM's id when there is one. */
const contactLabel = (contact: {
  display_name: string
  external_id: string | null
}) =>
  contact.external_id
    ? `${contact.display_name} (${contact.external_id})`
    : contact.display_name

/** A contact to pick: its name, kind, source and how to reach it. */
const ContactOption = ({
  contact,
  selected,
  onSelect,
}: {
  contact: AdminCrmContact
  selected: boolean
  onSelect: () => void
}) => (
  <button
    type="button"
    role="radio"
    aria-checked={selected}
    onClick={onSelect}
    className={`flex w-full flex-col gap-y-1 rounded-lg px-3 py-2 text-left outline-none transition-colors focus-visible:shadow-borders-focus ${
      selected
        ? "bg-ui-bg-highlight shadow-borders-interactive-with-active"
        : "shadow-borders-base bg-ui-bg-base hover:bg-ui-bg-base-hover"
    }`}
    data-testid="mall-crm-merge-option"
    data-id={contact.id}
  >
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" weight="plus" leading="compact" className="truncate">
        {contact.display_name}
      </Text>
      <SourceBadge source={contact.source} />
    </div>
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5">
      <KindLabel kind={contact.kind} />
      <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
        {[...contact.phones, ...contact.emails].slice(0, 3).join(" · ") || "—"}
      </Text>
      {contact.external_id && (
        <Text size="xsmall" className="text-ui-fg-subtle font-mono">
          {contact.external_id}
        </Text>
      )}
    </div>
  </button>
)

/**
 * Merges another contact into this one: pick it by a phone, email or name,
 * say why. Its customers, phones, emails and addresses move here; it is
 * kept, pointing here. Customers themselves are never merged.
 */
export const MergeContactDrawer = ({
  contact,
  open,
  onOpenChange,
  preselected,
}: {
  /** The contact that stays. */
  contact: AdminCrmContact
  open: boolean
  onOpenChange: (open: boolean) => void
  /** A contact to merge picked beforehand (a match candidate). */
  preselected?: { id: string; name: string | null } | null
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [selectedId, setSelectedId] = useState<string>()
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<{
    contact?: string
    reason?: string
    server?: string
  }>({})
  const { mutateAsync, isPending } = useMergeCrmContacts(contact.id)
  const results = useCrmContacts(
    { q: q || undefined, limit: 8 },
    { enabled: open }
  )
  // The picked contact, when the search no longer lists it.
  const picked = useCrmContact(selectedId ?? "", {
    enabled: open && !!selectedId,
    staleTime: 60_000,
  })

  useEffect(() => {
    if (open) {
      setSearch("")
      setQ("")
      setSelectedId(preselected?.id)
      setReason("")
      setErrors({})
    }
  }, [open, preselected])

  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])

  const options = (results.contacts ?? []).filter((c) => c.id !== contact.id)
  const selected =
    options.find((c) => c.id === selectedId) ??
    (picked.contact?.id === selectedId ? picked.contact : undefined)
  const selectedName = selected
    ? contactLabel(selected)
    : preselected?.id === selectedId
      ? preselected?.name
      : null

  const handleSubmit = async () => {
    const next: typeof errors = {}
    if (!selectedId) {
      next.contact = t("mall.crm.merge.errors.contact")
    }
    if (!reason.trim()) {
      next.reason = t("mall.crm.merge.errors.reason")
    }
    setErrors(next)
    if (!selectedId || Object.keys(next).length) {
      return
    }
    try {
      const { merged_contact, moved } = await mutateAsync({
        contact_id: selectedId,
        reason: reason.trim(),
      })
      toast.success(t("mall.crm.merge.toast.done"), {
        description: t("mall.crm.merge.toast.description", {
          merged: merged_contact
            ? contactLabel(merged_contact)
            : (selectedName ?? selectedId),
          survivor: contactLabel(contact),
          count: moved?.customer_links ?? 0,
        }),
      })
      onOpenChange(false)
    } catch (e) {
      const message = errorMessage(e)
      setErrors({ server: message })
      toast.error(t("mall.crm.merge.toast.failed"), { description: message })
    }
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={t("mall.crm.merge.title", { name: contact.display_name })}
      description={t("mall.crm.merge.description")}
      submitLabel={t("mall.crm.merge.submit")}
      isSubmitting={isPending}
      onSubmit={handleSubmit}
      testId="mall-crm-merge-drawer"
    >
      <FormField
        id="mall-crm-merge-search"
        label={t("mall.crm.merge.pick")}
        hint={t("mall.crm.merge.pickHint")}
        error={errors.contact}
      >
        <div className="flex flex-col gap-y-2">
          <Input
            id="mall-crm-merge-search"
            size="small"
            type="search"
            value={search}
            placeholder={t("mall.crm.filters.search")}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="mall-crm-merge-search"
          />
          <div
            role="radiogroup"
            aria-label={t("mall.crm.merge.pick")}
            className="flex flex-col gap-y-2"
          >
            {results.isPending ? (
              <>
                <Skeleton className="h-14 w-full" />
                <Skeleton className="h-14 w-full" />
              </>
            ) : options.length ? (
              options.map((option) => (
                <ContactOption
                  key={option.id}
                  contact={option}
                  selected={option.id === selectedId}
                  onSelect={() => {
                    setSelectedId(option.id)
                    setErrors((e) => ({ ...e, contact: undefined }))
                  }}
                />
              ))
            ) : (
              <div className="text-ui-fg-muted flex items-center gap-x-2 px-1 py-2">
                <MagnifyingGlass />
                <Text size="small">{t("mall.crm.merge.noResults")}</Text>
              </div>
            )}
          </div>
        </div>
      </FormField>
      {selectedId && (
        <Alert variant="info" data-testid="mall-crm-merge-summary">
          <Text size="small">
            {t("mall.crm.merge.summary", {
              merged: selectedName ?? selectedId,
              survivor: contactLabel(contact),
            })}
          </Text>
        </Alert>
      )}
      <FormField
        id="mall-crm-merge-reason"
        label={t("mall.crm.merge.reason")}
        hint={t("mall.crm.merge.reasonHint")}
        error={errors.reason}
      >
        <Textarea
          id="mall-crm-merge-reason"
          rows={3}
          value={reason}
          aria-invalid={!!errors.reason || undefined}
          onChange={(event) => {
            setReason(event.target.value)
            setErrors((e) => ({ ...e, reason: undefined }))
          }}
          data-testid="mall-crm-merge-reason"
        />
      </FormField>
      {errors.server && (
        <Alert variant="error" data-testid="mall-crm-merge-error">
          <Text size="small">{errors.server}</Text>
        </Alert>
      )}
    </DrawerForm>
  )
}
