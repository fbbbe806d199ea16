import type { FieldEvidence, NormalizedContact } from "../../types/crm"
import { evidence, missing, shared } from "./evidence"
import type { MatchWeights } from "./match-weights"
import { bigramDice, damerauLevenshtein, oneEditApart } from "./similarity"

/**
 * Comparisons of the contact fields other than the name: each returns the
 * evidence for its field, with the points its code earns.
 */

export function comparePhones(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): FieldEvidence {
  if (!l.phones.length || !r.phones.length) {
    return missing("phone", "a phone", l.phones, r.phones)
  }
  const same = shared(l.phones, r.phones)
  if (same) {
    return evidence(
      "phone",
      "exact",
      1,
      w.phone.exact,
      same,
      same,
      `Both records have the phone ${same}.`
    )
  }
  for (const a of l.phones) {
    for (const b of r.phones) {
      // Same length and country: one digit wrong or two swapped.
      if (
        a.length >= 10 &&
        a.charCodeAt(2) === b.charCodeAt(2) &&
        oneEditApart(a, b)
      ) {
        return evidence(
          "phone",
          "typo",
          0.9,
          w.phone.typo,
          a,
          b,
          `The phones ${a} and ${b} differ by one digit, likely a typing error.`
        )
      }
    }
  }
  return evidence(
    "phone",
    "differs",
    0,
    w.phone.differs,
    l.phones[0],
    r.phones[0],
    "The records have no phone in common."
  )
}

function splitEmail(email: string): [string, string] {
  const at = email.lastIndexOf("@")
  return [email.slice(0, at), email.slice(at + 1)]
}

const DIGITS = /\d/g
const ALL_DIGITS = /^\d+$/

export function compareEmails(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): FieldEvidence {
  if (!l.emails.length || !r.emails.length) {
    return missing("email", "an e-mail", l.emails, r.emails)
  }
  const same = shared(l.emails, r.emails)
  if (same) {
    return evidence(
      "email",
      "exact",
      1,
      w.email.exact,
      same,
      same,
      `Both records have the e-mail ${same}.`
    )
  }
  let variant: FieldEvidence | null = null
  for (const a of l.emails) {
    const [localA, domainA] = splitEmail(a)
    for (const b of r.emails) {
      const [localB, domainB] = splitEmail(b)
      if (domainA === domainB) {
        // wang.wei1@ and wang.wei2@ are two accounts, not a typo. A QQ
        // number one digit off is somebody else's account too, but nobody's
        // in the same household: there it is the same number mistyped.
        if (
          Math.min(localA.length, localB.length) >= 5 &&
          damerauLevenshtein(localA, localB, 1) === 1 &&
          (localA.replace(DIGITS, "") !== localB.replace(DIGITS, "") ||
            (ALL_DIGITS.test(localA) && ALL_DIGITS.test(localB)))
        ) {
          return evidence(
            "email",
            "typo",
            0.9,
            w.email.typo,
            a,
            b,
            `The e-mails ${a} and ${b} differ by one character, likely a typing error.`
          )
        }
      } else if (localA === localB && localA.length >= 5) {
        if (damerauLevenshtein(domainA, domainB, 1) === 1) {
          return evidence(
            "email",
            "typo",
            0.9,
            w.email.typo,
            a,
            b,
            `The e-mails ${a} and ${b} differ by a mistyped domain.`
          )
        }
        variant ??= evidence(
          "email",
          "variant",
          0.6,
          w.email.variant,
          a,
          b,
          `The e-mails ${a} and ${b} share the user name at different providers.`
        )
      }
    }
  }
  return (
    variant ??
    evidence(
      "email",
      "differs",
      0,
      w.email.differs,
      l.emails[0],
      r.emails[0],
      "The records have no e-mail in common."
    )
  )
}

export function compareCompanies(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): FieldEvidence {
  const a = l.company
  const b = r.company
  if (!a || !b) {
    return missing("company", "a company name", a ? [a] : [], b ? [b] : [])
  }
  const factor =
    l.kind === "company" || r.kind === "company" ? 1 : w.company.person_factor
  if (a === b) {
    return evidence(
      "company",
      "exact",
      1,
      w.company.exact * factor,
      a,
      b,
      "The company names are the same (legal suffixes ignored)."
    )
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const cjk = /[^\x20-\x7e]/.test(short)
  if (short.length >= (cjk ? 2 : 4) && long.includes(short)) {
    return evidence(
      "company",
      "variant",
      short.length / long.length,
      w.company.variant * factor,
      a,
      b,
      "One company name contains the other (a region or a word left out)."
    )
  }
  const allowed = short.length >= 10 ? 2 : short.length >= 5 ? 1 : 0
  const distance = allowed ? damerauLevenshtein(a, b, allowed) : allowed + 1
  if (distance <= allowed) {
    return evidence(
      "company",
      "typo",
      1 - distance / long.length,
      w.company.typo * factor,
      a,
      b,
      "The company names differ by a typing error."
    )
  }
  return evidence(
    "company",
    "differs",
    0,
    w.company.differs * factor,
    a,
    b,
    "The company names are different."
  )
}

export function compareTaxIds(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): FieldEvidence {
  const a = l.tax_id
  const b = r.tax_id
  if (!a || !b) {
    return missing("tax_id", "a tax id", a ? [a] : [], b ? [b] : [])
  }
  if (a === b) {
    return evidence(
      "tax_id",
      "exact",
      1,
      w.tax_id.exact,
      a,
      b,
      `Both records have the tax id ${a}.`
    )
  }
  if (a.length >= 15 && oneEditApart(a, b)) {
    return evidence(
      "tax_id",
      "typo",
      0.9,
      w.tax_id.typo,
      a,
      b,
      "The tax ids differ by one character, likely a typing error."
    )
  }
  return evidence(
    "tax_id",
    "differs",
    0,
    w.tax_id.differs,
    a,
    b,
    "The tax ids are different: two legal entities."
  )
}

// A flat or room makes an address one household's; a building or a floor of
// an office tower is shared by many.
const UNIT =
  /\d\s*(?:室|房|户)|单元|\b(?:apt|apartment|unit|room|flat|suite|rm)\b|#\s*\d/i

export function compareAddresses(
  l: NormalizedContact,
  r: NormalizedContact,
  w: MatchWeights
): FieldEvidence {
  if (!l.addresses.length || !r.addresses.length) {
    return missing("address", "an address", l.addresses, r.addresses)
  }
  const same = shared(l.addresses, r.addresses)
  if (same) {
    return UNIT.test(same)
      ? evidence(
          "address",
          "exact",
          1,
          w.address.exact_unit,
          same,
          same,
          "Both records have the same address, down to the flat or room."
        )
      : evidence(
          "address",
          "exact",
          1,
          w.address.exact,
          same,
          same,
          "Both records have the same street address (no flat or room given)."
        )
  }
  let best = 0
  let pair: [string, string] = [l.addresses[0], r.addresses[0]]
  for (const a of l.addresses) {
    for (const b of r.addresses) {
      const dice = bigramDice(a, b)
      if (dice > best) {
        best = dice
        pair = [a, b]
      }
    }
  }
  if (best >= 0.8) {
    return evidence(
      "address",
      "variant",
      best,
      w.address.variant,
      pair[0],
      pair[1],
      "The addresses are written slightly differently."
    )
  }
  if (shared(l.postal_prefixes, r.postal_prefixes)) {
    return evidence(
      "address",
      "same_area",
      best,
      w.address.same_area,
      pair[0],
      pair[1],
      "Different addresses in the same postal area."
    )
  }
  return evidence(
    "address",
    "differs",
    best,
    w.address.differs,
    pair[0],
    pair[1],
    "The addresses are in different areas."
  )
}
