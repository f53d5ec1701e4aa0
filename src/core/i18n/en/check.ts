// English: the planning check — rule names, coverage/qualification/contract-hours messages, staff tab, report and marks.
import type { check as fr } from "../fr/check";

export const check: typeof fr = {
  ruleNames: {
    "unknown-code": "Unknown code",
    "bad-time": "Impossible time",
    "duplicate-person": "Duplicate person",
    "bad-layout": "Unreadable tab",
    "unread-tab": "Tab not read",
    overlap: "Overlap",
    "absence-conflict": "Work during an absence",
    "daily-rest": "Daily rest",
    "daily-max": "Daily hours",
    amplitude: "Span of the day",
    "weekly-max": "Weekly hours",
    "weekly-average": "Weekly average",
    "weekly-rest": "Weekly rest",
    "days-per-week": "Days worked per week",
    "consecutive-days": "Consecutive days",
    "night-max": "Night length",
    "sleep-in-max": "Sleep-in length",
    "split-shift": "Split shift",
    break: "Break",
    "contract-hours": "Contract hours",
    coverage: "Coverage",
    qualification: "Qualification",
    "bad-setting": "Setting",
  },
  slotNames: { matin: "morning", soir: "evening", journée: "day", nuit: "night" },
  coverage: (date: string, slot: string, present: number, minimum: number, names: string) =>
    `Coverage too low on ${date} (${slot}): ${present} ${present === 1 ? "person" : "people"} for a minimum of ${minimum}` +
    (names ? ` (${names}).` : "."),
  qualification: (date: string, slot: string, qualification: string) =>
    `Missing qualification on ${date} (${slot}): nobody with the "${qualification}" qualification.`,
  contractHours: (
    person: string,
    month: string,
    planned: string,
    contract: string,
    weekly: string,
    percent: string,
    absences: string,
  ) =>
    `${person}: ${planned} planned in ${month}${absences ? ` (of which ${absences} of absences)` : ""} for ${contract} in the contract (${weekly}/week), a gap of ${percent} %.`,
  staff: {
    noHeader: (tab: string) =>
      `Tab "${tab}": header row not found (Name | Role/Qualification | Hours/week | Unit | Night worker).`,
    badHours: (name: string, cell: string, value: string) =>
      `Staff, ${name} (${cell}): "${value}" is not a number of hours per week (e.g. 35 or 17.5).`,
    badNight: (name: string, cell: string, value: string) =>
      `Staff, ${name} (${cell}): "${value}" is not yes or no (night worker).`,
    duplicate: (name: string, cell: string, firstCell: string) =>
      `Staff: "${name}" (${cell}) is listed twice (already in ${firstCell}): the first row is used.`,
    badEmail: (name: string, cell: string, value: string) =>
      `Staff, ${name} (${cell}): "${value}" is not an e-mail address (one per person, e.g. lea.martin@example.org).`,
  },
  report: {
    title: "Planning check",
    generatedAt: "Checked on",
    preset: "Rule base",
    tabsRead: "Tabs read",
    tabsIgnored: "Tabs ignored",
    people: "People",
    shifts: "Work sequences",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
    none: "none",
    moreFindings: (n: number) => `… and ${n} more.`,
    noFinding: "No problem found.",
    columns: ["Severity", "Rule", "Person", "Date", "Tab", "Cells", "Message"],
  },
  presetNames: {
    "code-du-travail": "Code du travail (French labour code)",
    ccn66: "CCN 66",
    ccn51: "CCN 51",
  },
  marks: {
    notePrefix: "[Relève]",
    more: (n: number) => `… and ${n} more (see the Planning check tab).`,
  },
};
