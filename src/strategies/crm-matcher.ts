import type {
  BlockingKey,
  ContactRecord,
  CrmMatcherStrategy,
  FieldEvidence,
  MatchOutcome,
  MatchScore,
  MatchThresholds,
  NormalizeOptions,
  NormalizedContact,
} from "../types/crm"
import { blockingKeys } from "../utils/crm/blocking"
import { normalizeContact } from "../utils/crm/normalize"
import {
  DEFAULT_MATCH_WEIGHTS,
  scoreContacts,
  type MatchWeights,
} from "../utils/crm/score"

export { DEFAULT_MATCH_WEIGHTS, type MatchWeights }

/**
 * 0.9 is reached by a shared phone or e-mail together with an agreeing name
 * (exact, swapped, homophone, romanised or a typo), and by an exact name at
 * the same flat, or a three-character one at the same street number, even
 * with a new phone; a clear name conflict is capped at 0.85 by the scorer,
 * so relatives sharing a phone stay below it. 0.6 is reached by a shared
 * phone or e-mail alone, by a relative sharing a phone, and by a common
 * name at the same or a similar address: enough for a person to look, not
 * enough to act. Measured in bench/match-quality.
 */
export const DEFAULT_MATCH_THRESHOLDS: MatchThresholds = {
  auto_link: 0.9,
  review: 0.6,
}

export function classifyMatch(
  score: number,
  thresholds: MatchThresholds
): MatchOutcome {
  if (score >= thresholds.auto_link) {
    return "auto_link"
  }
  return score >= thresholds.review ? "review" : "new"
}

export interface RankedCandidate<T> {
  candidate: T
  score: number
  outcome: MatchOutcome
  evidence: FieldEvidence[]
}

/**
 * Scores each candidate against the record, best first (ties keep the
 * candidates' order). `normalized` reads the stored normalised form of a
 * candidate, so a contact row can be passed as it is.
 */
export function rankCandidates<T>(
  matcher: Pick<CrmMatcherStrategy, "score">,
  record: NormalizedContact,
  candidates: readonly T[],
  normalized: (candidate: T) => NormalizedContact,
  thresholds: MatchThresholds = DEFAULT_MATCH_THRESHOLDS
): RankedCandidate<T>[] {
  const ranked = candidates.map((candidate) => {
    const { score, evidence } = matcher.score(record, normalized(candidate))
    return {
      candidate,
      score,
      outcome: classifyMatch(score, thresholds),
      evidence,
    }
  })
  return ranked.sort((a, b) => b.score - a.score)
}

/** The best candidate, or null when there is none. */
export function bestMatch<T>(
  matcher: Pick<CrmMatcherStrategy, "score">,
  record: NormalizedContact,
  candidates: readonly T[],
  normalized: (candidate: T) => NormalizedContact,
  thresholds: MatchThresholds = DEFAULT_MATCH_THRESHOLDS
): RankedCandidate<T> | null {
  let best: RankedCandidate<T> | null = null
  for (const candidate of candidates) {
    const { score, evidence } = matcher.score(record, normalized(candidate))
    if (!best || score > best.score) {
      best = {
        candidate,
        score,
        outcome: classifyMatch(score, thresholds),
        evidence,
      }
    }
  }
  return best
}

/**
 * The default matcher: normalisation with libphonenumber and pinyin,
 * blocking on phone, e-mail, tax id, company and name with postal area, and
 * a weighted score with evidence per field.
 */
export class DefaultCrmMatcher implements CrmMatcherStrategy {
  protected readonly weights: MatchWeights

  constructor(
    protected readonly options: NormalizeOptions,
    weights: MatchWeights = DEFAULT_MATCH_WEIGHTS
  ) {
    this.weights = weights
  }

  normalize(record: ContactRecord): NormalizedContact {
    return normalizeContact(record, this.options)
  }

  blockingKeys(contact: NormalizedContact): BlockingKey[] {
    return blockingKeys(contact)
  }

  score(left: NormalizedContact, right: NormalizedContact): MatchScore {
    return scoreContacts(left, right, this.weights)
  }

  /** The candidates scored against the record, best first. */
  rank(
    record: NormalizedContact,
    candidates: readonly NormalizedContact[],
    thresholds: MatchThresholds = DEFAULT_MATCH_THRESHOLDS
  ): RankedCandidate<NormalizedContact>[] {
    return rankCandidates(this, record, candidates, (c) => c, thresholds)
  }
}
