// The answer first: the best few available candidates, the other available ones, and those not available.
import type { Availability } from "./types";

/** How many candidates are shown first. */
export const BEST_COUNT = 3;

/** Ranked candidates split for display. */
export interface CandidateGroups<T> {
  /** The first `BEST_COUNT` available (suitable, then possible) candidates. */
  best: T[];
  /** The other available candidates, in rank order. */
  more: T[];
  /** Those not available, in rank order. */
  unavailable: T[];
}

/** Splits ranked candidates (any shape with an `availability`) into the best few, the other available, and the rest. */
export function groupCandidates<T extends { availability: Availability }>(
  ranked: readonly T[],
  bestCount = BEST_COUNT,
): CandidateGroups<T> {
  const available = ranked.filter((c) => c.availability !== "unavailable");
  return {
    best: available.slice(0, bestCount),
    more: available.slice(bestCount),
    unavailable: ranked.filter((c) => c.availability === "unavailable"),
  };
}
