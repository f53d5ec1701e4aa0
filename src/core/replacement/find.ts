// "Qui peut remplacer ?" end to end: resolve the vacancy, evaluate and rank every person, search swaps when none is suitable.
import { rankCandidates } from "./candidates";
import { createSearch } from "./search";
import { searchSwaps } from "./swaps";
import type { ReplacementInput, ReplacementOptions, ReplacementResult, VacancyRequest } from "./types";
import { resolveVacancy } from "./vacancy";

/**
 * Lists every person of the planning but the absent one who could take the vacant shift, each with the findings
 * the change would create (the person rules run before and after on a window of ±2 weeks and the months around
 * the date; `weekly-average` on the whole timeline), their hours this week and month against their contract,
 * their rest before and after and their day; suitable ones first (no new error or warning), then the fairest. When
 * nobody is suitable (or `options.swaps` is `always`), proposes swaps of two shifts that create no error. Throws `ReplacementError`
 * (message in the workbook's language) for a bad date, an unknown or non-work shift, an unknown tab or person.
 */
export function findReplacements(
  input: ReplacementInput,
  request: VacancyRequest,
  options: ReplacementOptions = {},
): ReplacementResult {
  const vacancy = resolveVacancy(input, request);
  const search = createSearch(input, vacancy, options.swapDays ?? 2);
  const candidates = rankCandidates(search);
  const mode = options.swaps ?? "auto";
  const wanted = mode === "always" || (mode === "auto" && !candidates.some((c) => c.suitable));
  if (!wanted)
    return { vacancy, candidates, swaps: [], swapSearch: { status: "not-needed", tried: 0, message: "" } };
  const { swaps, swapSearch } = searchSwaps(search, candidates, {
    maxSwaps: options.maxSwaps ?? 5,
    maxChecks: options.maxSwapChecks ?? 3000,
  });
  return { vacancy, candidates, swaps, swapSearch };
}
