// How a tab was read and why it was not, in the workbook's words (`noms : colonnes B+C ; jours : ligne 4`).
import { type Lang, messages } from "../i18n";
import { columnLetters } from "../workbook";
import type { HowPart, TabReason } from "./types";

/** The parts of `how` as one sentence, parts joined with ` ; ` (French) or `; ` (English). */
export function describeHow(how: readonly HowPart[], lang: Lang): string {
  const t = messages(lang).reading;
  const words = how.map((part): string => {
    switch (part.kind) {
      case "names":
        return t.how.names(part.cols.map(columnLetters).join("+"));
      case "namesInCells":
        return t.how.namesInCells;
      case "namesRow":
        return t.how.namesRow(part.row + 1);
      case "daysRow":
        return t.how.daysRow(part.row + 1);
      case "daysColumn":
        return t.how.daysColumn(columnLetters(part.col));
      case "dayCells":
        return t.how.dayCells(part.broken);
      case "month":
        return part.month === undefined
          ? t.how.year(t.sources[part.source])
          : t.how.month(t.sources[part.source]);
      case "postsColumn":
        return t.how.postsColumn(columnLetters(part.col));
      case "postsRow":
        return t.how.postsRow(part.row + 1);
      case "postHours":
        return t.how.postHours;
      case "listColumns":
        return t.how.listColumns(part.cols.map(columnLetters).join(", "));
      case "subcolumns":
        return t.how.subcolumns(part.perDay);
      case "lines":
        return t.how.lines(part.count, columnLetters(part.col));
      case "blocks":
        return t.how.blocks(part.count);
      case "tabLegend":
        return t.how.tabLegend(part.codes);
      default:
        return t.how.override;
    }
  });
  return words.join(lang === "fr" ? " ; " : "; ");
}

/** Why a tab is partial, undated, unread or ignored, with what to supply when something is missing. */
export function describeReason(reason: TabReason, tab: string, lang: Lang): string {
  const t = messages(lang).reading.reasons;
  switch (reason.kind) {
    case "noYear":
      return t.noYear;
    case "noMonth":
      return t.noMonth(tab);
    case "cycle":
      return t.cycle(reason.lines, tab);
    case "blocksLeft":
      return t.blocksLeft(reason.rows.map((r) => r + 1).join(", "));
    case "daysUnreadable":
      return t.daysUnreadable;
    case "noNames":
      return t.noNames;
    case "unknownLayout":
      return t.unknownLayout(tab);
    case "notPlanning":
      return t.notPlanning;
    case "empty":
      return t.empty;
    case "setting":
      return t.setting(reason.key);
  }
}
