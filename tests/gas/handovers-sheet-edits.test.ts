// The handover log is a tab people sort, filter, widen and edit: answers never depend on row order or column
// position, nothing is written into the wrong column, and an entry edited by hand shows as such (issue 11).
import { COLUMNS, headerRow } from "../../src/core/handovers";
import {
  acknowledgeHandover,
  addHandover,
  closeFollowUp,
  generateBriefing,
  listHandovers,
  loadInbox,
} from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { cellValue, handoverTab, INPUT, ids, setNow, setUp, tearDown } from "./handovers-setup";

let fake: FakeAppsScript;
afterEach(() => tearDown(fake));

/** Eight entries over three days, two residents, one urgent, one follow-up; the clock ends on the 26th. */
function writeWeek(): string[] {
  const written: string[] = [];
  const at = (iso: string, input: Record<string, unknown>) => {
    setNow(iso);
    written.push(addHandover({ ...INPUT, ...input }).id);
  };
  at("2026-11-24T07:10:00+01:00", { data: "Lever difficile." });
  at("2026-11-24T14:00:00+01:00", { person: "Petit Zoé", data: "Repas pris." });
  at("2026-11-24T22:30:00+01:00", { severity: "urgent", data: "Fugue à 22 h, revenu à 23 h." });
  at("2026-11-25T06:50:00+01:00", { person: "Petit Zoé", data: "Toux la nuit." });
  at("2026-11-25T13:40:00+01:00", { followUp: { what: "Appeler le médecin", due: "2026-11-26" } });
  at("2026-11-25T21:00:00+01:00", { person: "Petit Zoé", category: "Famille", data: "Appel de la mère." });
  at("2026-11-26T06:40:00+01:00", { data: "Nuit calme." });
  at("2026-11-26T07:05:00+01:00", { person: "Service", category: "Logistique", data: "Ampoule." });
  setNow("2026-11-26T07:30:00+01:00");
  return written;
}

/** What the sidebar and the briefing would answer, in an order-free form. */
function answers() {
  const sorted = (list: string[]) => [...list].sort();
  const inbox = loadInbox({});
  return {
    all: ids(listHandovers({})),
    since25: ids(listHandovers({ since: "2026-11-25" })),
    zoe: ids(listHandovers({ person: "Petit Zoé" })),
    open: ids(listHandovers({ openFollowUpsOnly: true })),
    urgent: ids(listHandovers({ severity: "urgent", since: "2026-11-24" })),
    inbox: sorted(ids(inbox.unread)),
    inboxFollowUps: sorted(ids(inbox.openFollowUps)),
  };
}

const col = (sheet: FakeSheet, header: string): number =>
  (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).indexOf(header) + 1;

describe("11.10 — any order of rows gives the same answers", () => {
  it("a tab sorted newest first, by person, or by any column loses no entry", () => {
    fake = setUp();
    const written = writeWeek();
    const before = answers();
    expect(before.all).toHaveLength(8);
    expect(before.since25).toHaveLength(5);
    const sheet = handoverTab(fake);
    sheet.setFrozenRows(1);
    const orders: Array<[string, boolean]> = [
      ["Écrit le", false],
      ["Personne concernée", true],
      ...COLUMNS.map((_, i): [string, boolean] => [String(sheet.getRange(1, i + 1).getValue()), i % 2 === 0]),
      ["Écrit le", true],
    ];
    for (const [header, ascending] of orders) {
      sheet.sort(col(sheet, header), ascending);
      expect({ order: `${header} ${ascending ? "↑" : "↓"}`, ...answers() }).toEqual({
        order: `${header} ${ascending ? "↑" : "↓"}`,
        ...before,
      });
    }
    expect(written).toHaveLength(8);
  });

  it("after a sort, acknowledging, closing and adding still reach the right rows, and the briefing sees every entry", () => {
    fake = setUp();
    const written = writeWeek();
    const briefingBefore = generateBriefing("2026-11-26");
    const sheet = handoverTab(fake);
    sheet.setFrozenRows(1);
    sheet.sort(col(sheet, "Écrit le"), false);
    expect(generateBriefing("2026-11-26")).toMatchObject({
      entries: briefingBefore.entries,
      alerts: briefingBefore.alerts,
      followUpsDueToday: briefingBefore.followUpsDueToday,
    });
    const urgent = written[2] as string;
    fake.runAs("coord", () => acknowledgeHandover(urgent), { userEmail: "coord@example.org" });
    expect(listHandovers({ severity: "urgent" })[0]?.readBy).toEqual(["coord@example.org"]);
    closeFollowUp(written[4]);
    expect(listHandovers({ openFollowUpsOnly: true })).toEqual([]);
    const later = addHandover({ ...INPUT, data: "Après le tri." });
    expect(ids(listHandovers({ since: "2026-11-26" }))).toEqual([later.id, written[7], written[6]]);
    sheet.sort(col(sheet, "Personne concernée"), true);
    expect(ids(listHandovers({ since: "2026-11-26" }))).toEqual([later.id, written[7], written[6]]);
  });
});

describe("11.11 — columns are found by their header at every operation", () => {
  it("a column inserted before Lu par: acknowledging writes the reader into Lu par, not into the user's column", () => {
    fake = setUp();
    const entry = addHandover({ ...INPUT, severity: "urgent", followUp: { what: "Rappeler", owner: "IDE" } });
    const sheet = handoverTab(fake);
    const readBy = col(sheet, "Lu par");
    sheet.insertColumnsBefore(readBy, 1);
    sheet.getRange(1, readBy).setValue("Commentaire");
    sheet.getRange(2, readBy).setValue("vu en réunion");
    sheet.insertColumnsBefore(col(sheet, "Suivi : pour qui"), 2);
    acknowledgeHandover(entry.id);
    expect(sheet.getRange(2, col(sheet, "Commentaire")).getValue()).toBe("vu en réunion");
    expect(sheet.getRange(2, col(sheet, "Lu par")).getValue()).toBe("lea@example.org");
    expect(sheet.getRange(2, col(sheet, "Suivi : pour qui")).getValue()).toBe("IDE");
    expect(closeFollowUp(entry.id)).toMatchObject({ followUpStatus: "done" });
    expect(sheet.getRange(2, col(sheet, "Suivi : statut")).getValue()).toBe("fait");
    expect(listHandovers({})[0]).toMatchObject({
      id: entry.id,
      readBy: ["lea@example.org"],
      followUp: { what: "Rappeler", owner: "IDE" },
      followUpStatus: "done",
    });
  });

  it("moved columns and a widened tab: new entries land under their headers, the user's columns stay empty", () => {
    fake = setUp();
    addHandover(INPUT);
    const sheet = handoverTab(fake);
    sheet.moveColumns(sheet.getRange(1, col(sheet, "Données")), 1);
    sheet.moveColumns(sheet.getRange(1, col(sheet, "Lu par")), 3);
    const extra = sheet.getLastColumn() + 1;
    sheet.getRange(1, extra).setValue("Remarque du chef");
    sheet.getRange(2, extra).setValue("à revoir");
    setNow("2026-11-24T21:40:00+01:00");
    const second = addHandover({ ...INPUT, data: "Deuxième." });
    expect(sheet.getRange(3, col(sheet, "Données")).getValue()).toBe("Deuxième.");
    expect(sheet.getRange(3, col(sheet, "ID")).getValue()).toBe(second.id);
    expect(sheet.getRange(3, extra).getValue()).toBe("");
    acknowledgeHandover(second.id);
    expect(sheet.getRange(3, col(sheet, "Lu par")).getValue()).toBe("lea@example.org");
    expect(sheet.getRange(2, extra).getValue()).toBe("à revoir");
    expect(listHandovers({}).map((e) => e.data)).toEqual(["Deuxième.", "A bien dormi."]);
  });

  it("refuses to write when a status column cannot be found, with a clear message, and writes nothing", () => {
    fake = setUp();
    const entry = addHandover(INPUT);
    const sheet = handoverTab(fake);
    sheet.deleteColumns(col(sheet, "Lu par"), 1);
    fake.calls.reset();
    expect(() => acknowledgeHandover(entry.id)).toThrow(
      "La colonne « Lu par » est introuvable dans l'onglet « Transmissions » : rien n'a été enregistré. Remettez ce titre en ligne 1.",
    );
    expect(fake.writes).toEqual([]);
  });
});

describe("11.12 — a protected, append-only log that shows entries edited in the sheet", () => {
  it("protects the tab with a warning only, once", () => {
    fake = setUp();
    addHandover(INPUT);
    addHandover(INPUT);
    const protections = handoverTab(fake).getProtections("SHEET");
    expect(protections).toHaveLength(1);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    expect(protections[0]?.getDescription()).toMatch(/Relève/);
  });

  it("flags an entry whose text was edited in the sheet, in the list, À lire and the briefing; status updates are not edits", () => {
    fake = setUp({}, "2026-11-26T06:40:00+01:00");
    const edited = fake.runAs("night", () => addHandover({ ...INPUT, data: "Chute à 3 h." }), {
      userEmail: "sam@example.org",
    });
    const kept = fake.runAs(
      "night",
      () => addHandover({ ...INPUT, data: "Nuit calme.", followUp: { what: "x" } }),
      {
        userEmail: "sam@example.org",
      },
    );
    setNow("2026-11-26T07:30:00+01:00");
    acknowledgeHandover(kept.id);
    closeFollowUp(kept.id);
    const sheet = handoverTab(fake);
    sheet.getRange(2, col(sheet, "Données")).setValue("Rien à signaler.");
    const listed = listHandovers({});
    expect(listed.find((e) => e.id === edited.id)).toMatchObject({
      data: "Rien à signaler.",
      editedInSheet: true,
    });
    expect(listed.find((e) => e.id === kept.id)?.editedInSheet).toBeUndefined();
    expect(loadInbox({}).unread.find((e) => e.id === edited.id)?.editedInSheet).toBe(true);
    generateBriefing("2026-11-26");
    const briefing = fake.spreadsheet.getSheetByName("Briefing")?.valuesOf().flat().join("\n");
    expect(briefing).toContain("modifiée dans la feuille");
    expect(cellValue(fake, 3, "readBy")).toBe("lea@example.org");
  });
});

describe("older logs and lost indexes", () => {
  it("a tab of the first version (21 columns) gets the draft id and fingerprint columns on its next save", () => {
    fake = setUp();
    const old = headerRow("fr").slice(0, 21);
    const tab = fake.spreadsheet.addSheetWithValues("Transmissions", [old]);
    tab.addDeveloperMetadata("releve.role", "handovers");
    const requestId = `${Date.now().toString(36)}-abcdefghij`;
    const entry = addHandover({ ...INPUT, requestId });
    expect(tab.getRange(1, 22, 1, 2).getValues()).toEqual([["Identifiant de saisie", "Empreinte"]]);
    expect(listHandovers({})[0]).toEqual(entry);
    expect(addHandover({ ...INPUT, requestId }).alreadyStored).toBe(true);
  });

  it("open follow-ups are found again when their list in the document properties is lost", () => {
    fake = setUp();
    setNow("2026-11-10T10:00:00+01:00");
    const old = addHandover({ ...INPUT, followUp: { what: "Rappeler la famille" } });
    setNow("2026-11-24T21:30:00+01:00");
    fake.properties.document.deleteProperty("releve.handovers.open");
    expect(ids(loadInbox().openFollowUps)).toEqual([old.id]);
    expect(ids(listHandovers({ openFollowUpsOnly: true }))).toEqual([old.id]);
    expect(fake.properties.document.getProperty("releve.handovers.open")).toBe(`1|2:${old.id}`);
  });
});
