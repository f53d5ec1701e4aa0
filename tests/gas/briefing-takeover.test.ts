// The morning trigger across users (under the fake): taking over a silent trigger, refusing unknown accounts.

import {
  getBriefingStatus,
  installMorningBriefing,
  removeMorningBriefing,
  sendMorningBriefing,
} from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { briefingWorld } from "./briefing-world";

const NOW = Date.parse("2026-11-24T07:05:00+01:00");
const HOUR = 3600_000;
const EDUC = { userEmail: "educ@example.org" };
let fake: FakeAppsScript;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  (globalThis as Record<string, unknown>).sendMorningBriefing = sendMorningBriefing;
});
afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).sendMorningBriefing;
});

const owners = () => fake.triggers.forHandler("sendMorningBriefing").map((t) => [t.owner, t.schedule.atHour]);
const fireAs = (owner: string) => {
  const trigger = fake.triggers.forHandler("sendMorningBriefing").find((t) => t.owner === owner);
  if (!trigger) throw new Error(`no trigger of ${owner}`);
  return fake.triggers.fire(trigger);
};
/** What the installer does in the Apps Script dashboard: deletes their trigger, which the add-on never hears of. */
const deleteFromDashboard = (owner: string) =>
  fake.runAs(
    "dashboard",
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      for (const t of ScriptApp.getUserTriggers(ss)) ScriptApp.deleteTrigger(t);
    },
    { userEmail: owner },
  );

describe("taking over the trigger of an installer who is gone", () => {
  test("refused while the installer's trigger ran within 48 h; allowed after 48 h of silence, naming who", () => {
    fake = briefingWorld({ settings: [["briefing.heure", "7"]] });
    installMorningBriefing();
    // The trigger runs the next morning: a sign of life, 24 h after installation.
    jest.setSystemTime(NOW + 24 * HOUR);
    expect(fireAs("coord@example.org")).toMatchObject({ status: "sent" });
    deleteFromDashboard("coord@example.org");

    // 47 h after that run (71 h after installation): still refused, the message names the installer.
    jest.setSystemTime(NOW + 71 * HOUR);
    expect(() => fake.runAs("b1", () => installMorningBriefing(8), EDUC)).toThrow(
      /déjà envoyé chaque jour par le déclencheur de coord@example\.org/,
    );
    // Another user's manual sending is no sign of life of the installer's trigger.
    expect(fake.runAs("b2", () => sendMorningBriefing(), EDUC).status).not.toBe("failed");

    // 49 h after its last run: the other user takes over, and the record names them.
    jest.setSystemTime(NOW + 73 * HOUR);
    const result = fake.runAs("b3", () => installMorningBriefing(8), EDUC);
    expect(result).toMatchObject({ installed: true, hour: 8 });
    expect(result.message).toContain(
      "Le déclencheur de coord@example.org ne donnait plus signe de vie depuis le 25/11 07:05",
    );
    expect(result.message).toContain("entre 8 h et 9 h");
    expect(owners()).toEqual([["educ@example.org", 8]]);
    expect(fake.runAs("b4", () => getBriefingStatus(), EDUC)).toMatchObject({
      on: true,
      mine: true,
      installedBy: "educ@example.org",
    });
    // The former installer is now the one refused.
    expect(() => installMorningBriefing(7)).toThrow("déclencheur de educ@example.org");
  });

  test("a trigger never run counts from its installation; a silent one that runs again sends nothing twice", () => {
    fake = briefingWorld({ settings: [["briefing.heure", "7"]] });
    installMorningBriefing();
    jest.setSystemTime(NOW + 47 * HOUR);
    expect(() => fake.runAs("b1", () => installMorningBriefing(9), EDUC)).toThrow("coord@example.org");
    jest.setSystemTime(NOW + 49 * HOUR);
    expect(fake.runAs("b2", () => installMorningBriefing(9), EDUC).message).toContain(
      "plus signe de vie depuis le 24/11 07:05",
    );
    // The old trigger was still there after all: both fire the same day, the recipients get one e-mail each.
    expect(owners()).toHaveLength(2);
    fireAs("educ@example.org");
    expect(fireAs("coord@example.org")).toMatchObject({ status: "already-sent" });
    expect(fake.mail.sent.map((m) => m.to).sort()).toEqual(["coord@example.org", "infirmiere@example.org"]);
  });
});

describe("an account that gives no e-mail", () => {
  test("cannot install the trigger, nor clear another unknown user's record", () => {
    fake = briefingWorld({ effectiveUserEmail: "" });
    const anonymous = { userEmail: null };
    expect(() => fake.runAs("anon-1", () => installMorningBriefing(7), anonymous)).toThrow(
      "Apps Script ne donne pas l'adresse e-mail de votre compte",
    );
    expect(() => fake.runAs("anon-2", () => installMorningBriefing(8), anonymous)).toThrow(
      "Demandez à un coordinateur connecté avec un compte Google de l'activer.",
    );
    expect(owners()).toEqual([]);

    // A record left by an older version under the placeholder "?" is not this user's to clear.
    const record = {
      hour: 7,
      installedBy: "?",
      installedAt: new Date(NOW).toISOString(),
      timeZone: "Europe/Paris",
    };
    fake.properties.document.setProperty("releve.briefing.trigger", JSON.stringify(record));
    const removed = fake.runAs("anon-3", () => removeMorningBriefing(), anonymous);
    expect(removed.message).toContain("seul ce compte peut le désactiver");
    expect(fake.properties.document.getProperty("releve.briefing.trigger")).not.toBeNull();
    // …and a known user still waits 48 h before taking it over.
    expect(() => installMorningBriefing(7)).toThrow("déclencheur de ?");
  });
});
