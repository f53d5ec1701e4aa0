// A realistic day in a children's home (Tuesday 24 November 2026): entries, follow-ups, team and findings.
import { type BriefingEntry, type BriefingModel, composeBriefing } from "../../../src/core/briefing";
import type { Finding } from "../../../src/core/findings";
import { makeSequence } from "../../../src/core/planning/sequence";
import type { Person, Timeline } from "../../../src/core/planning/types";
import { dayNumber, zone } from "../../../src/core/time";

export const PARIS = zone("Europe/Paris");
export const DATE = "2026-11-24";
export const ESTABLISHMENT = "MECS Les Tilleuls";

/** Residents of the Résidents tab (never in a minimal e-mail). */
export const RESIDENTS = ["Lucas Bernard", "Emma Petit", "Noah Durand", "Chloé Moreau", "Inès Lambert"];
/** Staff of the planning. */
export const STAFF = ["Martin Léa", "Dubois Paul", "Roux Sophie", "Garcia Karim", "Fontaine Anne"];

const base = (id: string, writtenAt: string, fields: Partial<BriefingEntry>): BriefingEntry => ({
  id,
  writtenAt,
  author: "auteur@example.org",
  shift: "nuit",
  person: "Service",
  category: "Info générale",
  severity: "info",
  data: "",
  readBy: [],
  ...fields,
});

/** The entries of the fixture day; the window is 23/11 07:00 → 24/11 07:00. */
export const ENTRIES: BriefingEntry[] = [
  base("20261124-031000-aaaa01", "2026-11-24T03:10:00+01:00", {
    person: "Lucas Bernard",
    category: "Santé",
    severity: "urgent",
    target: "Fièvre",
    data: "Température 39,2 °C à 3 h, frissons",
    actions: "Paracétamol 500 mg donné à 3 h 15",
    results: "38,1 °C à 4 h 30, dort",
    followUp: { what: "Appeler le médecin traitant dès 8 h", due: "2026-11-24", owner: "Roux Sophie" },
    followUpStatus: "open",
    author: "garcia.karim@example.org",
  }),
  base("20261123-234000-aaaa02", "2026-11-23T23:40:00+01:00", {
    person: "Emma Petit",
    category: "Comportement",
    severity: "watch",
    data: "Réveil agité après un cauchemar, rendormie vers 1 h",
    readBy: ["dubois.paul@example.org"],
    author: "garcia.karim@example.org",
  }),
  base("20261123-201500-aaaa03", "2026-11-23T20:15:00+01:00", {
    person: "Noah Durand",
    category: "Vie quotidienne",
    shift: "soir",
    data: "Repas pris en entier, douche sans aide",
  }),
  base("20261123-160000-aaaa04", "2026-11-23T16:00:00+01:00", {
    category: "Logistique",
    shift: "soir",
    data: "Le véhicule 2 doit passer au contrôle technique",
  }),
  base("20261123-143000-aaaa05", "2026-11-23T14:30:00+01:00", {
    person: "Noah Durand",
    category: "Scolarité/Activité",
    shift: "matin",
    data: "Match de foot gagné, très fier",
  }),
  base("20261123-190000-aaaa06", "2026-11-23T19:00:00+01:00", {
    person: "Inès Lambert",
    category: "Incident",
    severity: "watch",
    target: '=IMPORTXML("http://x","//a")',
    data: "<img src=x onerror=alert(1)> & <script>alert('x')</script>",
    shift: "soir",
  }),
  // Outside the window: only its open follow-ups or appointment may show.
  base("20261122-100000-aaaa07", "2026-11-22T10:00:00+01:00", {
    person: "Chloé Moreau",
    category: "Rendez-vous",
    shift: "matin",
    data: "Rendez-vous chez l'orthophoniste le 24 à 10 h 30",
    followUp: {
      what: "Accompagner chez l'orthophoniste",
      due: "2026-11-24",
      shift: "matin",
      owner: "Martin Léa",
    },
    followUpStatus: "open",
  }),
  base("20261120-140000-aaaa08", "2026-11-20T14:00:00+01:00", {
    person: "Noah Durand",
    category: "Famille",
    shift: "matin",
    data: "Sa mère souhaite parler du week-end",
    followUp: { what: "Rappeler la mère de Noah", due: "2026-11-22", owner: "Dubois Paul" },
    followUpStatus: "open",
  }),
  base("20261121-090000-aaaa09", "2026-11-21T09:00:00+01:00", {
    person: "Emma Petit",
    category: "Santé",
    data: "Ordonnance à renouveler",
    followUp: { what: "Passer à la pharmacie", due: "2026-11-26" },
    followUpStatus: "open",
  }),
  base("20261121-100000-aaaa10", "2026-11-21T10:00:00+01:00", {
    person: "Lucas Bernard",
    category: "Traitement",
    data: "Dosage changé",
    followUp: { what: "Vérifier le pilulier", due: "2026-11-23" },
    followUpStatus: "done",
    followUpClosedBy: "roux.sophie@example.org",
  }),
  base("20261122-080000-aaaa11", "2026-11-22T08:00:00+01:00", {
    person: "Chloé Moreau",
    category: "Vie quotidienne",
    data: "Chambre rangée",
  }),
];

/** The entries written inside the window (what the index read returns, give or take a day). */
export const WINDOW_ENTRIES = ENTRIES.slice(0, 6).concat(ENTRIES[10] as BriefingEntry);
/** The open follow-ups (whatever their age). */
export const OPEN_FOLLOW_UPS = ENTRIES.filter((e) => e.followUpStatus === "open");

export const WINDOW = {
  sinceMs: Date.parse("2026-11-23T07:00:00+01:00"),
  untilMs: Date.parse("2026-11-24T07:00:00+01:00"),
};

const DAY = dayNumber(DATE);

function person(name: string, shifts: Array<[number, number, number, string, "work" | "night"]>): Person {
  const key = name.toLowerCase();
  return {
    key,
    name,
    sequences: shifts.map(([day, start, end, code, type], i) =>
      makeSequence(
        {
          personKey: key,
          name,
          day,
          startMinute: start,
          endMinute: end,
          type,
          breakMinutes: 0,
          code,
          cell: { tab: "Novembre 2026", row: 5, col: i + 2 },
        },
        PARIS,
      ),
    ),
    marks: [],
  };
}

/** The planning around the date: a morning, an evening (alone: coverage gap), a day, a night; one absence. */
export function timeline(): Timeline {
  const absent = person("Fontaine Anne", []);
  absent.marks.push({
    personKey: absent.key,
    day: DAY,
    type: "absence",
    code: "CA",
    cell: { tab: "Novembre 2026", row: 9, col: 25 },
    name: "Fontaine Anne",
  });
  return {
    zone: PARIS,
    undatedPersons: [],
    persons: [
      person("Martin Léa", [[DAY, 420, 870, "M", "work"]]),
      person("Dubois Paul", [
        [DAY, 810, 1290, "S", "work"],
        [DAY + 1, 420, 870, "M", "work"],
      ]),
      person("Roux Sophie", [[DAY, 540, 1020, "J", "work"]]),
      person("Garcia Karim", [
        [DAY - 1, 1260, 420, "N", "night"],
        [DAY, 1260, 420, "N", "night"],
      ]),
      absent,
    ],
    tabs: [
      {
        name: "Novembre 2026",
        status: "read",
        how: [],
        absences: 0,
        notUnderstood: 0,
        layout: "grid-people-days",
        firstDay: DAY - 23,
        lastDay: DAY + 6,
        people: 5,
        shifts: 6,
      },
    ],
    ignoredTabs: [],
    plannedRanges: [[DAY - 23, DAY + 6]],
    readingFindings: [],
  };
}

const finding = (
  f: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "date" | "message">,
): Finding => ({
  person: null,
  tab: "Novembre 2026",
  cells: [],
  details: {},
  ...f,
});

/** Findings of the check: a coverage gap today, a daily-rest error tomorrow, a warning too far ahead. */
export const FINDINGS: Finding[] = [
  finding({
    ruleId: "coverage",
    severity: "error",
    date: DATE,
    message: "Couverture du soir le 24/11 : 1 personne, minimum 2.",
  }),
  finding({
    ruleId: "daily-rest",
    severity: "error",
    person: "Dubois Paul",
    date: "2026-11-25",
    message: "Repos quotidien de 9 h entre le 24/11 21:30 et le 25/11 07:00 (minimum 11 h) pour Dubois Paul.",
  }),
  finding({
    ruleId: "amplitude",
    severity: "error",
    person: "Roux Sophie",
    date: DATE,
    message: "Amplitude de 14 h le 24/11 pour Roux Sophie (maximum 13 h).",
  }),
  finding({
    ruleId: "consecutive-days",
    severity: "warning",
    person: "Martin Léa",
    date: "2026-11-28",
    message: "7 jours travaillés d'affilée jusqu'au 28/11 pour Martin Léa.",
  }),
];

/** Every text of every entry (what a minimal e-mail must never contain). */
export function entryTexts(entries: readonly BriefingEntry[] = ENTRIES): string[] {
  return entries.flatMap((e) =>
    [e.data, e.target, e.actions, e.results, e.followUp?.what].filter(
      (x): x is string => typeof x === "string" && x.length > 0,
    ),
  );
}

/** The briefing of the fixture day, as generated at 07:02 (or at `generatedAtMs`). */
export function fixtureModel(
  lang: "fr" | "en" = "fr",
  generatedAtMs: number = Date.parse("2026-11-24T07:02:00+01:00"),
): BriefingModel {
  return composeBriefing({
    date: DATE,
    lang,
    zone: PARIS,
    establishment: ESTABLISHMENT,
    window: WINDOW,
    entries: WINDOW_ENTRIES,
    openFollowUps: OPEN_FOLLOW_UPS,
    timeline: timeline(),
    findings: FINDINGS,
    generatedAtMs,
  });
}
