// A legend written in a planning tab itself: codes over their labels in the header, `P2 = 18h00-06h00` lines, a
// `Code | Signification` block. The workbook's own word wins over the default legend for that tab.
import { foldText } from "../text";
import { type CellValue, cellText } from "../workbook";
import { parseCell } from "./cell";
import { codeTypeOfLabel } from "./label-type";
import { makeLegend } from "./legend";
import type { Legend, LegendCode } from "./types";

const CODE = /^[A-Za-z][A-Za-z0-9+]{0,4}$/;
const LINE = /^\s*([A-Za-z][A-Za-z0-9+]{0,4})\s*(?:=|:|→|–|—)\s*(.{2,80})$/;
const NO_CODES = makeLegend([], "default");
const CODE_HEADERS = new Set(["code", "codes", "legende", "legend", "abreviation", "sigle"]);
const LABEL_HEADERS = new Set([
  "signification",
  "libelle",
  "label",
  "meaning",
  "description",
  "intitule",
  "definition",
]);

/** A code from its label and, when the text gives them, its times (`matin 7h-14h`, `18h00-06h00`). */
function codeOf(
  code: string,
  text: string,
  at: { tab: string; row: number; col: number },
): LegendCode | undefined {
  const trimmed = text.trim();
  const parsed = parseCell(trimmed, NO_CODES);
  let times = parsed.kind === "times" ? parsed.ranges[0] : undefined;
  if (!times) {
    // Times after a label (`matin 7h-14h`): the first digit starts them.
    const digit = trimmed.search(/\d/);
    if (digit > 0) {
      const tail = parseCell(trimmed.slice(digit), NO_CODES);
      if (tail.kind === "times") times = tail.ranges[0];
    }
  }
  let type = codeTypeOfLabel(trimmed);
  if (times) {
    if (type === "absence" || type === "rest") return undefined;
    const night =
      times.end - times.start >= 8 * 60 && (times.start >= 19 * 60 || times.end > 24 * 60 + 4 * 60);
    type = type === "sleep-in" ? "sleep-in" : type === "night" || night ? "night" : "work";
    return {
      code,
      label: trimmed,
      type,
      start: times.start,
      end: times.end % 1440,
      breakMinutes: 0,
      definedAt: at,
    };
  }
  if (!type) return undefined;
  // A night or a sleep-in named without times is a worked day whose hours are unknown.
  return {
    code,
    label: trimmed,
    type: type === "night" || type === "sleep-in" ? "work" : type,
    breakMinutes: 0,
    definedAt: at,
  };
}

/**
 * The codes a tab defines for itself: code cells over label cells in `headerRows` left of `beforeCol` (the count
 * columns of an absence register: `PC` over `PREV CONGES`), lines `CODE = label [times]` anywhere in the tab, and
 * `Code | Signification` blocks, outside the planning's own cells (`M : 7h-14h` in a person's day is a shift, not
 * a definition). Codes whose label names no type are left out.
 */
export function tabLegendCodes(
  tab: string,
  values: readonly (readonly CellValue[])[],
  headerRows: readonly number[],
  beforeCol: number,
  isPlanningCell: (row: number, col: number) => boolean,
): LegendCode[] {
  const codes = new Map<string, LegendCode>();
  const add = (code: LegendCode | undefined): void => {
    if (code && !codes.has(foldText(code.code))) codes.set(foldText(code.code), code);
  };
  for (const r of headerRows) {
    const above = values[r - 1];
    const row = values[r];
    if (!above || !row) continue;
    for (let c = 0; c < Math.min(beforeCol, above.length); c++) {
      const code = cellText(above[c]);
      const label = cellText(row[c]);
      if (CODE.test(code) && label.length >= 3 && foldText(label) !== foldText(code))
        add(codeOf(code, label, { tab, row: r - 1, col: c }));
    }
  }
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      // Most cells are short codes: the cheap tests first, the planning-cell test only for a candidate.
      if (typeof value !== "string" || value.length < 4 || value.length > 90) continue;
      const line = LINE.exec(value);
      if (line) {
        if (!isPlanningCell(r, c)) add(codeOf(line[1] as string, line[2] as string, { tab, row: r, col: c }));
      } else if (
        value.length <= 12 &&
        CODE_HEADERS.has(foldText(value)) &&
        LABEL_HEADERS.has(foldText(cellText(row[c + 1]))) &&
        !isPlanningCell(r, c)
      ) {
        for (let below = r + 1; below < values.length; below++) {
          const code = cellText(values[below]?.[c]);
          const label = cellText(values[below]?.[c + 1]);
          if (code === "" && label === "") break;
          if (CODE.test(code) && label !== "") add(codeOf(code, label, { tab, row: below, col: c }));
        }
      }
    }
  }
  return [...codes.values()];
}

/**
 * The legend of one tab: a `Codes` tab always wins; otherwise the tab's own codes come before the default legend.
 */
export function tabLegend(base: Legend, own: readonly LegendCode[]): Legend {
  if (own.length === 0) return base;
  const local = makeLegend([...own], "default");
  const [first, second] = base.source === "tab" ? [base, local] : [local, base];
  return {
    source: base.source,
    codes: [...first.codes, ...second.codes.filter((c) => first.lookup(c.code) === undefined)],
    lookup: (text) => first.lookup(text) ?? second.lookup(text),
  };
}

/** A default code some establishments use for something else, and the sign of it in a tab. */
interface DoubtfulDefault {
  code: string;
  /** What it means instead, as a code of the tab's own. */
  instead: Omit<LegendCode, "code" | "definedAt">;
  /** True when the other codes of the tab make the default doubtful. */
  doubtful(used: ReadonlySet<string>, legend: Legend): boolean;
}

/** Work codes that make `MA` a morning (`MA` next to `S`, `SE`, `N`, `M1`…): a shift set without a bare `M`. */
const SHIFT_WORDS = /^(m\d|s\d?|se|so|n\d?|j\d?|ap|am\d)$/;

const DOUBTFUL: readonly DoubtfulDefault[] = [
  {
    code: "MA",
    instead: { label: "Matin (MA)", type: "work", breakMinutes: 0 },
    doubtful: (used, legend) => {
      if (!used.has("ma") || used.has("m")) return false;
      let shifts = 0;
      for (const code of used) {
        if (code === "ma") continue;
        const known = legend.lookup(code);
        if (SHIFT_WORDS.test(code) || (known && known.type !== "absence" && known.type !== "rest")) shifts++;
      }
      return shifts >= 2;
    },
  },
];

/**
 * Default codes a tab's other codes make doubtful (`MA`, *maladie* by default, in a tab of shifts `S`, `SE`, `N` and
 * no bare `M` is a morning), when neither a `Codes` tab nor the tab itself defines them: each is read as the tab's
 * use suggests and named, so the reading says so rather than guessing silently. `used` are the folded texts of the
 * tab's day cells.
 */
export function doubtfulDefaults(
  used: ReadonlySet<string>,
  legend: Legend,
  own: readonly LegendCode[],
): LegendCode[] {
  if (legend.source === "tab") return [];
  const defined = new Set(own.map((c) => foldText(c.code)));
  return DOUBTFUL.filter((d) => !defined.has(foldText(d.code)) && d.doubtful(used, legend)).map((d) => ({
    code: d.code,
    ...d.instead,
  }));
}
