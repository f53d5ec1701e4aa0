// The Résidents tab (contract §5, `Nom | Unité | Actif`): the people the team looks after, names only.
import { foldText as fold } from "../text";
import { type CellValue, cellText } from "../workbook";

/** One resident listed in the tab. */
export interface Resident {
  name: string;
  unit: string;
  active: boolean;
}

const NAME_HEADERS = ["nom", "name", "nom prenom", "nom et prenom", "resident", "personne"];
const UNIT_HEADERS = ["unite", "unit", "groupe", "service"];
const ACTIVE_HEADERS = ["actif", "active", "present"];
const INACTIVE_WORDS = ["non", "no", "false", "faux", "0", "n", "inactif", "inactive", "sorti", "parti"];

/** True when an "Actif" cell says yes: empty, oui/yes/true/1/x count as active; non/no/false/0/sorti as not. */
export function isActiveCell(value: CellValue | undefined): boolean {
  if (value === false) return false;
  if (typeof value === "number") return value !== 0;
  return !INACTIVE_WORDS.includes(fold(cellText(value ?? null)));
}

/**
 * The residents of the tab's values: a header row naming a `Nom` column (first row that does), else column A
 * from row 2; `Unité` and `Actif` columns when present (no `Actif` column: everyone is active). Blank names and
 * duplicates are dropped.
 */
export function readResidents(values: readonly (readonly CellValue[])[]): Resident[] {
  const headerIndex = values.findIndex((row) =>
    row.some((v) => NAME_HEADERS.includes(fold(cellText(v ?? null)))),
  );
  const header = headerIndex >= 0 ? (values[headerIndex] ?? []).map((v) => fold(cellText(v ?? null))) : [];
  const col = (names: string[]): number => header.findIndex((h) => names.includes(h));
  const nameCol = headerIndex >= 0 ? col(NAME_HEADERS) : 0;
  const unitCol = col(UNIT_HEADERS);
  const activeCol = col(ACTIVE_HEADERS);
  const out: Resident[] = [];
  const seen = new Set<string>();
  for (const row of values.slice(headerIndex >= 0 ? headerIndex + 1 : 1)) {
    const name = cellText(row[nameCol] ?? null);
    if (name === "" || seen.has(fold(name))) continue;
    seen.add(fold(name));
    out.push({
      name,
      unit: unitCol >= 0 ? cellText(row[unitCol] ?? null) : "",
      active: activeCol >= 0 ? isActiveCell(row[activeCol]) : true,
    });
  }
  return out;
}

/** Names of the active residents, sorted alphabetically (French collation). */
export function activeResidentNames(residents: readonly Resident[]): string[] {
  return residents
    .filter((r) => r.active)
    .map((r) => r.name)
    .sort((a, b) => a.localeCompare(b, "fr"));
}

/** The header row of a new Résidents tab. */
export const RESIDENTS_HEADER = { fr: ["Nom", "Unité", "Actif"], en: ["Name", "Unit", "Active"] } as const;
