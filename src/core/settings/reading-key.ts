// Reads the keys that correct how one tab is read: `lecture.<onglet>.<clé>` (English `reading.<tab>.<key>`), with
// the keys disposition/layout, noms/names, ligne des jours/day row, mois/month, début/start, ignorer/ignore.
import { monthYearOf } from "../planning/calendar-words";
import type { ReadingOverride } from "../settings";
import { foldText } from "../text";
import { civilDate, dayFromParts, isCivilDate, isRealDate, type WallParts } from "../time";
import type { CellValue } from "../workbook";

/** The keys of `lecture.<onglet>.<clé>`, by their folded French and English words. */
export type ReadingField = "layout" | "names" | "dayRow" | "month" | "start" | "ignore";

const FIELDS: Record<string, ReadingField> = {
  disposition: "layout",
  layout: "layout",
  noms: "names",
  names: "names",
  "colonnes des noms": "names",
  "name columns": "names",
  "ligne des jours": "dayRow",
  jours: "dayRow",
  "day row": "dayRow",
  days: "dayRow",
  mois: "month",
  month: "month",
  debut: "start",
  start: "start",
  ignorer: "ignore",
  ignore: "ignore",
};

/** The layout ids, and the words a coordinator may type for them. */
const LAYOUTS: Record<string, string> = {
  "grid-people-days": "grid-people-days",
  "personnes x jours": "grid-people-days",
  "personnes-jours": "grid-people-days",
  "people x days": "grid-people-days",
  "grid-days-people": "grid-days-people",
  "jours x personnes": "grid-days-people",
  "jours-personnes": "grid-days-people",
  "days x people": "grid-days-people",
  "shift-list": "shift-list",
  liste: "shift-list",
  list: "shift-list",
  "grid-subcolumns": "grid-subcolumns",
  "sous-colonnes": "grid-subcolumns",
  subcolumns: "grid-subcolumns",
  "sous colonnes": "grid-subcolumns",
  "sub-columns": "grid-subcolumns",
  "sub columns": "grid-subcolumns",
  "debut/fin par jour": "grid-subcolumns",
  "start/end per day": "grid-subcolumns",
  "posts-days": "posts-days",
  postes: "posts-days",
  posts: "posts-days",
  "cyclic-pattern": "cyclic-pattern",
  trame: "cyclic-pattern",
  cycle: "cyclic-pattern",
  pattern: "cyclic-pattern",
};

/** A reading key: the tab it names (as written) and its field; null when the key is not one. */
export function readingKeyOf(keyText: string): { tab: string; field: ReadingField } | null {
  const text = keyText.trim();
  const folded = foldText(text);
  const prefix = folded.startsWith("lecture.") ? 8 : folded.startsWith("reading.") ? 8 : -1;
  if (prefix < 0) return null;
  const last = text.lastIndexOf(".");
  if (last <= prefix) return null;
  const field = FIELDS[foldText(text.slice(last + 1)).replace(/\s+/g, " ")];
  const tab = text.slice(prefix, last).trim();
  if (!field || tab === "") return null;
  return { tab, field };
}

/** Column letters (`B`, `B+C`, `B, C`) as 0-based indexes; undefined when they are not letters. */
function columnsOf(text: string): number[] | undefined {
  const parts = text.split(/[+,;&\s]+/).filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  const cols: number[] = [];
  for (const part of parts) {
    if (!/^[a-z]{1,3}$/i.test(part)) return undefined;
    let n = 0;
    for (const ch of part.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    cols.push(n - 1);
  }
  return cols;
}

/**
 * Applies one reading key's value to the override of its tab; false when the value is not one the field takes
 * (the caller reports it on its cell). `readDate` reads a Date cell's wall-clock parts.
 */
export function applyReadingValue(
  override: ReadingOverride,
  field: ReadingField,
  value: CellValue,
  readDate: (date: Date) => WallParts,
): boolean {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  switch (field) {
    case "layout": {
      const layout = LAYOUTS[foldText(text).replace(/\s*[×x]\s*/g, " x ")];
      if (!layout) return false;
      override.layout = layout;
      return true;
    }
    case "names": {
      const cols = columnsOf(text);
      if (!cols) return false;
      override.nameColumns = cols;
      return true;
    }
    case "dayRow": {
      if (!/^\d{1,7}$/.test(text)) return false;
      const row = Number(text);
      if (row < 1 || row > 1_000_000) return false;
      override.dayRow = row - 1;
      return true;
    }
    case "month": {
      if (value instanceof Date) {
        const p = readDate(value);
        override.month = { month: p.month, year: p.year };
        return true;
      }
      const found = monthYearOf(text);
      if (found.month === undefined) return false;
      override.month =
        found.year === undefined ? { month: found.month } : { month: found.month, year: found.year };
      return true;
    }
    case "start": {
      if (value instanceof Date) {
        const p = readDate(value);
        override.start = civilDate(dayFromParts(p.year, p.month, p.day));
        return true;
      }
      if (isCivilDate(text)) {
        override.start = text;
        return true;
      }
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
      if (!m || !isRealDate(Number(m[3]), Number(m[2]), Number(m[1]))) return false;
      override.start = civilDate(dayFromParts(Number(m[3]), Number(m[2]), Number(m[1])));
      return true;
    }
    case "ignore": {
      const yes = ["oui", "yes", "vrai", "true", "1", "x"].includes(foldText(text)) || value === true;
      const no = ["non", "no", "faux", "false", "0"].includes(foldText(text)) || value === false;
      if (!yes && !no) return false;
      override.ignore = yes;
      return true;
    }
  }
}
