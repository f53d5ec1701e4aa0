// English: the settings tab (`Settings`) — column headers, key explanations and bad-setting messages.
import type { settings as fr } from "../fr/settings";

export const settings: typeof fr = {
  header: { key: "key", value: "value", explanation: "explanation" },
  unit: {
    hours: "in hours (11, 11 h, 10h30)",
    minutes: "in minutes (20, 20 min)",
    days: "in days",
    percent: "in %",
  },
  explain: {
    preset: "Rule base: code-du-travail (default), ccn66 or ccn51. The rows below change it.",
    timeZone: "The establishment's time zone (IANA name); defaults to the spreadsheet's, else Europe/Paris.",
    planningTabs: "auto (planning tabs detected) or tab names separated by commas.",
    establishment: "The establishment's name, shown in the report and the briefing.",
    handoverCategories:
      "Handover categories, separated by commas (empty: Health, Medication, Behaviour, Incident, Appointment…).",
    handoverDays: "How many days back “To read” looks for entries each person has not read yet (default 7).",
    year: "The year of plannings that do not give it (lists by week, tabs without a year), e.g. 2026.",
    reading:
      "reading.<tab>.<key> corrects how one tab is read: layout, names (columns, e.g. B+C), day row, month (e.g. 2026-11), start (Monday of a pattern's line 1), ignore (yes/no). See docs/layouts.md.",
    briefingHour: "Hour the morning briefing is sent, 0 to 23 (default 7).",
    briefingRecipients: "E-mail addresses of the briefing's recipients, separated by commas.",
    briefingMode: "minimal (default: no resident name in the e-mail) or full.",
    ruleSwitch: (rule: string) => `yes/no: turns the "${rule}" rule on or off.`,
    ruleWarning: (rule: string, unit: string) =>
      `Warning threshold of the "${rule}" rule, ${unit}; "no" for no warning.`,
    ruleError: (rule: string, unit: string) =>
      `Error threshold of the "${rule}" rule, ${unit}; "no" for no error.`,
    weeklyAverageWeeks: "Number of consecutive weeks the weekly average is computed over.",
    weeklyRestDuration: "Minimum continuous weekly rest, in hours (35 = 24 h + 11 h).",
    weeklyRestInsideWeek: "Minimum part of that rest inside the week, in hours (24).",
    weeklyRestDays: "Minimum rest days per week (0 = not checked; 2 under CCN 66).",
    splitSequences: "Maximum number of work sequences in one day.",
    splitMinSequence: "Minimum length of one work sequence, in hours.",
    breakShift: "Shift length from which a break is due, in hours (6).",
    breakMinimum: "Minimum break due, in minutes (20).",
    contractDeviation: "Allowed gap between a month's planned hours and the contract (Staff tab), in % (10).",
    sleepInPresence: "Sleep-in: presence counted as a flat rate, in hours (9).",
    sleepInCounted: "Sleep-in: work hours counted for that presence (3).",
    sleepInFurther: "Sleep-in: minutes counted per further hour of presence (30).",
    coverage:
      "coverage.<slot> = minimum people every day; slots: morning, evening, day, night; " +
      "a weekday before or after the slot limits it to that day (coverage.saturday.morning = 3, also weekdays and weekend).",
    coverageQualification:
      "coverage.<slot>.qualification = qualification required on the slot (Role/Qualification column of the Staff tab).",
  },
  expected: {
    preset: "code-du-travail, ccn66 or ccn51",
    timeZone: "an IANA time zone, e.g. Europe/Paris",
    planningTabs: "auto or tab names separated by commas",
    text: "some text",
    list: "items separated by commas",
    hour: "a whole hour from 0 to 23",
    emails: "e-mail addresses separated by commas",
    mode: "minimal or full",
    boolean: "yes or no",
    hours: "a number of hours, e.g. 11, 11 h or 10h30",
    hoursOrNo: 'a number of hours (11, 11 h, 10h30) or "no"',
    minutes: "a number of minutes, e.g. 20 or 20 min",
    days: (min: number, max: number) => `a whole number of days from ${min} to ${max}`,
    daysOrNo: (min: number, max: number) => `a whole number of days from ${min} to ${max} or "no"`,
    count: (min: number, max: number) => `a whole number from ${min} to ${max}`,
    percent: "a percentage, e.g. 10 or 10 %",
    coverageMinimum: "a whole number of people, 0 or more",
    qualification: "a qualification name, e.g. night watch",
  },
  badValue: (key: string, cell: string, value: string, expected: string) =>
    `Setting "${key}" (${cell}): "${value}" is not valid. Expected: ${expected}.`,
  badEmails: (key: string, cell: string, bad: string) =>
    `Setting "${key}" (${cell}): invalid e-mail address(es): ${bad}.`,
  unknownKey: (key: string, cell: string) =>
    `Unknown setting "${key}" (${cell}): row ignored. Known keys are listed in the Settings tab made by "Set up the workbook" and by "releve help".`,
  badReadingValue: (key: string, cell: string, value: string) =>
    `Setting "${key}" (${cell}): "${value}" is not valid. Expected, by key: a layout (grid-people-days, grid-days-people, shift-list, grid-subcolumns, posts-days, cyclic-pattern), columns (B or B+C), a row number, a month (2026-11), a date (2026-01-05) or yes/no.`,
  badCoverageKey: (key: string, cell: string) =>
    `Setting "${key}" (${cell}): unknown slot or day. Expected: coverage.<slot> with morning, evening, day or night, optionally a weekday (monday… sunday, weekdays, weekend) and .qualification.`,
  duplicateKey: (key: string, cell: string, firstCell: string) =>
    `Setting "${key}" (${cell}) given twice (already in ${firstCell}): the last value is used.`,
  valueWithoutKey: (cell: string) =>
    `Value without a key in ${cell}: row ignored. Write the key in column A.`,
  unknownTab: (key: string, cell: string, tabs: string) =>
    `Setting "${key}" (${cell}): tab(s) not found: ${tabs}.`,
};
