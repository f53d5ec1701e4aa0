// The full briefing as a neutral list of blocks (sections, column heads, 4-cell rows, notes) every renderer maps.
import { personsLabel } from "../handovers/persons";
import { messages } from "../i18n";
import { formatCivilDate, formatDayTime } from "../i18n/format";
import { epochMsOfIso, zone as zoneOf } from "../time";
import {
  briefingTexts,
  dueText,
  entryLines,
  entryMeta,
  followUpMeta,
  longDate,
  teamLine,
  teamOf,
} from "./labels";
import type { BriefingModel, EntryItem, FindingLine } from "./types";

/** How a row is highlighted. */
export type Tone = "urgent" | "watch" | "plain";

/** One block of the briefing. Cells are plain text (may hold line breaks); renderers escape them. */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "meta"; text: string }
  | { kind: "section"; text: string }
  | { kind: "columns"; cells: [string, string, string, string] }
  | { kind: "sub"; text: string }
  | { kind: "row"; cells: [string, string, string, string]; tone: Tone }
  /** One line of the team: a shift (or the absent people), the hours, the names (across the last two columns). */
  | { kind: "team"; cells: [string, string, string] }
  | { kind: "note"; text: string };

/** The number of columns of the briefing's table. */
export const BRIEFING_COLUMNS = 4;

/** The title of a briefing: establishment and long date. */
export function briefingTitle(model: BriefingModel): string {
  return briefingTexts(model.lang).heading(model.establishment, longDate(model.date, model.lang));
}

/** The line under the title: the window of entries and when the briefing was generated. */
export function briefingMetaLine(model: BriefingModel): string {
  const t = briefingTexts(model.lang);
  const z = zoneOf(model.timeZone);
  const at = (iso: string): string =>
    formatDayTime(Math.floor((epochMsOfIso(iso) ?? 0) / 60000), z, model.lang);
  return `${t.window(at(model.since), at(model.until))} · ${t.generatedAt(at(model.generatedAt))}`;
}

function entryRow(it: EntryItem, model: BriefingModel, withPerson: boolean, team: readonly string[]): Block {
  const t = briefingTexts(model.lang);
  const e = it.entry;
  const text = [...entryLines(it, model.lang), entryMeta(it, model.lang, team)].join("\n");
  return {
    kind: "row",
    cells: [
      it.when,
      withPerson ? personsLabel(e) : "",
      `${e.category}\n${t.severityLabel[e.severity]}`,
      text,
    ],
    tone: e.severity === "info" ? "plain" : e.severity,
  };
}

function findingRow(f: FindingLine, model: BriefingModel): Block {
  return {
    kind: "row",
    cells: [
      f.date ? formatCivilDate(f.date, model.lang) : "",
      "",
      messages(model.lang).common.severity[f.severity],
      f.message,
    ],
    tone: f.severity === "error" ? "urgent" : f.severity === "warning" ? "watch" : "plain",
  };
}

/** The blocks of the full briefing, in the order of the five sections. */
export function briefingBlocks(model: BriefingModel): Block[] {
  const t = briefingTexts(model.lang);
  const columns: [string, string, string, string] = [
    t.columns.when,
    t.columns.who,
    t.columns.what,
    t.columns.text,
  ];
  const team = teamOf(model);
  const out: Block[] = [
    { kind: "title", text: briefingTitle(model) },
    { kind: "meta", text: briefingMetaLine(model) },
  ];

  out.push({ kind: "section", text: t.section.alerts });
  if (model.alerts.length === 0) out.push({ kind: "note", text: t.none.alerts });
  else {
    out.push({ kind: "columns", cells: columns });
    for (const it of model.alerts) out.push(entryRow(it, model, true, team));
  }

  out.push({ kind: "section", text: t.section.followUps });
  if (model.followUps.length === 0) out.push({ kind: "note", text: t.none.followUps });
  else {
    const c = t.followUpColumns;
    out.push({ kind: "columns", cells: [c.due, c.who, c.owner, c.what] });
    for (const f of model.followUps) {
      out.push({
        kind: "row",
        cells: [
          dueText(f, model.lang),
          personsLabel(f.entry),
          f.owner ?? "",
          `${f.what}\n${followUpMeta(f, model.lang)}`,
        ],
        tone: f.overdueDays > 0 ? "watch" : "plain",
      });
    }
  }

  out.push({ kind: "section", text: t.section.appointments });
  if (model.appointments.length === 0) out.push({ kind: "note", text: t.none.appointments });
  else {
    out.push({ kind: "columns", cells: columns });
    for (const it of model.appointments) out.push(entryRow(it, model, true, team));
  }

  out.push({ kind: "section", text: t.section.staffing });
  const s = model.staffing;
  if (!s.planned) out.push({ kind: "note", text: t.none.noPlanning });
  else if (s.slots.length === 0) out.push({ kind: "note", text: t.none.staffing });
  else {
    for (const group of s.slots) {
      const line = teamLine(group, model.lang);
      out.push({ kind: "team", cells: [line.label, line.hours, line.names] });
    }
  }
  if (s.absent.length > 0) {
    const names = s.absent.map((a) => `${a.name} (${a.code})`).join(", ");
    out.push({ kind: "team", cells: [t.label.absent(s.absent.length), "", names] });
  }
  out.push({ kind: "sub", text: t.label.gaps });
  if (s.gaps.length === 0) out.push({ kind: "note", text: t.none.gaps });
  for (const g of s.gaps) out.push(findingRow(g, model));
  out.push({ kind: "sub", text: t.label.findings });
  if (s.findings.length === 0) out.push({ kind: "note", text: t.none.findings });
  for (const f of s.findings) out.push(findingRow(f, model));

  out.push({ kind: "section", text: t.section.others });
  if (model.others.length === 0) out.push({ kind: "note", text: t.none.others });
  else {
    out.push({ kind: "columns", cells: columns });
    for (const group of model.others) {
      out.push({ kind: "sub", text: `${group.person} (${group.items.length})` });
      for (const it of group.items) out.push(entryRow(it, model, false, team));
    }
  }
  return out;
}
