import { MedusaError } from "@medusajs/framework/utils"
import {
  BLOCKING_KEY_KINDS,
  CONTACT_KINDS,
  CONTACT_SOURCES,
  type BlockingKey,
  type ContactAddress,
  type NormalizedContact,
} from "../../../types/crm"
import type {
  CrmContactRow,
  NewContact,
  StoredContact,
} from "../../../types/crm-module"
import { dateOf } from "./sql"

/** What the matcher reads of a contact, in SQL. */
export const STORED_CONTACT_COLUMNS = [
  "id",
  "kind",
  "first_name",
  "last_name",
  "full_name",
  "display_name",
  "phones",
  "emails",
  "company_name",
  "tax_id",
  "addresses",
  "source",
  "external_id",
  "normalized",
]

export const CONTACT_ROW_COLUMNS = [
  ...STORED_CONTACT_COLUMNS,
  "merged_into_id",
  "metadata",
  "created_at",
  "updated_at",
]

type RawContact = Record<string, unknown>

export function toStoredContact(row: RawContact): StoredContact {
  return {
    id: row.id as string,
    kind: row.kind as StoredContact["kind"],
    first_name: (row.first_name as string | null) ?? null,
    last_name: (row.last_name as string | null) ?? null,
    full_name: (row.full_name as string | null) ?? null,
    display_name: (row.display_name as string | null) ?? "",
    phones: (row.phones as string[] | null) ?? [],
    emails: (row.emails as string[] | null) ?? [],
    company_name: (row.company_name as string | null) ?? null,
    tax_id: (row.tax_id as string | null) ?? null,
    addresses: (row.addresses as ContactAddress[] | null) ?? [],
    source: row.source as StoredContact["source"],
    external_id: (row.external_id as string | null) ?? null,
    normalized: row.normalized as NormalizedContact,
  }
}

export function toContactRow(row: RawContact): CrmContactRow {
  return {
    ...toStoredContact(row),
    merged_into_id: (row.merged_into_id as string | null) ?? null,
    metadata: (row.metadata as Record<string, unknown> | null) ?? null,
    created_at: dateOf(row.created_at)!,
    updated_at: dateOf(row.updated_at)!,
  }
}

const blank = (value: string | null | undefined) => !value?.trim()

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * The name shown in lists when the caller gives none: Chinese names are
 * written family name first without a space, western ones given name first.
 */
export function displayNameOf(contact: NewContact): string {
  if (!blank(contact.display_name)) {
    return contact.display_name!.trim()
  }
  if (!blank(contact.full_name)) {
    return contact.full_name!.trim()
  }
  const first = contact.first_name?.trim() ?? ""
  const last = contact.last_name?.trim() ?? ""
  if (first || last) {
    return CJK.test(first + last)
      ? `${last}${first}`
      : [first, last].filter(Boolean).join(" ")
  }
  return (
    contact.company_name?.trim() ||
    contact.emails[0]?.trim() ||
    contact.phones[0]?.trim() ||
    ""
  )
}

const KEY_KINDS = new Set<string>(BLOCKING_KEY_KINDS)

/** The keys without blanks and repeats; a kind outside the contract is refused. */
export function cleanKeys(keys: BlockingKey[], where: string): BlockingKey[] {
  const seen = new Set<string>()
  const out: BlockingKey[] = []
  for (const key of keys) {
    if (!KEY_KINDS.has(key?.kind)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${where}: blocking key kind "${key?.kind}" is not one of ${BLOCKING_KEY_KINDS.join(", ")}`
      )
    }
    if (typeof key.value !== "string" || !key.value) {
      continue
    }
    const id = `${key.kind}\u0000${key.value}`
    if (!seen.has(id)) {
      seen.add(id)
      out.push({ kind: key.kind, value: key.value })
    }
  }
  return out
}

const KINDS = new Set<string>(CONTACT_KINDS)
const SOURCES = new Set<string>(CONTACT_SOURCES)

/** Refuses what the table's checks would refuse with a 500. */
export function checkNewContact(contact: NewContact, where: string): void {
  const problems: string[] = []
  if (!KINDS.has(contact?.kind)) {
    problems.push(`kind must be one of ${CONTACT_KINDS.join(", ")}`)
  }
  if (!SOURCES.has(contact?.source)) {
    problems.push(`source must be one of ${CONTACT_SOURCES.join(", ")}`)
  }
  if (!Array.isArray(contact?.phones) || !Array.isArray(contact?.emails)) {
    problems.push("phones and emails must be lists")
  }
  if (!Array.isArray(contact?.addresses)) {
    problems.push("addresses must be a list")
  }
  if (!contact?.normalized || typeof contact.normalized !== "object") {
    problems.push("normalized is missing (normalise the record first)")
  }
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${where}: ${problems.join("; ")}`
    )
  }
}

const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, "")
const emailKey = (email: string) => email.trim().toLowerCase()
const addressKey = (address: ContactAddress) =>
  JSON.stringify(
    [
      address.address_1,
      address.address_2,
      address.city,
      address.province,
      address.postal_code,
      address.country_code,
    ].map((part) => (part ?? "").trim().toLowerCase().replace(/\s+/g, " "))
  )

function union<T>(first: T[], second: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const item of [...first, ...second]) {
    const key = keyOf(item)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(item)
    }
  }
  return out
}

/**
 * The survivor's columns after a merge: its own values first, the merged
 * contact's added without repeats (compared loosely: the caller normalises
 * afterwards), names and identifiers taken only where the survivor has none.
 */
export function mergedColumns(
  survivor: CrmContactRow,
  merged: CrmContactRow
): Partial<CrmContactRow> {
  const pick = (a: string | null, b: string | null) => (blank(a) ? b : a)
  return {
    first_name: pick(survivor.first_name, merged.first_name),
    last_name: pick(survivor.last_name, merged.last_name),
    full_name: pick(survivor.full_name, merged.full_name),
    display_name: pick(survivor.display_name, merged.display_name) ?? "",
    company_name: pick(survivor.company_name, merged.company_name),
    tax_id: pick(survivor.tax_id, merged.tax_id),
    external_id: pick(survivor.external_id, merged.external_id),
    phones: union(survivor.phones, merged.phones, phoneKey),
    emails: union(survivor.emails, merged.emails, emailKey),
    addresses: union(survivor.addresses, merged.addresses, addressKey),
    metadata:
      survivor.metadata || merged.metadata
        ? { ...(merged.metadata ?? {}), ...(survivor.metadata ?? {}) }
        : null,
  }
}
