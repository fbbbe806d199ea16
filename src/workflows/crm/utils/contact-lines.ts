import {
  CONTACT_CSV_COLUMNS,
  CONTACT_KINDS,
  type ContactAddress,
  type ContactKind,
  type ContactRecord,
} from "../../../types/crm"
import { readCsvTable, type CsvRecord } from "../../../utils/csv"
import { normalizeEmail, normalizePhone } from "../../../utils/crm/normalize"

export { CONTACT_CSV_COLUMNS }

/** An import larger than this is split by the sender. */
export const MAX_CONTACT_LINES = 100_000

/** One line as received, values unchecked; `line` is its place in the file or list. */
export type RawContactLine = CsvRecord

/** A line that passed its own checks. */
export interface CheckedContactLine {
  line: number
  external_id: string | null
  record: ContactRecord
}

const MAX_TEXT = 200

const text = (value: unknown) =>
  typeof value === "string"
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : ""

/** Several values in one cell or a list: "a; b", "a|b", or ["a", "b"]. */
const list = (value: unknown, separators: RegExp): string[] =>
  (Array.isArray(value) ? value.map(text) : text(value).split(separators))
    .map((v) => v.trim())
    .filter(Boolean)

const addressOf = (raw: RawContactLine): ContactAddress | null => {
  const address: ContactAddress = {
    address_1: text(raw.address_1) || null,
    address_2: text(raw.address_2) || null,
    city: text(raw.city) || null,
    province: text(raw.province) || null,
    postal_code: text(raw.postal_code) || null,
    country_code: text(raw.country_code).toLowerCase() || null,
  }
  return Object.values(address).some(Boolean) ? address : null
}

/**
 * Checks one contact line on its own and turns it into a record. Returns
 * every problem of the line at once, in words the sender can act on.
 */
export function checkContactLine(
  raw: RawContactLine,
  options: { default_country: string }
):
  | { ok: true; line: CheckedContactLine }
  | { ok: false; line: number; reason: string } {
  const problems: string[] = []
  const long = (field: string, value: string) => {
    if (value.length > MAX_TEXT) {
      problems.push(`${field} is longer than ${MAX_TEXT} characters`)
    }
    return value || null
  }
  const external_id = long("external_id", text(raw.external_id))
  const full_name = long("name", text(raw.name ?? raw.full_name))
  const first_name = long("first_name", text(raw.first_name))
  const last_name = long("last_name", text(raw.last_name))
  const company_name = long("company_name", text(raw.company_name))
  const tax_id = long("tax_id", text(raw.tax_id))

  const kindText = text(raw.kind).toLowerCase()
  let kind: ContactKind
  if (kindText) {
    if (!(CONTACT_KINDS as readonly string[]).includes(kindText)) {
      problems.push(`kind must be person or company, not "${kindText}"`)
    }
    kind = kindText as ContactKind
  } else {
    kind = company_name && !full_name && !first_name ? "company" : "person"
  }
  if (kind === "company" && !company_name) {
    problems.push("a company needs its company_name")
  }
  if (kind !== "company" && !full_name && !first_name && !last_name) {
    problems.push(
      "the name is missing: give name, or first_name and last_name (a company needs kind company and company_name)"
    )
  }

  const phones = list(raw.phones ?? raw.phone, /[;|\n]+/)
  for (const phone of phones) {
    if (!normalizePhone(phone, options.default_country)) {
      problems.push(
        `phone "${phone}" is not a phone number (write it with its country code, e.g. +86 138 0013 8000, or as a number of ${options.default_country})`
      )
    }
  }
  const emails = list(raw.emails ?? raw.email, /[;,|\s]+/)
  for (const email of emails) {
    if (!normalizeEmail(email) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      problems.push(`email "${email}" is not an email address`)
    }
  }

  const addresses: ContactAddress[] = []
  if (Array.isArray(raw.addresses)) {
    raw.addresses.forEach((a, i) => {
      const address =
        a && typeof a === "object"
          ? addressOf({ line: raw.line, ...(a as Record<string, unknown>) })
          : null
      if (address) {
        addresses.push(address)
      } else {
        problems.push(
          `addresses[${i}] must be an object with address_1, city, province, postal_code or country_code`
        )
      }
    })
  } else {
    const address = addressOf(raw)
    if (address) {
      addresses.push(address)
    }
  }
  for (const a of addresses) {
    if (a.country_code && !/^[a-z]{2}$/.test(a.country_code)) {
      problems.push(
        `country_code "${a.country_code}" is not a 2-letter ISO 3166-1 code (e.g. cn)`
      )
    }
  }

  if (problems.length) {
    return { ok: false, line: raw.line, reason: problems.join("; ") }
  }
  return {
    ok: true,
    line: {
      line: raw.line,
      external_id,
      record: {
        kind,
        full_name,
        first_name,
        last_name,
        phones,
        emails,
        company_name,
        tax_id,
        addresses,
      },
    },
  }
}

/**
 * Reads a contact import in CSV: a header naming the columns (any order;
 * name or first_name/last_name, or company_name, are needed on each row),
 * then one row per contact. Several phones or emails go in one cell,
 * separated by semicolons.
 */
export function parseContactCsv(content: string | Buffer): RawContactLine[] {
  return readCsvTable(content, {
    columns: CONTACT_CSV_COLUMNS,
    required: [],
    maxRows: MAX_CONTACT_LINES,
    row: "contact",
    batch: "an import",
  })
}
