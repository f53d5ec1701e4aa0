// A shift asked for by the legend's label ("nuit", "soir", "Matin") rather than its code.
import type { Legend, LegendCode } from "../planning/types";
import { foldText } from "../text";

/** A label without its parenthesised remarks: `Nuit (veille active)` → `nuit`. */
function labelWords(label: string): string {
  return foldText(label.replace(/\([^)]*\)/g, " "));
}

/**
 * The legend codes whose label is `text` (accents, case and spacing folded), or, when none, whose label without
 * its remarks in brackets is (`nuit` for `Nuit (veille active)`). Several codes when the label is ambiguous;
 * none when no label says it.
 */
export function codesByLabel(legend: Legend, text: string): LegendCode[] {
  const wanted = foldText(text);
  if (wanted === "") return [];
  const exact = legend.codes.filter((c) => foldText(c.label) === wanted);
  if (exact.length > 0) return exact;
  return legend.codes.filter((c) => labelWords(c.label) === wanted);
}
