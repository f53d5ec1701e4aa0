// The fake's other services: properties, cache, session, utilities, mail quota, triggers, Ui and HtmlService.
import { Button, createFakeAppsScript } from "./index";

describe("PropertiesService", () => {
  test("document, script and user stores are separate; values are strings", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org" });
    const { PropertiesService } = fake.globals;
    PropertiesService.getDocumentProperties()
      .setProperty("a", "1")
      .setProperty("n", 2 as unknown as string);
    PropertiesService.getScriptProperties().setProperty("a", "script");
    PropertiesService.getUserProperties().setProperty("a", "user");
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ a: "1", n: "2" });
    expect(fake.properties.script.getProperty("a")).toBe("script");
    expect(fake.properties.user.getProperty("a")).toBe("user");
    expect(fake.properties.userStore("bob@example.org").getProperty("a")).toBeNull();
  });

  test("setProperties with deleteAllOthers, getKeys, deleteProperty, deleteAllProperties", () => {
    const props = createFakeAppsScript().globals.PropertiesService.getDocumentProperties();
    props.setProperty("old", "x");
    props.setProperties({ a: "1", b: "2" }, true);
    expect(props.getKeys().sort()).toEqual(["a", "b"]);
    props.deleteProperty("a");
    expect(props.getProperty("a")).toBeNull();
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test("a value over 9 KB is refused and nothing is stored", () => {
    const props = createFakeAppsScript().globals.PropertiesService.getDocumentProperties();
    props.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => props.setProperties({ a: "1", big: "é".repeat(5000) })).toThrow("Argument too large");
    expect(props.getKeys()).toEqual(["ok"]);
  });

  test("a store over 500 KB is refused", () => {
    const props = createFakeAppsScript().globals.PropertiesService.getScriptProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("one-more", "x".repeat(9000))).toThrow("property storage quota");
  });
});

describe("CacheService", () => {
  test("put/get/getAll/putAll/remove; null when absent; 100 KB per value", () => {
    const cache =
      createFakeAppsScript().globals.CacheService.getDocumentCache() as GoogleAppsScript.Cache.Cache;
    cache.put("a", "1", 60);
    cache.putAll({ b: "2", c: "3" });
    expect(cache.get("a")).toBe("1");
    expect(cache.get("z")).toBeNull();
    expect(cache.getAll(["a", "c", "z"])).toEqual({ a: "1", c: "3" });
    cache.remove("a");
    cache.removeAll(["b"]);
    expect(cache.getAll(["a", "b", "c"])).toEqual({ c: "3" });
    expect(() => cache.put("big", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
  });
});

describe("Session", () => {
  test("active user's e-mail, or '' when the account gives none", () => {
    expect(
      createFakeAppsScript({ userEmail: "ana@example.org" }).globals.Session.getActiveUser().getEmail(),
    ).toBe("ana@example.org");
    const anonymous = createFakeAppsScript({ userEmail: null, effectiveUserEmail: "owner@example.org" })
      .globals.Session;
    expect(anonymous.getActiveUser().getEmail()).toBe("");
    expect(anonymous.getEffectiveUser().getEmail()).toBe("owner@example.org");
  });

  test("script time zone, user locale, a temporary key stable per user", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org", scriptTimeZone: "Europe/Paris" });
    const { Session } = fake.globals;
    expect([Session.getScriptTimeZone(), Session.getActiveUserLocale()]).toEqual(["Europe/Paris", "fr"]);
    const key = Session.getTemporaryActiveUserKey();
    expect(Session.getTemporaryActiveUserKey()).toBe(key);
    expect(
      fake.runAs("x", () => Session.getTemporaryActiveUserKey(), { userEmail: "bob@example.org" }),
    ).not.toBe(key);
    expect(fake.runAs("x", () => Session.getActiveUser().getEmail(), { userEmail: "bob@example.org" })).toBe(
      "bob@example.org",
    );
  });
});

describe("Utilities", () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test("getUuid gives distinct v4 UUIDs; a seed makes the sequence repeatable", () => {
    const random = createFakeAppsScript().globals.Utilities;
    const ids = new Set(Array.from({ length: 50 }, () => random.getUuid()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const a = createFakeAppsScript({ uuidSeed: 7 }).globals.Utilities;
    const b = createFakeAppsScript({ uuidSeed: 7 }).globals.Utilities;
    const seq = [a.getUuid(), a.getUuid()];
    expect([b.getUuid(), b.getUuid()]).toEqual(seq);
    expect(seq[0]).toMatch(UUID_V4);
    expect(seq[0]).not.toBe(seq[1]);
  });

  test("formatDate follows SimpleDateFormat in the given zone", () => {
    const { Utilities } = createFakeAppsScript().globals;
    const winter = new Date("2026-11-24T21:05:09Z");
    const summer = new Date("2026-07-01T05:00:00Z");
    expect(Utilities.formatDate(winter, "Europe/Paris", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      "2026-11-24T22:05:09+01:00",
    );
    expect(Utilities.formatDate(summer, "Europe/Paris", "dd/MM/yy H:mm Z")).toBe("01/07/26 7:00 +0200");
    expect(Utilities.formatDate(winter, "Europe/Paris", "EEE EEEE d MMM MMMM")).toBe(
      "Tue Tuesday 24 Nov November",
    );
    expect(Utilities.formatDate(winter, "UTC", "HH'h''' XXX")).toBe("21h' Z");
    expect(Utilities.formatDate(winter, "Not/AZone", "HH:mm")).toBe("21:05");
  });

  test("sleep does not wait but is counted", () => {
    const fake = createFakeAppsScript();
    const started = Date.now();
    fake.globals.Utilities.sleep(60000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fake.calls.count("Utilities.sleep")).toBe(1);
    expect(fake.utilities.slept).toBe(60000);
  });
});

describe("MailApp", () => {
  test("records messages in both call forms and spends one quota unit per recipient", () => {
    const fake = createFakeAppsScript({ mailQuota: 5, userEmail: "ana@example.org" });
    const { MailApp } = fake.globals;
    MailApp.sendEmail({
      to: "a@example.org, b@example.org",
      subject: "Briefing",
      body: "texte",
      htmlBody: "<p>texte</p>",
      name: "Relève",
    });
    MailApp.sendEmail("c@example.org", "Objet", "corps", {
      replyTo: "chef@example.org",
      cc: "d@example.org",
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(fake.mail.sent.map((m) => [m.to, m.subject, m.body, m.htmlBody, m.name, m.replyTo])).toEqual([
      ["a@example.org, b@example.org", "Briefing", "texte", "<p>texte</p>", "Relève", null],
      ["c@example.org", "Objet", "corps", null, null, "chef@example.org"],
    ]);
    expect(fake.mail.sent[1]?.recipients).toEqual(["c@example.org", "d@example.org"]);
  });

  test("with no quota left sending throws and nothing is recorded", () => {
    const fake = createFakeAppsScript({ mailQuota: 0 });
    expect(() => fake.globals.MailApp.sendEmail("a@example.org", "s", "b")).toThrow(
      "Service invoked too many times for one day: email.",
    );
    expect(fake.mail.sent).toEqual([]);
    const two = createFakeAppsScript({ mailQuota: 1 });
    expect(() => two.globals.MailApp.sendEmail("a@example.org,b@example.org", "s", "b")).toThrow(
      "too many times",
    );
  });

  test("invalid or missing recipients throw", () => {
    const { MailApp } = createFakeAppsScript().globals;
    expect(() => MailApp.sendEmail("not an address", "s", "b")).toThrow("Invalid email: not an address");
    expect(() => MailApp.sendEmail({ to: "", subject: "s", body: "b" })).toThrow("no recipient");
  });
});

describe("ScriptApp triggers", () => {
  test("a daily trigger records its schedule and is listed for its user only", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org" });
    const { ScriptApp, SpreadsheetApp } = fake.globals;
    const trigger = ScriptApp.newTrigger("sendMorningBriefing")
      .timeBased()
      .atHour(7)
      .nearMinute(15)
      .everyDays(1)
      .inTimezone("Europe/Paris")
      .create();
    expect([trigger.getHandlerFunction(), trigger.getEventType(), trigger.getTriggerSource()]).toEqual([
      "sendMorningBriefing",
      ScriptApp.EventType.CLOCK,
      ScriptApp.TriggerSource.CLOCK,
    ]);
    expect(fake.triggers.all()[0]?.schedule).toEqual({
      atHour: 7,
      nearMinute: 15,
      everyDays: 1,
      timeZone: "Europe/Paris",
    });
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet())).toHaveLength(1);
    expect(fake.runAs("bob", () => ScriptApp.getProjectTriggers(), { userEmail: "bob@example.org" })).toEqual(
      [],
    );
  });

  test("an add-on gets one time-driven trigger per user per document; after deleting it, a new one", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org" });
    const { ScriptApp } = fake.globals;
    const daily = () =>
      ScriptApp.newTrigger("sendMorningBriefing").timeBased().atHour(7).everyDays(1).create();
    const first = daily();
    expect(daily).toThrow(
      "This add-on has created too many time-based triggers in this document for this Google user account.",
    );
    fake.runAs("bob", daily, { userEmail: "bob@example.org" });
    ScriptApp.deleteTrigger(first);
    expect(() => daily()).not.toThrow();
    expect(fake.triggers.all()).toHaveLength(2);
  });

  test("an add-on cannot run more often than hourly; a schedule is required", () => {
    const { ScriptApp } = createFakeAppsScript().globals;
    expect(() => ScriptApp.newTrigger("f").timeBased().everyMinutes(5)).toThrow("once an hour");
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(7).create()).toThrow();
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(24)).toThrow();
    expect(() =>
      createFakeAppsScript({ addon: false }).globals.ScriptApp.newTrigger("f").timeBased().everyMinutes(5),
    ).not.toThrow();
  });

  test("a spreadsheet open trigger is its own type: one of it and one clock trigger may coexist", () => {
    const { ScriptApp, SpreadsheetApp } = createFakeAppsScript().globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const open = ScriptApp.newTrigger("onOpenInstalled").forSpreadsheet(ss).onOpen().create();
    ScriptApp.newTrigger("sendMorningBriefing").timeBased().everyHours(1).create();
    expect([open.getEventType(), open.getTriggerSource(), open.getTriggerSourceId()]).toEqual([
      "ON_OPEN",
      "SPREADSHEETS",
      ss.getId(),
    ]);
    expect(() => ScriptApp.newTrigger("other").forSpreadsheet(ss).onOpen().create()).toThrow(
      "too many triggers",
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  test("fire runs the handler as the trigger's owner, with no UI", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org" });
    const { ScriptApp, SpreadsheetApp, Session } = fake.globals;
    const seen: unknown[] = [];
    const target = {
      sendMorningBriefing: (e: { authMode: string }) => {
        seen.push(e.authMode, Session.getEffectiveUser().getEmail());
        SpreadsheetApp.getUi();
      },
    };
    fake.install(target);
    ScriptApp.newTrigger("sendMorningBriefing").timeBased().atHour(7).everyDays(1).create();
    expect(() => fake.triggers.fire("sendMorningBriefing")).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
    expect(seen).toEqual(["FULL", "ana@example.org"]);
    fake.uninstall();
  });
});

describe("Ui and HtmlService", () => {
  test("menus, alerts with queued answers, prompts, sidebars and dialogs are recorded", () => {
    const fake = createFakeAppsScript();
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Ouvrir", "showSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Plus").addItem("Effacer", "clearPlanningFlags"))
      .addToUi();
    expect(fake.ui.captions()).toEqual(["Ouvrir", "---", "Plus >", "Effacer"]);
    expect(fake.ui.lastMenu()?.addon).toBe(true);
    expect(ui.alert("Bonjour")).toBe(ui.Button.OK);
    fake.ui.alertAnswers.push(Button.NO);
    expect(ui.alert("Titre", "Sûr ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Sûr ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(fake.ui.alerts.map((a) => [a.title, a.prompt, a.answer])).toEqual([
      ["", "Bonjour", "OK"],
      ["Titre", "Sûr ?", "NO"],
      ["", "Sûr ?", "YES"],
    ]);
    fake.ui.promptAnswers.push({ text: "8" });
    const answer = ui.prompt("Heure ?", ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(["8", "OK"]);
    ui.showSidebar(HtmlService.createHtmlOutput("<p>x</p>").setTitle("Relève").setWidth(300));
    ui.showModalDialog(HtmlService.createHtmlOutput("<p>d</p>"), "Dialogue");
    expect(fake.ui.sidebars).toEqual([{ title: "Relève", content: "<p>x</p>", width: 300, height: null }]);
    expect(fake.ui.dialogs[0]).toMatchObject({ title: "Dialogue", modal: true });
  });

  test("createHtmlOutputFromFile reads a file the test provides, else dist/, else throws", () => {
    const fake = createFakeAppsScript({ htmlDir: "/nonexistent" });
    fake.html.files.set("Sidebar", "<html>side</html>");
    const output = fake.globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Relève");
    expect([output.getContent(), output.getTitle()]).toEqual(["<html>side</html>", "Relève"]);
    expect(() => fake.globals.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
  });
});

describe("AuthMode.NONE", () => {
  test("only the Ui may be used; other services throw a permission error", () => {
    const fake = createFakeAppsScript({ authMode: "NONE" });
    const { SpreadsheetApp, PropertiesService } = fake.globals;
    expect(() => SpreadsheetApp.getUi().createAddonMenu().addItem("a", "f").addToUi()).not.toThrow();
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet",
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow("permission");
    fake.authMode = "FULL";
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
  });
});
