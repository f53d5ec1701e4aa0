// English: the planning reader — legend labels, code types and the findings raised while reading planning tabs.
import type { planning as fr } from "../fr/planning";

export const planning: typeof fr = {
  codeTypes: { work: "work", night: "night", "sleep-in": "sleep-in", absence: "absence", rest: "rest" },
  legendLabels: {
    M: "Morning",
    S: "Evening",
    J: "Day",
    N: "Night",
    CV: "Sleep-in night",
    R: "Rest day",
    RH: "Weekly rest day",
    RC: "Compensatory rest",
    RTT: "RTT day (reduced working time)",
    CA: "Annual leave",
    AM: "Sick leave",
    AT: "Work accident leave",
    F: "Training",
    JF: "Public holiday (off)",
    CSS: "Unpaid leave",
    ABS: "Absence",
    TP: "Part-time day off",
    OFF: "Day off",
    MA: "Sick leave",
    CEX: "Special leave",
    FO: "Training (day worked)",
    AL: "Annual leave",
  },
  unknownCode: (text: string, date: string) =>
    `Unknown code "${text}" on ${date}: neither a legend code nor a readable time range.`,
  cycleUnknownCode: (text: string, count: number, tab: string) =>
    `Unknown code "${text}" in the pattern "${tab}" (${count} ${count > 1 ? "cells" : "cell"}): neither a legend code nor a readable time range, ${count > 1 ? "these cells are" : "this cell is"} not checked.`,
  notAPerson: (text: string, count: number) =>
    `"${text}" (${count} ${count === 1 ? "cell" : "cells"}) is not read as a person's name (a team, a slot, a note?): these cells count for nobody.`,
  doubtfulCode: (code: string, meaning: string, count: number) =>
    `"${code}" (${count} ${count === 1 ? "cell" : "cells"}) is read as "${meaning}", a shift whose hours are unknown: the default legend reads sick leave, but the tab's other codes are shifts and no "M" is used. If it means something else, define ${code} in the Codes tab.`,
  codeWithTimes: (text: string, date: string, code: string, type: string) =>
    `"${text}" on ${date}: code ${code} (${type}) takes no times.`,
  badTime: (text: string, date: string, reason: string) =>
    `Impossible time range "${text}" on ${date}: ${reason}.`,
  badTimeReasons: {
    hour: "hour beyond 24",
    startAt24: "24:00 can only be an end time",
    minute: "minutes beyond 59",
    same: "start and end are the same",
    missingEnd: "the end time is missing",
    missingStart: "the start time is missing",
  },
  badDate: (text: string) =>
    `Unreadable or improbable date: "${text}" (far from the tab's other dates, or outside the years 1900 to 2200). Row not read.`,
  duplicatePerson: (name: string, tab: string, rows: string) =>
    `${name} is on several lines of tab "${tab}" (${rows}).`,
  rowsWord: (list: string) => `rows ${list}`,
  columnsWord: (list: string) => `columns ${list}`,
  badLayout: (tab: string, reason: string) =>
    `Tab "${tab}" looks like a planning but its days cannot be read: ${reason}. Tab not checked.`,
  badLayoutReasons: {
    noDays: "no readable days, although the settings name this tab as a planning",
    monthUnknown: "month or year unknown (neither in the tab name nor in a title above the days)",
    notInOrder: (cell: string) => `the days are not in order (cell ${cell})`,
    dayTwice: (cell: string) => `a day appears twice (cell ${cell})`,
    notADay: (text: string, cell: string) => `"${text}" is not a day of the month (cell ${cell})`,
    improbableDay: (text: string, cell: string) =>
      `"${text}" is an improbable date, far from the other days or outside the years 1900 to 2200 (cell ${cell})`,
  },
  badSetting: (tab: string, row: number, reason: string) =>
    `Tab "${tab}", row ${row}: ${reason}. Row ignored.`,
  codesNoHeader: (tab: string) =>
    `Tab "${tab}" has no Code | Label | Start | End | Break (min) | Type header: the default legend is used.`,
  badSettingReasons: {
    noCode: "code missing",
    badType: (text: string) => `unknown type "${text}" (work, night, sleep-in, absence or rest)`,
    noStart: (code: string) => `code ${code} has no start time`,
    noEnd: (code: string) => `code ${code} has no end time`,
    badStart: (text: string) => `unreadable start time "${text}"`,
    badEnd: (text: string) => `unreadable end time "${text}"`,
    sameTimes: (code: string) => `code ${code} starts and ends at the same time`,
    badBreak: (text: string) => `unreadable break "${text}" (a number of minutes)`,
    duplicate: (code: string) => `code ${code} is already defined above`,
  },
};
