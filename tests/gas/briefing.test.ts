// The briefing in Google Sheets (under the fake): the tab, the morning e-mail, the trigger, quota, lock, privacy.

import {
  generateBriefing,
  getBriefingStatus,
  installMorningBriefing,
  removeMorningBriefing,
  sendMorningBriefing,
} from "../../src/gas/main";
import { ENTRIES, entryTexts, RESIDENTS } from "../core/briefing/fixtures";
import type { FakeAppsScript } from "../fakes";
import { FakeRange } from "../fakes/range";
import { briefingWorld, saveOutput } from "./briefing-world";

const NOW = new Date("2026-11-24T07:05:00+01:00");
let fake: FakeAppsScript;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
});
afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).sendMorningBriefing;
});

const briefingSheet = () =>
  fake.spreadsheet.getSheets().find((s) => s.getName().startsWith("Briefing")) as NonNullable<
    ReturnType<FakeAppsScript["spreadsheet"]["getSheetByName"]>
  >;
const tabText = (): string =>
  briefingSheet()
    .valuesOf()
    .map((r) => r.join(" | "))
    .join("\n");

describe("generateBriefing", () => {
  test("writes the Briefing tab of a realistic day: night entries, the urgent one, follow-ups, the coverage gap", () => {
    fake = briefingWorld();
    const summary = generateBriefing();
    expect(summary).toMatchObject({
      date: "2026-11-24",
      tab: "Briefing",
      alerts: 3,
      unacknowledgedUrgent: 1,
      followUpsDueToday: 1,
      followUpsOverdue: 1,
      appointments: 1,
      staffToday: 4,
      coverageGaps: 3, // the evenings of the 24th, 25th and 26th: nobody but Paul on the 24th, nobody after
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    const sheet = briefingSheet();
    expect(sheet.getFrozenRows()).toBe(1);
    expect(
      sheet
        .getDeveloperMetadata()
        .map((m) => [
          (m as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata).getKey(),
          (m as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata).getValue(),
        ]),
    ).toEqual([["releve.role", "briefing"]]);
    const text = tabText();
    expect(text).toContain("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    expect(text).toContain("Lucas Bernard"); // the urgent night entry
    expect(text).toContain("Température 39,2 °C à 3 h, frissons");
    expect(text).toContain("en retard de 2 jours | Noah Durand | Dubois Paul | Rappeler la mère de Noah");
    expect(text).toContain("Chloé Moreau"); // today's appointment, written two days before
    expect(text).toContain("Nuit (1) | 21:00–07:00 |  | Garcia Karim");
    expect(text).toMatch(/Couverture[^\n]*soir/i);
    expect(text).not.toContain("Chambre rangée"); // 22/11, before the window
    expect(sheet.getRange(1, 1).getFontSize()).toBe(14);
    expect(sheet.getColumnWidth(4)).toBe(380);
    expect(summary.link).toMatch(/#gid=\d+$/);
  });

  test("HTML and formula injection in entries is stored as plain text in the tab", () => {
    fake = briefingWorld();
    generateBriefing();
    const sheet = briefingSheet();
    const values = sheet.valuesOf();
    const row = values.findIndex((r) => String(r[3]).includes("<img src=x onerror=alert(1)>"));
    expect(row).toBeGreaterThan(0);
    expect(String(values[row]?.[3])).toContain('Cible : =IMPORTXML("http://x","//a")');
    for (let c = 1; c <= 4; c++) expect(sheet.cellAt(row + 1, c)?.formula ?? "").toBe("");
    expect(
      fake.spreadsheet
        .getSheets()
        .flatMap((s) => s.valuesOf().flat())
        .some((v) => String(v).startsWith("#")),
    ).toBe(false);
  });

  test("overwrites only the Briefing tab, and never a user's own tab named Briefing", () => {
    fake = briefingWorld({ userBriefingTab: true });
    const before = new Map(
      fake.spreadsheet.getSheets().map((s) => [s.getName(), JSON.stringify(s.valuesOf())]),
    );
    const summary = generateBriefing();
    expect(summary.tab).toBe("Briefing (Relève)");
    expect(summary.message).toContain("« Briefing » existe déjà");
    for (const [name, values] of before) {
      expect(JSON.stringify(fake.spreadsheet.getSheetByName(name)?.valuesOf())).toBe(values);
    }
    // A second generation rewrites the add-on's tab, not a new one.
    generateBriefing("2026-11-23");
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      ...before.keys(),
      "Briefing (Relève)",
    ]);
    expect(fake.spreadsheet.getSheetByName("Briefing (Relève)")?.valuesOf()[0]?.[0]).toContain(
      "lundi 23 novembre 2026",
    );
  });

  test("an invalid date is refused with a clear message", () => {
    fake = briefingWorld();
    expect(() => generateBriefing("24/11/2026")).toThrow(
      "Date « 24/11/2026 » non valide : attendu AAAA-MM-JJ.",
    );
  });

  test("reading the log does not grow with its age (50 vs 3,000 older entries: same calls, same cells read)", () => {
    const measure = (old: number): { calls: number; logCells: number } => {
      fake = briefingWorld({ old });
      let logCells = 0;
      const original = FakeRange.prototype.getValues;
      const spy = jest.spyOn(FakeRange.prototype, "getValues").mockImplementation(function (this: FakeRange) {
        if (this.sheet.name === "Transmissions") logCells += this.numRows * this.numCols;
        return original.call(this);
      });
      fake.calls.reset();
      generateBriefing();
      const calls = fake.calls.total();
      spy.mockRestore();
      fake.uninstall();
      return { calls, logCells };
    };
    const small = measure(50);
    const large = measure(3000);
    expect(large.calls).toBe(small.calls);
    expect(large.logCells).toBe(small.logCells);
    expect(large.logCells).toBeLessThan(21 * 40); // the window and the open follow-ups, not 3,000 rows
  });
});

describe("sendMorningBriefing", () => {
  const install = () => {
    (globalThis as Record<string, unknown>).sendMorningBriefing = sendMorningBriefing;
  };

  test("the minimal e-mail holds no resident name and no entry text; a twice-fired trigger sends once", () => {
    fake = briefingWorld();
    install();
    installMorningBriefing(7);
    const [trigger] = fake.triggers.forHandler("sendMorningBriefing");
    expect(trigger?.schedule).toMatchObject({ atHour: 7, everyDays: 1, timeZone: "Europe/Paris" });
    fake.triggers.fire("sendMorningBriefing");
    fake.triggers.fire("sendMorningBriefing");
    expect(sendMorningBriefing()).toMatchObject({ status: "already-sent" });
    expect(fake.mail.sent.map((m) => m.to).sort()).toEqual(["coord@example.org", "infirmiere@example.org"]);

    const mail = fake.mail.sent[0];
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toBe("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    const all = `${mail.subject}\n${mail.body}\n${mail.htmlBody}`;
    const names = new Set([...RESIDENTS, ...ENTRIES.map((e) => e.person).filter((p) => p !== "Service")]);
    for (const name of names) for (const part of name.split(" ")) expect(all).not.toContain(part);
    for (const text of entryTexts()) expect(all).not.toContain(text);
    expect(mail.body).toContain("Urgent : 1");
    expect(mail.body).toContain("1 à faire aujourd'hui, 1 en retard");
    expect(mail.htmlBody).toContain("#gid=");
    saveOutput("briefing-email-minimal.html", mail.htmlBody ?? "");

    const sheet = briefingSheet();
    expect(String(sheet.valuesOf()[2]?.[0])).toContain("E-mail envoyé le 24/11 07:05 à 2 destinataire(s).");
    const status = getBriefingStatus();
    expect(status).toMatchObject({ on: true, mine: true, hour: 7, installedBy: "coord@example.org" });
    expect(status.lines.join(" ")).toContain("Dernier envoi : 24/11 07:05, à 2 destinataire(s).");
  });

  test("the full mode is refused for a recipient who is not an editor; editors get the whole briefing", () => {
    fake = briefingWorld({
      settings: [
        ["briefing.mode", "complet"],
        ["briefing.destinataires", "coord@example.org, stagiaire@example.org"],
      ],
    });
    const status = getBriefingStatus();
    expect(status.problems.join(" ")).toContain("Mode complet refusé pour stagiaire@example.org");
    const result = sendMorningBriefing();
    expect(result.status).toBe("sent");
    const byTo = new Map(fake.mail.sent.map((m) => [m.to, m]));
    expect(byTo.get("coord@example.org")?.htmlBody).toContain("Lucas Bernard");
    const intern = byTo.get("stagiaire@example.org");
    expect(intern?.htmlBody).not.toContain("Lucas Bernard");
    expect(intern?.body).not.toContain("Température");
    expect(result.problems.join(" ")).toContain("Mode complet refusé");
  });

  test("an exhausted quota sends nothing and records the error in the tab header and the sidebar status", () => {
    fake = briefingWorld({ mailQuota: 1 });
    const result = sendMorningBriefing();
    expect(result.status).toBe("failed");
    expect(fake.mail.sent).toHaveLength(0);
    const header = String(briefingSheet().valuesOf()[2]?.[0]);
    expect(header).toContain("Envoi du briefing par e-mail impossible");
    expect(header).toContain(
      "Quota d'e-mails du jour insuffisant : 2 destinataire(s) pour 1 envoi(s) restant(s)",
    );
    expect(briefingSheet().cellAt(3, 1)?.fontColor).toBe("#b00020");
    expect(getBriefingStatus().lines.join(" ")).toContain("Échec de l'envoi du 24/11 07:05");
    // Not recorded as sent: once the quota is back, the same day's sending goes out.
    fake.mail.remaining = 100;
    expect(sendMorningBriefing().status).toBe("sent");
  });

  test("a busy lock sends nothing and says so", () => {
    fake = briefingWorld();
    fake.lock.holdAs("other");
    const result = sendMorningBriefing();
    expect(result).toMatchObject({ status: "failed", sent: 0 });
    expect(result.message).toContain("réessayez");
    expect(fake.mail.sent).toHaveLength(0);
  });

  test("no recipient is an error to fix in the settings", () => {
    fake = briefingWorld({ settings: [["briefing.destinataires", ""]] });
    const result = sendMorningBriefing();
    expect(result.status).toBe("failed");
    expect(result.message).toContain("briefing.destinataires");
  });
});

describe("installMorningBriefing / removeMorningBriefing", () => {
  test("never two triggers: a new hour replaces the old; remove takes it away", () => {
    fake = briefingWorld({ settings: [["briefing.heure", "6"]] });
    expect(installMorningBriefing()).toMatchObject({ installed: true, hour: 6 });
    installMorningBriefing(6);
    const result = installMorningBriefing(8);
    expect(result.message).toContain("8 h");
    const triggers = fake.triggers.forHandler("sendMorningBriefing");
    expect(triggers).toHaveLength(1);
    expect(triggers[0]?.schedule.atHour).toBe(8);
    expect(() => installMorningBriefing(25)).toThrow("Heure « 25 » non valide");
    expect(removeMorningBriefing().installed).toBe(false);
    expect(fake.triggers.forHandler("sendMorningBriefing")).toHaveLength(0);
    expect(getBriefingStatus()).toMatchObject({ on: false, hour: null });
  });

  test("never two across users: a second user is refused while the first one's trigger runs", () => {
    fake = briefingWorld({ settings: [["briefing.heure", "6"]] });
    const other = { userEmail: "educ@example.org" };
    installMorningBriefing();
    expect(() => fake.runAs("b-install", () => installMorningBriefing(8), other)).toThrow(
      /déjà envoyé chaque jour par le déclencheur de coord@example\.org \(activé le \d\d\/\d\d\/\d{4}\).*demandez d'abord à coord@example\.org de le désactiver/,
    );
    expect(fake.triggers.forHandler("sendMorningBriefing").map((t) => [t.owner, t.schedule.atHour])).toEqual([
      ["coord@example.org", 6],
    ]);
    // The other user cannot stop it either, and is told who can; the installer's trigger stays.
    const refused = fake.runAs("b-remove", () => removeMorningBriefing(), other);
    expect(refused.message).toContain("activé par coord@example.org : seul ce compte peut le désactiver");
    expect(fake.triggers.forHandler("sendMorningBriefing")).toHaveLength(1);
    // Once the installer stops it, the other user may take over: still one trigger.
    removeMorningBriefing();
    expect(fake.runAs("b-again", () => installMorningBriefing(8), other)).toMatchObject({
      installed: true,
      hour: 8,
    });
    expect(fake.triggers.forHandler("sendMorningBriefing").map((t) => [t.owner, t.schedule.atHour])).toEqual([
      ["educ@example.org", 8],
    ]);
    expect(() => installMorningBriefing(7)).toThrow("déclencheur de educ@example.org");
  });
});
