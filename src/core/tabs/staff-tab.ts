// Parses the staff tab (`Équipe`: Nom | Fonction/Qualification | Heures/semaine | Unité | Travailleur de nuit | E-mail) and matches names.
import type { Finding } from "../findings";
import { type Lang, messages } from "../i18n";
import type { StaffMember } from "../rules/types";
import { displayValue, isBlank, readBoolean, readDuration, readEmails } from "../settings/values";
import { foldText } from "../text";
import { a1, type CellValue, cellText } from "../workbook";

/** A staff tab column. */
type StaffColumn = "name" | "qualification" | "hours" | "unit" | "night" | "email";

/** Which column a header names (folded text), or undefined. Order matters: "Travailleur de nuit" is not a name. */
function columnOf(header: string): StaffColumn | undefined {
  const h = foldText(header);
  if (h === "") return undefined;
  if (
    /^(e-?mail|courriel|mail|adresse (e-?mail|electronique|mail)|compte( google)?|google account|account)$/.test(
      h,
    )
  )
    return "email";
  if (/\bnuit\b|\bnight\b/.test(h)) return "night";
  if (/heure|hour|h\/sem|contrat|contract|etp|fte/.test(h)) return "hours";
  if (/qualif|fonction|role|poste|metier|job|grade/.test(h)) return "qualification";
  if (/^(unite|unit|service|ward|equipe|team|lieu)\b/.test(h)) return "unit";
  if (
    /^(nom|name|nom prenom|prenom nom|nom et prenom|salarie|salariee|employee|employe|agent|personne|person|staff|professionnel)\b/.test(
      h,
    )
  )
    return "name";
  return undefined;
}

const HEADER_SCAN_ROWS = 10;

/** The header row and the column of each known header, or null when no row names at least a name column and another. */
function findHeader(
  values: readonly (readonly CellValue[])[],
): { row: number; cols: Map<StaffColumn, number> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const cols = new Map<StaffColumn, number>();
    (values[r] ?? []).forEach((cell, c) => {
      const col = columnOf(cellText(cell));
      if (col && !cols.has(col)) cols.set(col, c);
    });
    if (cols.has("name") && cols.size >= 2) return { row: r, cols };
  }
  return null;
}

/** Splits a Fonction/Qualification cell (`AES, veilleur`, `IDE / référente`) into lower-case qualifications. */
export function splitQualifications(text: string): string[] {
  return text
    .split(/[,;/+\n]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

/**
 * Parses the staff tab. The header row is found by its names (French or English, in any order, within the first
 * ten rows); rows without a name are skipped. A bad hours or night-worker value, a name listed twice or a missing
 * header is a `bad-setting` warning on its cell; the member is kept without that value.
 */
export function parseStaffTab(
  values: readonly (readonly CellValue[])[],
  tabName: string,
  lang: Lang,
): { staff: StaffMember[]; findings: Finding[] } {
  const t = messages(lang).check.staff;
  const findings: Finding[] = [];
  const warn = (cell: string, message: string, details: Finding["details"]): void => {
    findings.push({
      ruleId: "bad-setting",
      severity: "warning",
      person: null,
      date: null,
      tab: tabName,
      cells: [cell],
      message,
      details,
    });
  };
  const header = findHeader(values);
  if (!header) {
    if (values.some((row) => row.some((cell) => !isBlank(cell)))) warn("A1", t.noHeader(tabName), {});
    return { staff: [], findings };
  }
  const col = (name: StaffColumn): number | undefined => header.cols.get(name);
  const nameCol = col("name") as number;
  const staff: StaffMember[] = [];
  const firstRow = new Map<string, number>();
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = cellText(row[nameCol]);
    if (name === "") continue;
    const key = wordsKey(name);
    const previous = firstRow.get(key);
    if (previous !== undefined) {
      warn(a1(r, nameCol), t.duplicate(name, a1(r, nameCol), a1(previous, nameCol)), { name });
      continue;
    }
    firstRow.set(key, r);
    const member: StaffMember = { name, qualifications: [], row: r };
    const qCol = col("qualification");
    if (qCol !== undefined) member.qualifications = splitQualifications(cellText(row[qCol]));
    const hCol = col("hours");
    const hours = hCol === undefined ? null : (row[hCol] ?? null);
    if (hCol !== undefined && !isBlank(hours)) {
      const read = readDuration(hours, "hours");
      if (read.ok && read.value > 0 && read.value <= 60 * 60) member.weeklyHours = read.value / 60;
      else
        warn(a1(r, hCol), t.badHours(name, a1(r, hCol), displayValue(hours)), {
          name,
          value: displayValue(hours),
        });
    }
    const uCol = col("unit");
    if (uCol !== undefined && cellText(row[uCol]) !== "") member.unit = cellText(row[uCol]);
    const nCol = col("night");
    const night = nCol === undefined ? null : (row[nCol] ?? null);
    if (nCol !== undefined && !isBlank(night)) {
      const read = readBoolean(night);
      if (read.ok) member.nightWorker = read.value;
      else
        warn(a1(r, nCol), t.badNight(name, a1(r, nCol), displayValue(night)), {
          name,
          value: displayValue(night),
        });
    }
    const eCol = col("email");
    const email = eCol === undefined ? null : (row[eCol] ?? null);
    if (eCol !== undefined && !isBlank(email)) {
      // One address per person: the account that signs as them in the handovers (links it to their name).
      const read = readEmails(email);
      if (read.bad.length === 0 && read.emails.length === 1) member.email = read.emails[0];
      else
        warn(a1(r, eCol), t.badEmail(name, a1(r, eCol), displayValue(email)), {
          name,
          value: displayValue(email),
        });
    }
    staff.push(member);
  }
  return { staff, findings };
}

/** A name folded for matching: case, accents, punctuation and word order do not matter ("MARTIN Léa" = "léa martin"). */
export function wordsKey(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter((w) => w.length > 0)
    .sort()
    .join(" ");
}

/** Finds the staff member of a planning name (or a person key), by `wordsKey`. */
export function staffMatcher(staff: readonly StaffMember[]): (name: string) => StaffMember | undefined {
  const index = new Map<string, StaffMember>();
  for (const member of staff) {
    const key = wordsKey(member.name);
    if (!index.has(key)) index.set(key, member);
  }
  return (name) => index.get(wordsKey(name));
}

/** True when a person holds a required qualification: equal, or a whole word of theirs (`veilleur de nuit` has `veilleur`). */
export function hasQualification(held: readonly string[], required: string): boolean {
  const want = foldText(required);
  if (want === "") return false;
  return held.some((q) => {
    const h = foldText(q);
    return (
      h === want || ` ${h.replace(/[^a-z0-9]+/g, " ")} `.includes(` ${want.replace(/[^a-z0-9]+/g, " ")} `)
    );
  });
}
