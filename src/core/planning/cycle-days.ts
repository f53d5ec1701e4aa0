// The days of a cyclic pattern in words: a finding on a pattern cites "mardi 19:00 (ligne 3)", never a provisional date.
import { type Lang, messages } from "../i18n";
import { formatDayMonth, weekdayName } from "../i18n/format";
import type { DayNumber } from "../time";

/** Where a cyclic pattern sits on days: line 1's Monday, its number of lines, and whether those days are real. */
export interface CycleDays {
  start: DayNumber;
  lines: number;
  dated: boolean;
}

/** The line (1-based) a day of the pattern falls on, the pattern repeating every `lines` weeks from `start`. */
export function cycleLineOf(days: CycleDays, day: DayNumber): number {
  const period = 7 * days.lines;
  const offset = (((day - days.start) % period) + period) % period;
  return Math.floor(offset / 7) + 1;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A function that rewrites the day labels (`12/01`, `12 Jan`, with an optional `HH:MM`) of a message about the days
 * `from`–`to` as the pattern's weekday and line (`mardi 19:00 (ligne 3)`); a dated pattern keeps the date too. A
 * label that several days of the range share (a range over a year) is the one nearest to the finding's day.
 */
export function cycleRelabeller(
  days: CycleDays,
  from: DayNumber,
  to: DayNumber,
  lang: Lang,
): (message: string, near: DayNumber | null) => string {
  const byLabel = new Map<string, DayNumber[]>();
  for (let d = from; d <= to; d++) {
    const label = formatDayMonth(d, lang);
    const list = byLabel.get(label);
    if (list) list.push(d);
    else byLabel.set(label, [d]);
  }
  const labels = [...byLabel.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const pattern = new RegExp(`(?<![\\w/])(${labels.join("|")})(?: (\\d{1,2}:\\d{2}))?(?![\\w/])`, "g");
  const words = messages(lang).reading;
  return (message, near) =>
    message.replace(pattern, (_all, label: string, time: string | undefined) => {
      const candidates = byLabel.get(label) ?? [];
      let day = candidates[0] as DayNumber;
      if (near !== null) for (const d of candidates) if (Math.abs(d - near) < Math.abs(day - near)) day = d;
      return words.cycleDay({
        weekday: weekdayName(day, lang),
        line: cycleLineOf(days, day),
        time: time ?? "",
        date: days.dated ? label : "",
      });
    });
}
