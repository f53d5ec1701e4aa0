// The demo's log as the morning after its last night, dated so that "today" is the real today: 7 entries Léa
// has not read, 6 open follow-ups (1 overdue, 2 due today, 1 of them hers), as issue 13 measured them.

import { demoHandovers, RESIDENTS } from "../../scripts/demo/handovers";
import { entryToRow, type HandoverEntry, headerRow, makeEntryId } from "../../src/core/handovers";
import { civilDate, dayNumber, isoSecondsWithOffset, zone } from "../../src/core/time";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions } from "../fakes";

const paris = zone("Europe/Paris");
/** The morning the demo's night ends on. */
const DEMO_TODAY = dayNumber("2026-11-26");

/** The night's entries the demo lacks: a runaway with a follow-up for Léa, an asthma attack. */
const NIGHT: Array<Omit<HandoverEntry, "id" | "writtenAt" | "shift" | "readBy"> & { at: string }> = [
  {
    at: "2026-11-25 23:40",
    author: "Lambert Sophie",
    person: "Kylian D.",
    category: "Incident",
    severity: "urgent",
    target: "Fugue",
    data: "Kylian est sorti par la fenêtre de sa chambre vers 23 h 30 ; retrouvé à 0 h 15 devant la boulangerie, calme.",
    actions: "Appel à l'astreinte, retour à l'unité, collation.",
    followUp: {
      what: "Prévenir la cheffe de service et rédiger la fiche d'incident",
      due: "2026-11-26",
      owner: "Martin Léa",
    },
    followUpStatus: "open",
  },
  {
    at: "2026-11-26 03:20",
    author: "Lambert Sophie",
    person: "Lina F.",
    category: "Santé",
    severity: "urgent",
    target: "Asthme",
    data: "Lina se réveille essoufflée, sifflements. Ventoline 2 bouffées selon l'ordonnance.",
    results: "Respiration calme à 3 h 45.",
  },
];

/** Moves an entry by `days` whole days, keeping its wall-clock time, its id's suffix and its due dates. */
function redate(entry: HandoverEntry, days: number): HandoverEntry {
  const move = (iso: string): string => {
    const [date, time] = [iso.slice(0, 10), iso.slice(11, 16)];
    const [h, m] = time.split(":").map(Number) as [number, number];
    return isoSecondsWithOffset(paris.toInstant(dayNumber(date) + days, h * 60 + m) * 60_000, paris);
  };
  const writtenAt = move(entry.writtenAt);
  const moved: HandoverEntry = {
    ...entry,
    writtenAt,
    id: makeEntryId(Date.parse(writtenAt), paris, entry.id.slice(-6)),
  };
  if (entry.followUp?.due) {
    moved.followUp = { ...entry.followUp, due: civilDate(dayNumber(entry.followUp.due) + days) };
  }
  if (entry.followUpClosedAt) moved.followUpClosedAt = move(entry.followUpClosedAt);
  return moved;
}

/** The demo's entries plus the night's, moved so that the demo's last morning is the real today. */
export function demoNight(nowMs = Date.now()): HandoverEntry[] {
  const today = paris.toWall(Math.floor(nowMs / 60000)).day;
  const night = NIGHT.map(({ at, ...rest }, i): HandoverEntry => {
    const ms =
      paris.toInstant(dayNumber(at.slice(0, 10)), Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16))) *
      60_000;
    return {
      ...rest,
      id: makeEntryId(ms, paris, `n${i}night`),
      writtenAt: isoSecondsWithOffset(ms, paris),
      shift: "nuit",
      readBy: [],
    };
  });
  return [...demoHandovers(), ...night]
    .sort((a, b) => Date.parse(a.writtenAt) - Date.parse(b.writtenAt))
    .map((e) => redate(e, today - DEMO_TODAY));
}

/**
 * A fake with the demo's residents, its team (Léa linked to lea@example.org by the E-mail column) and the
 * night's log written as the add-on writes it; installed for the server functions.
 */
export function demoNightWorld(options: FakeOptions = {}): FakeAppsScript {
  const fake = createFakeAppsScript({
    userEmail: "lea@example.org",
    sheets: {
      Résidents: [
        ["Nom", "Unité", "Actif"],
        ...RESIDENTS.map((r) => [r.name, r.unit, r.active ? "oui" : "non"]),
      ],
      Équipe: [
        ["Nom", "Fonction", "E-mail"],
        ["Martin Léa", "éducatrice", "lea@example.org"],
        ["Lambert Sophie", "veilleuse", "sophie@example.org"],
        ["Roux Manon", "éducatrice", ""],
        ["Mercier Aline", "veilleuse", ""],
      ],
      Transmissions: [headerRow("fr"), ...demoNight().map((e) => entryToRow(e, "fr"))],
    },
    ...options,
  });
  fake.install();
  return fake;
}
