// Who a row is about: the identity columns left of the days (staff number, surname, first name, role, unit, totals)
// and the name they make, and which rows are people rather than headers, sections, totals or notes.
import { foldText } from "../text";
import { type CellValue, cellText } from "../workbook";
import { hasLetter } from "./fold";
import { isNeverPerson, isPersonName } from "./layout-common";
import type { Legend } from "./types";

/** What a column left of the days holds. */
export type IdentityRole = "id" | "last" | "first" | "full" | "role" | "unit" | "count";

const LABELS: ReadonlyArray<[IdentityRole, readonly string[]]> = [
  [
    "id",
    [
      "matricule",
      "mat",
      "mat.",
      "n°",
      "no",
      "num",
      "numero",
      "id",
      "identifiant",
      "code agent",
      "badge",
      "employee id",
      "staff id",
      "staff number",
      "payroll",
      "ref",
      "reference",
      "n° agent",
    ],
  ],
  ["first", ["prenom", "prenoms", "first name", "firstname", "given name", "forename"]],
  ["last", ["nom de famille", "surname", "last name", "lastname", "family name"]],
  [
    "full",
    [
      "nom",
      "noms",
      "name",
      "names",
      "nom prenom",
      "nom et prenom",
      "nom - prenom",
      "nom / prenom",
      "nom/prenom",
      "prenom nom",
      "nom complet",
      "full name",
      "agent",
      "agents",
      "salarie",
      "salaries",
      "salariee",
      "employe",
      "employes",
      "employee",
      "employees",
      "personnel",
      "staff",
      "intervenant",
      "intervenants",
      "professionnel",
      "professionnels",
      "collaborateur",
      "collaborateurs",
      "equipe",
      "team",
      "nom vendeur",
      "vendeur",
      "educateur",
      "educateurs",
      "personne",
      "person",
    ],
  ],
  [
    "role",
    [
      "fonction",
      "fonctions",
      "poste",
      "qualification",
      "qualif",
      "qualifications",
      "role",
      "grade",
      "metier",
      "job",
      "job title",
      "position",
      "emploi",
      "statut",
      "title",
      "categorie",
      "qualite",
      "diplome",
      "cat",
    ],
  ],
  [
    "unit",
    [
      "service",
      "unite",
      "unit",
      "ward",
      "site",
      "lieu",
      "secteur",
      "pole",
      "departement",
      "etablissement",
      "structure",
      "residence",
      "groupe",
      "equipe de",
    ],
  ],
  [
    "count",
    [
      "total",
      "totaux",
      "nb",
      "nombre",
      "heures",
      "hours",
      "hrs",
      "solde",
      "compteur",
      "cumul",
      "presence",
      "absences",
      "conges",
    ],
  ],
];

const ROLE_OF_LABEL = new Map<string, IdentityRole>();
for (const [role, labels] of LABELS)
  for (const label of labels) if (!ROLE_OF_LABEL.has(label)) ROLE_OF_LABEL.set(label, role);

/** The identity role a header label names, if any (`Matricule` → id, `Prénom` → first, `Fonction` → role). */
export function identityRoleOfLabel(label: string): IdentityRole | undefined {
  const folded = foldText(label).replace(/\s*:$/, "");
  return ROLE_OF_LABEL.get(folded) ?? (/^(total|nb|heures|hours)\b/.test(folded) ? "count" : undefined);
}

/** A staff number or code (`N010595`, `C007138`, `12345`): letters and digits with at least three digits, no space. */
export function isIdLike(text: string): boolean {
  return /^[A-Za-z]{0,4}[-_]?\d{3,}[A-Za-z]?$/.test(text.trim());
}

/** The identity columns of a grid. */
export interface IdentityColumns {
  /** The columns whose texts make the name, in order (`B+C`: surname then first name). */
  nameCols: number[];
  roleCol?: number;
  unitCol?: number;
  idCol?: number;
  /** True when the columns came from header labels (not guessed from the texts). */
  labelled: boolean;
}

/** Rows sampled to guess the name columns from their texts. */
const SAMPLE_ROWS = 300;

/**
 * The identity columns left of `beforeCol`: from the header labels of `labelRows` (`Nom` + `Prénom` make the name
 * `NOM Prénom`; a staff number, a role or a unit is never the name), else from the texts of `dataRows` (the column
 * with the most distinct name-like texts; an adjacent one in another case joins it: `DUPONT | Marie`). Null when no
 * column holds names. `forced` (settings) wins.
 */
export function identityColumns(
  values: readonly (readonly CellValue[])[],
  labelRows: readonly number[],
  dataRows: { from: number; to: number },
  beforeCol: number,
  legend: Legend,
  forced?: readonly number[],
): IdentityColumns | null {
  const roles = new Map<IdentityRole, number>();
  for (let c = 0; c < beforeCol; c++) {
    for (const r of labelRows) {
      const text = cellText(values[r]?.[c]);
      if (text === "") continue;
      const role = identityRoleOfLabel(text);
      if (role && !roles.has(role)) roles.set(role, c);
      break;
    }
  }
  const stats = columnStats(values, dataRows, beforeCol, legend);
  const out = (nameCols: number[], labelled: boolean): IdentityColumns => {
    const result: IdentityColumns = { nameCols, labelled };
    const role = roles.get("role");
    if (role !== undefined && !nameCols.includes(role)) result.roleCol = role;
    const unit = roles.get("unit");
    if (unit !== undefined && !nameCols.includes(unit)) result.unitCol = unit;
    const id = roles.get("id");
    if (id !== undefined && !nameCols.includes(id)) result.idCol = id;
    if (result.roleCol === undefined && nameCols.length === 1) {
      const name = nameCols[0] as number;
      const named = stats[name]?.names ?? 0;
      for (const c of [name + 1, name - 1]) {
        const s = stats[c];
        if (c < 0 || c >= beforeCol || !s || c === result.unitCol || c === result.idCol) continue;
        if (s.names * 2 >= named && named > 0 && s.distinct < s.names) {
          result.roleCol = c;
          break;
        }
      }
    }
    return result;
  };
  if (forced && forced.length > 0) return out([...forced], true);
  const last = roles.get("last");
  const first = roles.get("first");
  const full = roles.get("full");
  if (full !== undefined && first !== undefined && full !== first) return out([full, first], true);
  if (last !== undefined && first !== undefined) return out([last, first], true);
  if (full !== undefined && (stats[full]?.names ?? 0) > 0) return out([full], true);
  if (last !== undefined && (stats[last]?.names ?? 0) > 0) return out([last], true);
  if (first !== undefined && (stats[first]?.names ?? 0) > 0) return out([first], true);

  // No label: the column with the most distinct name-like texts that is no id, role, unit or count column.
  const taken = new Set([roles.get("role"), roles.get("unit"), roles.get("id"), roles.get("count")]);
  let best = -1;
  for (let c = 0; c < beforeCol; c++) {
    const s = stats[c];
    if (!s || taken.has(c) || s.names === 0 || s.ids * 2 > s.filled) continue;
    if (best < 0 || s.distinct > (stats[best] as ColumnStats).distinct) best = c;
  }
  if (best < 0) return null;
  const b = stats[best] as ColumnStats;
  for (const c of [best + 1, best - 1]) {
    const s = stats[c];
    if (!s || taken.has(c) || c < 0 || c >= beforeCol) continue;
    // `DUPONT | Marie`: two columns of names as many as each other, one in capitals and the other not.
    if (
      s.names * 4 >= b.names * 3 &&
      b.names * 4 >= s.names * 3 &&
      s.distinct * 2 > s.names &&
      s.upper !== b.upper
    )
      return out(c > best ? [best, c] : [c, best], false);
  }
  return out([best], false);
}

interface ColumnStats {
  filled: number;
  names: number;
  distinct: number;
  ids: number;
  /** True when most of its names are written in capitals. */
  upper: boolean;
}

function columnStats(
  values: readonly (readonly CellValue[])[],
  rows: { from: number; to: number },
  beforeCol: number,
  legend: Legend,
): ColumnStats[] {
  const stats: ColumnStats[] = [];
  const distinct: Set<string>[] = [];
  const upper: number[] = [];
  for (let c = 0; c < beforeCol; c++) {
    stats.push({ filled: 0, names: 0, distinct: 0, ids: 0, upper: false });
    distinct.push(new Set());
    upper.push(0);
  }
  const end = Math.min(rows.to, rows.from + SAMPLE_ROWS);
  for (let r = rows.from; r < end; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(beforeCol, row.length); c++) {
      const v = row[c];
      const text = cellText(v);
      if (text === "") continue;
      const s = stats[c] as ColumnStats;
      s.filled++;
      if (isIdLike(text)) s.ids++;
      else if (typeof v === "string" && hasLetter(text) && isPersonName(text, legend)) {
        s.names++;
        (distinct[c] as Set<string>).add(foldText(text));
        if (!/\p{Ll}/u.test(text)) upper[c] = (upper[c] as number) + 1;
      }
    }
  }
  stats.forEach((s, c) => {
    s.distinct = (distinct[c] as Set<string>).size;
    s.upper = (upper[c] as number) * 2 > s.names;
  });
  return stats;
}

const TITLE_DR = /^(?:dr|dr\.|doctor|docteur|pr|pr\.)\s+/i;

/**
 * A name as a reader reports it: lines and runs of spaces made one space, a leading `Dr.` and a trailing `+` (a
 * stray mark) dropped.
 */
export function cleanName(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(TITLE_DR, "")
    .replace(/\s*\+$/, "")
    .trim();
}

const SECTION_WORDS =
  /\b(agents?|equipes?|services?|unites?|poles?|secteurs?|personnels?|teams?|staff|wards?|departements?|groupes?|maintenance|bureaux?|administratifs?|administration|direction|encadrement|educateurs|infirmier(e)?s|aides?-soignant(e)?s|veilleurs|cuisine|entretien|technique|internat|externat|hebergement|accueil|remplacants|vacataires|stagiaires|interimaires|proprete|regie|espaces verts|voirie|magasin|section|total)\b/;

/**
 * True when a text in a name position heads a section (`AGENTS VOIRIE`, `ÉQUIPE DE NUIT`): in capitals with a
 * section word, on a row whose other identity cells and days are empty.
 */
export function isSectionTitle(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  return SECTION_WORDS.test(foldText(text));
}

/** True when a name-position text can never be a person (a label, a total, notes, a legend code, a section). */
export function neverAPerson(text: string, legend: Legend): boolean {
  return isNeverPerson(text, legend) || isSectionTitle(text);
}
