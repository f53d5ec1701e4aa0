// Repeated findings as one line wherever a person reads them: same rule, person and message pattern in a month.
import type { Finding, RuleId, Severity } from "../findings";
import type { Lang } from "../i18n";
import { groups as enGroups } from "../i18n/en/groups";
import { formatDayMonth, formatDuration } from "../i18n/format";
import { groups as frGroups } from "../i18n/fr/groups";
import { type CivilDate, dayNumber } from "../time";
import { shortText } from "./long-text";

/** How a group came to be. */
export type GroupKind = "single" | "repeated" | "code";

/** Findings read as one line (contract §3 findings are never merged: a group lists them). */
export interface FindingGroup {
  /** Stable id of the group (the `group` key of `releve check --json`). */
  id: string;
  kind: GroupKind;
  ruleId: RuleId;
  severity: Severity;
  person: string | null;
  /** The first finding's tab. */
  tab: string | null;
  /** The findings of the group, in their order (`compareFindings`). */
  findings: Finding[];
  /** First and last date of the group (null when undated). */
  first: CivilDate | null;
  last: CivilDate | null;
  /** Every cell of the group once, in order; cells of another tab than `tab` are qualified (`'Tab'!A1`). */
  cells: string[];
  /** What a person reads: the message of a single finding, else the count and what repeats. */
  label: string;
  /** `02/11 → 30/11` (`02/11` for one date, "" when undated). */
  span: string;
}

const TEXTS = { fr: frGroups, en: enGroups } as const;

// Dates and times inside messages (`24/11`, `24/11/2026`, `22:00`, `24 Nov`, `24 Nov 2026`): what varies in a pattern.
const DATE_OR_TIME =
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \d{4})?\b/g;

/** A message with its dates and times left out (`…`): findings of one pattern differ only by when. */
export function messagePattern(message: string): string {
  return message.replace(DATE_OR_TIME, "…").replace(/…(?:\s*…)+/g, "…");
}

/** The key that puts a finding in its group. */
function keyOf(f: Finding): { key: string; kind: GroupKind } {
  if (f.ruleId === "unknown-code" && f.tab !== null) {
    const text = typeof f.details.text === "string" ? f.details.text.trim() : messagePattern(f.message);
    return { key: ["code", f.severity, f.tab, text].join("\u0000"), kind: "code" };
  }
  if (f.date !== null) {
    const month = f.date.slice(0, 7);
    const pattern = messagePattern(f.message);
    return {
      key: ["repeated", f.ruleId, f.severity, f.person ?? "", month, pattern].join("\u0000"),
      kind: "repeated",
    };
  }
  const identity = [f.ruleId, f.severity, f.person ?? "", f.tab ?? "", f.cells.join(","), f.message];
  return { key: ["single", ...identity].join("\u0000"), kind: "single" };
}

/** FNV-1a (32 bits) of a text, as 8 hexadecimal digits: a short stable id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

const quoteTab = (tab: string): string => `'${tab.replace(/'/g, "''")}'`;

/** A finding's cells as seen from `tab`: qualified when the finding belongs to another tab. */
function cellsFrom(f: Finding, tab: string | null): string[] {
  if (f.tab === tab || f.tab === null) return f.cells;
  return f.cells.map((c) => (c.includes("!") ? c : `${quoteTab(f.tab as string)}!${c}`));
}

/** `02/11` (fr) / `2 Nov` (en) of a civil date. */
export function dayMonthOf(date: CivilDate, lang: Lang): string {
  return formatDayMonth(dayNumber(date), lang);
}

/**
 * Groups findings (already sorted by `compareFindings`) as people read them: findings with the same rule, severity,
 * person and message pattern (the message without its dates and times) in the same month are one group; so are
 * `unknown-code` findings of one text in one tab, whoever's row they are on. Every other finding is a group of
 * its own. Groups come in the order of their first finding; no finding is lost or repeated. Pure.
 */
export function groupFindings(findings: readonly Finding[], lang: Lang): FindingGroup[] {
  const t = TEXTS[lang];
  const byKey = new Map<string, { key: string; kind: GroupKind; findings: Finding[] }>();
  for (const f of findings) {
    const { key, kind } = keyOf(f);
    const entry = byKey.get(key);
    if (entry) entry.findings.push(f);
    else byKey.set(key, { key, kind, findings: [f] });
  }
  const ids = new Set<string>();
  const result: FindingGroup[] = [];
  for (const { key, kind, findings: members } of byKey.values()) {
    const head = members[0] as Finding;
    let id = `${head.ruleId}-${hash(key)}`;
    for (let n = 2; ids.has(id); n++) id = `${head.ruleId}-${hash(key)}-${n}`;
    ids.add(id);
    const dates = members.map((m) => m.date).filter((d): d is CivilDate => d !== null);
    const sorted = [...dates].sort();
    const first = sorted[0] ?? null;
    const last = sorted[sorted.length - 1] ?? null;
    const cells = [...new Set(members.flatMap((m) => cellsFrom(m, head.tab)))];
    const count = members.length;
    let groupKind: GroupKind = count > 1 ? kind : "single";
    let label = head.message;
    if (groupKind === "code") {
      const text = typeof head.details.text === "string" ? head.details.text : "";
      label = t.code(count, shortText(text));
    } else if (groupKind === "repeated") {
      const hours = (v: unknown): string | null => (typeof v === "number" ? formatDuration(v, lang) : null);
      label =
        t.repeated[head.ruleId]?.(count, head.details, hours) ??
        t.generic(count, messagePattern(head.message));
    } else groupKind = "single";
    result.push({
      id,
      kind: groupKind,
      ruleId: head.ruleId,
      severity: head.severity,
      person: members.every((m) => m.person === head.person) ? head.person : null,
      tab: head.tab,
      findings: members,
      first,
      last,
      cells,
      label,
      span: first && last ? t.span(dayMonthOf(first, lang), dayMonthOf(last, lang)) : "",
    });
  }
  return result;
}

/** The line of a group: its label, then its dates for a repeated group (`… — 02/11 → 30/11`). */
export function groupLine(group: FindingGroup, lang: Lang): string {
  return group.kind === "single" ? group.label : TEXTS[lang].line(group.label, group.span);
}

/** The group id of every finding, by finding (for `releve check --json`). */
export function groupIds(groups: readonly FindingGroup[]): Map<Finding, string> {
  const ids = new Map<Finding, string>();
  for (const g of groups) for (const f of g.findings) ids.set(f, g.id);
  return ids;
}
