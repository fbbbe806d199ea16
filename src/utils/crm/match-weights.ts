/**
 * Points per field and outcome, in the manner of Fellegi-Sunter: roughly
 * log2 of how much likelier the outcome is between two records of one
 * customer than between two customers who share a blocking key. Set by
 * judgement, then checked on the labeled data set of bench/match-quality.
 * The score is a logistic curve of the sum: 1 / (1 + 2^-((sum - offset) / scale)).
 */
export interface MatchWeights {
  phone: { exact: number; typo: number; differs: number }
  email: { exact: number; typo: number; variant: number; differs: number }
  name: {
    /** Exact, a Latin name of two words or more. */
    exact: number
    /**
     * Exact, a Chinese name of three characters or more: with a
     * two-character given name most full names are rare, so two records
     * with it at one address are one person.
     */
    exact_long: number
    /** Exact, but a two-character Chinese name or one Latin word: common. */
    exact_short: number
    swapped: number
    pinyin: number
    variant: number
    /** One side is a surname alone: weak, and never enough to auto-link. */
    surname_only: number
    typo: number
    /** Different names that share a surname or token: a relative. */
    differs_related: number
    differs: number
  }
  /** For person records a company is the employer: weaker either way. */
  company: {
    exact: number
    variant: number
    typo: number
    differs: number
    person_factor: number
  }
  tax_id: { exact: number; typo: number; differs: number }
  address: {
    /** The same address down to the flat or room: few people share it. */
    exact_unit: number
    /** The same street address without a flat: a building, an office tower. */
    exact: number
    variant: number
    same_area: number
    differs: number
  }
  /** Points at which the score is 0.5. */
  offset: number
  /** Points that double the odds: a larger scale flattens the curve. */
  scale: number
  /**
   * Highest score when two people's names (or two companies' names or tax
   * ids) clearly differ, when one gives a surname alone, or when a person is
   * compared with a company, whatever else agrees: family members share
   * phones, e-mail and addresses, and must go to a person, not be linked.
   * Keep it below the auto-link threshold.
   */
  conflict_cap: number
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  // People change numbers and keep several: a phone that differs is weak
  // evidence against, and two that differ with the e-mail (-3) are not.
  phone: { exact: 9, typo: 3, differs: -1.5 },
  email: { exact: 9, typo: 4, variant: 1.5, differs: -1.5 },
  name: {
    exact: 5,
    exact_long: 6.5,
    exact_short: 4,
    swapped: 4.5,
    pinyin: 4,
    variant: 2.5,
    surname_only: 1.5,
    typo: 3,
    differs_related: -2.5,
    differs: -3.5,
  },
  company: {
    exact: 6,
    variant: 4,
    typo: 3.5,
    differs: -4,
    person_factor: 0.25,
  },
  tax_id: { exact: 12, typo: 2, differs: -10 },
  address: {
    exact_unit: 8,
    // A street number is a building or a compound: among people who share
    // a name and a postal area, few live at the same one. Enough with a
    // rare name (exact_long), not with a common one (exact_short).
    exact: 5.5,
    variant: 1.5,
    same_area: -0.5,
    differs: -1.5,
  },
  offset: 4,
  scale: 2,
  conflict_cap: 0.85,
}
