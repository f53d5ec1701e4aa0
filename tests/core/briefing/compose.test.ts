// Composing the briefing of a realistic day: the five sections, their order, and the counts.
import { composeBriefing } from "../../../src/core/briefing";
import type { Finding } from "../../../src/core/findings";
import {
  DATE,
  ESTABLISHMENT,
  FINDINGS,
  fixtureModel,
  OPEN_FOLLOW_UPS,
  PARIS,
  WINDOW,
  WINDOW_ENTRIES,
} from "./fixtures";

const model = () => fixtureModel();

describe("composeBriefing", () => {
  test("section 1 lists urgent and à surveiller entries of the window, unacknowledged first", () => {
    const m = model();
    expect(m.alerts.map((a) => a.entry.id)).toEqual([
      "20261124-031000-aaaa01", // urgent, unread
      "20261123-190000-aaaa06", // watch, unread
      "20261123-234000-aaaa02", // watch, read by Paul
    ]);
    expect(m.alerts[0]?.unacknowledged).toBe(true);
    expect(m.alerts[0]?.when).toBe("24/11 03:10");
    expect(m.alerts[2]?.unacknowledged).toBe(false);
  });

  test("section 2 lists follow-ups due today or overdue, the most late first, with who and since when", () => {
    const m = model();
    expect(m.followUps.map((f) => [f.what, f.overdueDays, f.owner])).toEqual([
      ["Rappeler la mère de Noah", 2, "Dubois Paul"],
      ["Appeler le médecin traitant dès 8 h", 0, "Roux Sophie"],
    ]);
    expect(m.followUps[0]?.since).toBe("20/11 14:00");
    // Due on the 26th (not yet), done, or the appointment (listed in section 3): not here.
    const whats = m.followUps.map((f) => f.what);
    expect(whats).not.toContain("Passer à la pharmacie");
    expect(whats).not.toContain("Vérifier le pilulier");
    expect(whats).not.toContain("Accompagner chez l'orthophoniste");
  });

  test("section 3 lists today's appointments, even when written days before", () => {
    const m = model();
    expect(m.appointments.map((a) => a.entry.person)).toEqual(["Chloé Moreau"]);
    expect(m.counts.appointments).toBe(1);
  });

  test("section 4 shows who works today per slot, absences, the coverage gap and near planning findings", () => {
    const s = model().staffing;
    expect(s.planned).toBe(true);
    expect(s.slots.map((g) => [g.slot, g.people.map((p) => `${p.name} ${p.from}-${p.to}`)])).toEqual([
      ["matin", ["Martin Léa 07:00-14:30"]],
      ["journée", ["Roux Sophie 09:00-17:00"]],
      ["soir", ["Dubois Paul 13:30-21:30"]],
      ["nuit", ["Garcia Karim 21:00-07:00"]],
    ]);
    expect(s.absent).toEqual([{ name: "Fontaine Anne", code: "CA" }]);
    expect(s.gaps.map((g) => g.message)).toEqual(["Couverture du soir le 24/11 : 1 personne, minimum 2."]);
    // Today and the next two days only; the warning of the 28th is too far ahead.
    expect(s.findings.map((f) => [f.ruleId, f.date])).toEqual([
      ["amplitude", "2026-11-24"],
      ["daily-rest", "2026-11-25"],
    ]);
  });

  test("coverage gaps of today and the next two days are gaps; later ones are not shown", () => {
    const gap = (date: string) => ({
      ...(FINDINGS[0] as Finding),
      date,
      message: `Couverture de la nuit le ${date.slice(8)}/11 : 1 personne pour 2 minimum.`,
    });
    const m = composeBriefing({
      date: DATE,
      lang: "fr",
      zone: PARIS,
      establishment: ESTABLISHMENT,
      window: WINDOW,
      entries: WINDOW_ENTRIES,
      timeline: null,
      findings: [...FINDINGS, gap("2026-11-26"), gap("2026-11-27")],
      generatedAtMs: WINDOW.untilMs,
    });
    expect(m.staffing.gaps.map((g) => g.date)).toEqual(["2026-11-24", "2026-11-26"]);
    expect(m.staffing.findings.map((f) => f.ruleId)).not.toContain("coverage");
    expect(m.counts.coverageGaps).toBe(2);
  });

  test("section 5 groups every other entry of the window by person, Service last", () => {
    const m = model();
    expect(m.others.map((g) => [g.person, g.items.length])).toEqual([
      ["Noah Durand", 2],
      ["Service", 1],
    ]);
    // Chronological inside a person.
    expect(m.others[0]?.items.map((i) => i.entry.data)).toEqual([
      "Match de foot gagné, très fier",
      "Repas pris en entier, douche sans aide",
    ]);
  });

  test("counts cover the window only and never carry a name", () => {
    const c = model().counts;
    expect(c.entries).toBe(6);
    expect(c.bySeverity).toEqual({ urgent: 1, watch: 2, info: 3 });
    expect(c.byCategory).toEqual([
      { category: "Santé", count: 1 },
      { category: "Comportement", count: 1 },
      { category: "Incident", count: 1 },
      { category: "Scolarité/Activité", count: 1 },
      { category: "Vie quotidienne", count: 1 },
      { category: "Logistique", count: 1 },
    ]);
    expect(c.unacknowledgedUrgent).toBe(1);
    expect(c.followUpsDueToday).toBe(1);
    expect(c.followUpsOverdue).toBe(1);
    expect(c.staffToday).toBe(4);
    expect(c.coverageGaps).toBe(1);
    expect(c.planningErrorsToday).toBe(1);
  });

  test("a corrected entry is marked, and its follow-up no longer counts", () => {
    const correction = {
      ...WINDOW_ENTRIES[0],
      id: "20261124-050000-aaaa99",
      writtenAt: "2026-11-24T05:00:00+01:00",
      corrects: "20261124-031000-aaaa01",
      data: "Température 38,2 °C (et non 39,2)",
      followUp: undefined,
      followUpStatus: undefined,
    } as (typeof WINDOW_ENTRIES)[number];
    const m = composeBriefing({
      date: DATE,
      lang: "fr",
      zone: PARIS,
      establishment: ESTABLISHMENT,
      window: WINDOW,
      entries: [...WINDOW_ENTRIES, correction],
      openFollowUps: OPEN_FOLLOW_UPS,
      timeline: null,
      findings: [],
      generatedAtMs: WINDOW.untilMs,
    });
    const original = m.alerts.find((a) => a.entry.id === "20261124-031000-aaaa01");
    expect(original?.corrected).toBe(true);
    expect(original?.unacknowledged).toBe(false);
    expect(m.followUps.map((f) => f.what)).not.toContain("Appeler le médecin traitant dès 8 h");
    expect(m.staffing.planned).toBe(false);
  });

  test("English workbooks get English dates and the same sections", () => {
    const m = composeBriefing({
      date: DATE,
      lang: "en",
      zone: PARIS,
      establishment: ESTABLISHMENT,
      window: WINDOW,
      entries: WINDOW_ENTRIES,
      timeline: null,
      findings: [],
      generatedAtMs: WINDOW.untilMs,
    });
    expect(m.alerts[0]?.when).toBe("24 Nov 03:10");
    expect(m.lang).toBe("en");
  });
});
