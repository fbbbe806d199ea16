import type {
  ContactAddress,
  ContactRecord,
  CrmMatcherStrategy,
} from "../../../types/crm"
import type { StoredContact } from "../../../types/crm-module"

/** A Medusa customer as the CRM reads it. */
export interface CrmCustomer {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
  has_account: boolean
}

/** An address as query.graph returns it for customers and orders. */
export interface GraphAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

export interface GraphCrmCustomer extends CrmCustomer {
  addresses?: (GraphAddress | null)[] | null
}

export interface GraphCrmOrder {
  id: string
  customer_id?: string | null
  email?: string | null
  shipping_address?: GraphAddress | null
  billing_address?: GraphAddress | null
}

export const crmCustomerFields = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "company_name",
  "has_account",
  "addresses.*",
]

export const crmOrderFields = [
  "id",
  "customer_id",
  "email",
  "shipping_address.*",
  "billing_address.*",
]

const clean = (value: string | null | undefined) => value?.trim() || null

const postalAddressOf = (a: GraphAddress): ContactAddress | null => {
  const address: ContactAddress = {
    address_1: clean(a.address_1),
    address_2: clean(a.address_2),
    city: clean(a.city),
    province: clean(a.province),
    postal_code: clean(a.postal_code),
    country_code: clean(a.country_code)?.toLowerCase() ?? null,
  }
  // A country alone says nothing about where the customer lives.
  return address.address_1 || address.city || address.postal_code
    ? address
    : null
}

export const addressIdentity = (a: ContactAddress) =>
  [a.address_1, a.city, a.postal_code, a.country_code]
    .map((v) => (v ?? "").trim().toLowerCase().replace(/\s+/g, " "))
    .join("|")

function unique<T>(items: T[], identity: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const id = identity(item)
    if (seen.has(id)) {
      return false
    }
    seen.add(id)
    return true
  })
}

/**
 * The customer as a record the matcher compares. A guest customer is only
 * an email: the order's shipping address gives the name, the phone and
 * where they live, so it fills what the customer row lacks. The customer's
 * own name wins over the recipient's (who may be someone else).
 */
export function customerRecordOf(
  customer: GraphCrmCustomer,
  order?: GraphCrmOrder | null
): ContactRecord {
  const orderAddresses = [
    order?.shipping_address,
    order?.billing_address,
  ].filter((a): a is GraphAddress => !!a)
  const saved = (customer.addresses ?? []).filter((a): a is GraphAddress => !!a)
  let first_name = clean(customer.first_name)
  let last_name = clean(customer.last_name)
  if (!first_name && !last_name) {
    const named = [...orderAddresses, ...saved].find(
      (a) => clean(a.first_name) || clean(a.last_name)
    )
    first_name = clean(named?.first_name)
    last_name = clean(named?.last_name)
  }
  const company_name =
    clean(customer.company_name) ??
    [...orderAddresses, ...saved].map((a) => clean(a.company)).find(Boolean) ??
    null
  const phones = unique(
    [customer.phone, ...orderAddresses.map((a) => a.phone)]
      .concat(saved.map((a) => a.phone))
      .map(clean)
      .filter((p): p is string => !!p),
    (p) => p.replace(/[^\d+]/g, "")
  )
  const emails = unique(
    [customer.email, order?.email].map(clean).filter((e): e is string => !!e),
    (e) => e.toLowerCase()
  )
  const addresses = unique(
    [...orderAddresses, ...saved]
      .map(postalAddressOf)
      .filter((a): a is ContactAddress => !!a),
    addressIdentity
  )
  return {
    kind: !first_name && !last_name && company_name ? "company" : "person",
    first_name,
    last_name,
    full_name: null,
    phones,
    emails,
    company_name,
    tax_id: null,
    addresses,
  }
}

/** A stored contact as a record (what the matcher normalises). */
export function contactRecordOf(contact: StoredContact): ContactRecord {
  return {
    kind: contact.kind,
    first_name: contact.first_name,
    last_name: contact.last_name,
    full_name: contact.full_name,
    phones: [...contact.phones],
    emails: [...contact.emails],
    company_name: contact.company_name,
    tax_id: contact.tax_id,
    addresses: [...contact.addresses],
  }
}

const blank = (value: string | null | undefined) => !value?.trim()

/**
 * The contact's record with what the incoming record adds: phones and
 * emails it does not have (compared in their normalised form, so another
 * spelling of a known phone adds nothing), new addresses, and names or a
 * company only where the contact has none. `changed` is false when nothing
 * was added, which is what makes re-running a match a no-op.
 */
export function enrichRecord(
  current: ContactRecord,
  incoming: ContactRecord,
  matcher: Pick<CrmMatcherStrategy, "normalize">
): { record: ContactRecord; changed: boolean } {
  const known = matcher.normalize(current)
  const normalizedPhone = (phone: string) =>
    matcher.normalize({
      kind: "person",
      phones: [phone],
      emails: [],
      addresses: [],
    }).phones[0]
  const normalizedEmail = (email: string) =>
    matcher.normalize({
      kind: "person",
      phones: [],
      emails: [email],
      addresses: [],
    }).emails[0]

  const phones = [...current.phones]
  const seenPhones = new Set(known.phones)
  for (const phone of incoming.phones) {
    const value = normalizedPhone(phone)
    // An invalid phone normalises to nothing: adding it would change the
    // contact on every run without making it findable.
    if (value && !seenPhones.has(value)) {
      seenPhones.add(value)
      phones.push(phone)
    }
  }
  const emails = [...current.emails]
  const seenEmails = new Set(known.emails)
  for (const email of incoming.emails) {
    const value = normalizedEmail(email)
    if (value && !seenEmails.has(value)) {
      seenEmails.add(value)
      emails.push(email)
    }
  }
  const addresses = [...current.addresses]
  const seenAddresses = new Set(addresses.map(addressIdentity))
  for (const address of incoming.addresses) {
    const id = addressIdentity(address)
    if (!seenAddresses.has(id)) {
      seenAddresses.add(id)
      addresses.push(address)
    }
  }
  const unnamed =
    blank(current.first_name) &&
    blank(current.last_name) &&
    blank(current.full_name)
  const takesName =
    unnamed &&
    !(
      blank(incoming.first_name) &&
      blank(incoming.last_name) &&
      blank(incoming.full_name)
    )
  const takesCompany =
    blank(current.company_name) && !blank(incoming.company_name)

  const record: ContactRecord = {
    ...current,
    ...(takesName
      ? {
          kind: incoming.kind,
          first_name: incoming.first_name ?? null,
          last_name: incoming.last_name ?? null,
          full_name: incoming.full_name ?? null,
        }
      : {}),
    company_name: takesCompany ? incoming.company_name : current.company_name,
    phones,
    emails,
    addresses,
  }
  const changed =
    takesName ||
    takesCompany ||
    phones.length !== current.phones.length ||
    emails.length !== current.emails.length ||
    addresses.length !== current.addresses.length
  return { record, changed }
}

/**
 * The values without those that normalise like an earlier one: "+86 138
 * 1234 5678" and "13812345678" are one phone. Values that do not normalise
 * are kept as written, once.
 */
function distinctBy(values: string[], normalize: (value: string) => string) {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = normalize(value) || `raw:${value.trim()}`
    if (seen.has(key)) {
      return false
    }
    seen.add(key)
    return true
  })
}

/** The record with each phone and email once, compared in normalised form. */
export function withDistinctValues(
  record: ContactRecord,
  matcher: Pick<CrmMatcherStrategy, "normalize">
): ContactRecord {
  const one = (phones: string[], emails: string[]) =>
    matcher.normalize({ kind: record.kind, phones, emails, addresses: [] })
  return {
    ...record,
    phones: distinctBy(record.phones, (p) => one([p], []).phones[0]),
    emails: distinctBy(record.emails, (e) => one([], [e]).emails[0]),
  }
}
