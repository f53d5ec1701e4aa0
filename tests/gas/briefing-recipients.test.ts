// The Briefing panel's server side: recipients written by key under the lock, consistent status, the test e-mail.
import {
  getBriefingStatus,
  installMorningBriefing,
  sendBriefingTest,
  sendMorningBriefing,
  setBriefingRecipients,
} from "../../src/gas/main";
import { entryTexts, RESIDENTS } from "../core/briefing/fixtures";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { briefingWorld, settingsRows } from "./briefing-world";

const NOW = new Date("2026-11-24T07:05:00+01:00");
let fake: FakeAppsScript;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
});
afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
});

const settingsTab = () => fake.spreadsheet.getSheetByName("Paramètres") as FakeSheet;
const NO_ONE: Array<[string, string]> = [["briefing.destinataires", ""]];

describe("setBriefingRecipients", () => {
  test("writes the value cell of the key's row only, wherever the row went, under the lock", () => {
    fake = briefingWorld({ settings: NO_ONE });
    const sheet = settingsTab();
    // The coordinator sorted the tab, added a note of her own and a row of her own above the key.
    sheet.insertRowsBefore(2, 1);
    sheet.getRange("A2:C2").setValues([["ma note", "à garder", "ne pas toucher"]]);
    const before = sheet.valuesOf().map((r) => [...r]);
    const row = before.findIndex((r) => r[0] === "briefing.destinataires");
    fake.calls.reset();

    const result = setBriefingRecipients({
      recipients: "coord@example.org ; chef@example.org",
      expected: "",
    });

    expect(result.message).toBe(`Destinataires enregistrés dans l'onglet « Paramètres » (B${row + 1}).`);
    const after = sheet.valuesOf();
    expect(after[row]?.[1]).toBe("coord@example.org, chef@example.org");
    after.forEach((r, i) => {
      if (i !== row) expect(r).toEqual(before[i]);
    });
    expect(after[row]?.[0]).toBe("briefing.destinataires");
    expect(after[row]?.[2]).toBe(before[row]?.[2]);
    expect(fake.lock.writes().map((w) => w.target)).toEqual([`'Paramètres'!B${row + 1}`]);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    expect(result.status).toMatchObject({
      ready: true,
      recipients: ["coord@example.org", "chef@example.org"],
      recipientsText: "coord@example.org, chef@example.org",
    });
  });

  test("refuses an invalid address, naming it, and writes nothing", () => {
    fake = briefingWorld({ settings: NO_ONE });
    expect(() => setBriefingRecipients({ recipients: "coord@example.org, coord@", expected: "" })).toThrow(
      "Adresse(s) e-mail non valide(s) : coord@. Rien n'a été enregistré.",
    );
    expect(fake.lock.writes()).toEqual([]);
  });

  test("refuses when a colleague changed the cell since the panel read it, and writes nothing", () => {
    fake = briefingWorld();
    expect(() =>
      setBriefingRecipients({ recipients: "moi@example.org", expected: "ancienne@example.org" }),
    ).toThrow(
      /modifiée dans l'onglet Paramètres entre-temps \(elle contient maintenant « coord@example\.org, infirmiere@example\.org »\)/,
    );
    expect(fake.lock.writes()).toEqual([]);
  });

  test("adds the key below the last row when the tab does not have it", () => {
    fake = briefingWorld();
    const sheet = settingsTab();
    const rows = settingsRows().filter((r) => r[0] !== "briefing.destinataires");
    sheet.clear();
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    setBriefingRecipients({ recipients: "coord@example.org", expected: "" });
    const last = sheet.valuesOf()[rows.length];
    expect(last?.slice(0, 2)).toEqual(["briefing.destinataires", "coord@example.org"]);
    expect(String(last?.[2])).toContain("Adresses e-mail des destinataires");
    expect(getBriefingStatus().ready).toBe(true);
  });

  test("without a settings tab, says to set up the spreadsheet", () => {
    fake = briefingWorld();
    fake.spreadsheet.deleteSheet(settingsTab());
    expect(() => setBriefingRecipients({ recipients: "coord@example.org" })).toThrow(
      "Configurer le classeur",
    );
  });
});

describe("getBriefingStatus and installMorningBriefing agree", () => {
  test("no recipient: off, and it cannot be turned on; no 'aucun destinataire' problem beside it", () => {
    fake = briefingWorld({ settings: NO_ONE });
    const status = getBriefingStatus();
    expect(status).toMatchObject({ on: false, ready: false, recipients: [], problems: [] });
    expect(status.lines).toEqual(["Désactivé : ajoutez au moins un destinataire pour pouvoir l'activer."]);
    expect(() => installMorningBriefing(7)).toThrow("Aucun destinataire valide");
    expect(fake.triggers.forHandler("sendMorningBriefing")).toEqual([]);
  });

  test("on, then the list emptied: the one status line says nothing will be sent", () => {
    fake = briefingWorld();
    installMorningBriefing(7);
    setBriefingRecipients({ recipients: "", expected: "coord@example.org, infirmiere@example.org" });
    expect(getBriefingStatus().lines[0]).toBe(
      "Activé vers 7 h (par coord@example.org), mais aucun destinataire valide : rien ne sera envoyé tant qu'il n'y a pas d'adresse.",
    );
  });

  test("an invalid address typed in the tab is named, and the e-mail is not ready (the settings drop the list)", () => {
    fake = briefingWorld({ settings: [["briefing.destinataires", "coord@example.org, coord@"]] });
    const status = getBriefingStatus();
    expect(status.ready).toBe(false);
    expect(status.recipientsText).toBe("coord@example.org, coord@");
    expect(status.problems).toEqual([
      "Adresse(s) non valide(s) dans « briefing.destinataires » : coord@. Tant qu'elle(s) y reste(nt), aucun e-mail ne part.",
    ]);
  });
});

describe("sendBriefingTest", () => {
  test("sends today's minimal e-mail, marked as a test, to the current user only; the day's sending still goes", () => {
    fake = briefingWorld({
      userEmail: "lea@example.org",
      settings: [["établissement", "Foyer Lucas  BERNARD"]], // named after a resident
    });
    const briefingState = () =>
      Object.entries(fake.properties.document.getProperties()).filter(([k]) =>
        k.startsWith("releve.briefing"),
      );
    const before = briefingState();
    const result = sendBriefingTest();
    expect(result).toEqual({
      to: "lea@example.org",
      message: "Essai envoyé à lea@example.org (version minimale). Il ne compte pas comme l'envoi du jour.",
    });
    expect(fake.mail.sent.map((m) => m.to)).toEqual(["lea@example.org"]);
    const mail = fake.mail.sent[0];
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toBe("[Essai] Briefing du mardi 24 novembre 2026");
    expect(mail.body.startsWith("ESSAI envoyé à votre demande")).toBe(true);
    expect(mail.htmlBody).toContain("ESSAI envoyé à votre demande");
    const all = `${mail.subject}\n${mail.body}\n${mail.htmlBody}`;
    for (const name of RESIDENTS) for (const part of name.split(" ")) expect(all).not.toContain(part);
    for (const text of entryTexts()) expect(all).not.toContain(text);
    expect(mail.body).toContain("Urgent : 1");
    // Nothing written, nothing recorded: no tab, no generation, no sending date, no last outcome.
    // (Reading the log may adopt the Transmissions tab with its metadata, under the lock: nothing else.)
    expect(fake.lock.writes().filter((w) => w.method !== "Sheet.addDeveloperMetadata")).toEqual([]);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    expect(briefingState()).toEqual(before);
    expect(fake.spreadsheet.getSheetByName("Briefing")).toBeNull();
    expect(sendMorningBriefing()).toMatchObject({ status: "sent", sent: 2 });
  });

  test("refuses when the account gives no e-mail, or the quota is spent", () => {
    fake = briefingWorld({ userEmail: "", effectiveUserEmail: "" });
    expect(() => sendBriefingTest()).toThrow("impossible de vous envoyer un essai");
    fake.uninstall();
    fake = briefingWorld({ mailQuota: 0 });
    expect(() => sendBriefingTest()).toThrow(
      "Quota d'e-mails du jour insuffisant : 1 destinataire(s) pour 0",
    );
    expect(fake.mail.sent).toEqual([]);
  });
});
