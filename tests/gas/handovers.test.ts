// addHandover / listHandovers / acknowledge / close follow-up on the in-memory Apps Script fake.
import {
  acknowledgeHandover,
  acknowledgeHandovers,
  addHandover,
  closeFollowUp,
  findSavedDraft,
  getSidebarData,
  listHandovers,
  loadInbox,
  setAuthorName,
  showSidebar,
} from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { cellValue, col, handoverTab, INPUT, ids, setNow, setUp, tearDown } from "./handovers-setup";

let fake: FakeAppsScript;
afterEach(() => tearDown(fake));
const sam = { userEmail: "sam@example.org" };

describe("addHandover", () => {
  it("creates the Transmissions tab on first use and appends one row with the server's author, time and shift", () => {
    fake = setUp();
    const entry = addHandover({ ...INPUT, target: "Sommeil" });
    expect(entry).toMatchObject({
      ...INPUT,
      target: "Sommeil",
      author: "lea@example.org",
      writtenAt: "2026-11-24T21:30:00+01:00",
      shift: "soir",
      readBy: [],
    });
    expect(entry.id).toMatch(/^20261124-213000-[0-9a-f]{6}$/);
    const tab = handoverTab(fake);
    expect(tab.getName()).toBe("Transmissions");
    expect(tab.getFrozenRows()).toBe(1);
    expect(tab.getRange(1, 1, 1, 3).getValues()).toEqual([["ID", "Écrit le", "Auteur"]]);
    expect(tab.getLastRow()).toBe(2);
    expect(fake.calls.count("Sheet.appendRow")).toBe(1);
  });

  it("never rewrites an earlier row (append-only)", () => {
    fake = setUp();
    addHandover(INPUT);
    const first = handoverTab(fake).getRange(2, 1, 1, col("corrects")).getValues();
    setNow("2026-11-24T22:10:00+01:00");
    addHandover({ ...INPUT, data: "Réveil à 22 h." });
    expect(handoverTab(fake).getRange(2, 1, 1, col("corrects")).getValues()).toEqual(first);
    expect(handoverTab(fake).getLastRow()).toBe(3);
    expect(fake.writes.filter((w) => w.target.includes("A2"))).toEqual([]);
  });

  it("refuses an invalid input with a message naming each field, in the spreadsheet's language", () => {
    fake = setUp();
    expect(() => addHandover({ ...INPUT, data: "", severity: "grave" })).toThrow(
      "Transmission non enregistrée. Gravité : choisissez une valeur de la liste. Ce que j'ai observé (données) : à remplir.",
    );
    expect(fake.writes).toEqual([]);
    tearDown(fake);
    fake = setUp({ locale: "en_GB", sheets: { Residents: [["Name"], ["Sam Lee"]] } });
    expect(() => addHandover({ person: "Sam Lee", category: "Health", severity: "info" })).toThrow(
      "Entry not saved. What I observed (data): required.",
    );
    expect(addHandover({ person: "Sam Lee", category: "Health", severity: "info", data: "ok" }).shift).toBe(
      "evening",
    );
    expect(handoverTab(fake).getName()).toBe("Handovers");
  });

  it("refuses a person not in the Résidents tab and a category not configured", () => {
    fake = setUp();
    expect(() => addHandover({ ...INPUT, person: "Inconnu X", category: "Météo" })).toThrow(
      "Transmission non enregistrée. Catégorie : « Météo » ne fait pas partie des catégories prévues. Personne concernée : « Inconnu X » ne figure pas dans l'onglet Résidents (ni « Service »).",
    );
    expect(addHandover({ ...INPUT, person: "service", category: "logistique" })).toMatchObject({
      person: "Service",
      category: "Logistique",
    });
  });

  it("stores formula-looking and markup text as text and reads it back identical", () => {
    fake = setUp();
    const texts = [
      '=IMPORTXML("http://x","//a")',
      "+33 6 12 34 56 78",
      "-1 comprimé",
      "@médecin",
      "\t=1+1",
      "\r=2",
      "'entre apostrophes'",
      "007",
      "24/11/2026",
      "<img src=x onerror=alert(1)>",
    ];
    texts.forEach((data, i) => {
      setNow(`2026-11-24T21:${String(30 + i).padStart(2, "0")}:00+01:00`);
      addHandover({ ...INPUT, data, target: data, followUp: { what: data, owner: data } });
    });
    const tab = handoverTab(fake);
    texts.forEach((data, i) => {
      const cell = tab.cellAt(2 + i, col("data"));
      expect(cell?.formula ?? "").toBe("");
      expect(cell?.value).toBe(data);
    });
    const back = listHandovers({ since: "2026-11-24" }).reverse();
    expect(back.map((e) => e.data)).toEqual(texts);
    expect(back.map((e) => e.target)).toEqual(texts);
    expect(back.map((e) => e.followUp?.owner)).toEqual(texts);
  });

  it("refuses more than the field limit (a cell holds 50,000 characters) and keeps 10,000 characters intact", () => {
    fake = setUp();
    expect(() => addHandover({ ...INPUT, data: "x".repeat(50_001) })).toThrow(
      /Ce que j'ai observé \(données\) : trop long \(10\s000 caractères au plus\)\./u,
    );
    expect(fake.writes).toEqual([]);
    const long = `${"é".repeat(9_999)}=`;
    addHandover({ ...INPUT, data: long, actions: "a".repeat(5_000), results: "r".repeat(5_000) });
    expect(listHandovers({ since: "2026-11-24" })[0]?.data).toBe(long);
  });

  it("says a colleague is saving when the document lock is busy, and writes nothing", () => {
    fake = setUp();
    addHandover(INPUT);
    fake.calls.reset();
    fake.lock.holdAs("colleague");
    expect(() => addHandover(INPUT)).toThrow(
      "Un collègue enregistre en même temps, réessayez dans un instant.",
    );
    expect(fake.writes).toEqual([]);
    fake.lock.release("colleague");
    expect(addHandover(INPUT).author).toBe("lea@example.org");
  });

  it("signs with a name asked once when the account gives no e-mail, never anonymously", () => {
    fake = setUp({ userEmail: null });
    expect(getSidebarData().author).toEqual({ needsName: true });
    expect(() => addHandover(INPUT)).toThrow(/indiquez votre nom/);
    expect(() => addHandover({ ...INPUT, authorName: "Anonyme" })).toThrow(/pas « anonyme »/);
    expect(fake.writes).toEqual([]);
    expect(addHandover({ ...INPUT, authorName: "  Julie   Roy " }).author).toBe("Julie Roy");
    expect(fake.properties.user.getProperty("releve.authorName")).toBe("Julie Roy");
    expect(addHandover(INPUT).author).toBe("Julie Roy");
    expect(getSidebarData().author).toEqual({ name: "Julie Roy", needsName: false });
    expect(setAuthorName("Julie R.")).toEqual({ name: "Julie R.", needsName: false });
    expect(() => setAuthorName("  ")).toThrow(/vrai nom/);
  });

  it("leaves a user's own tab named Transmissions alone and creates its own beside it", () => {
    fake = setUp({
      sheets: {
        Transmissions: [
          ["Date", "Texte"],
          ["lundi", "=A1"],
        ],
        Résidents: [["Nom"], ["Martin Léa"]],
      },
    });
    addHandover(INPUT);
    const theirs = fake.spreadsheet.getSheetByName("Transmissions");
    expect(theirs?.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["Date", "Texte"],
      ["lundi", ""],
    ]);
    expect(theirs?.getLastColumn()).toBe(2);
    expect(handoverTab(fake).getName()).toBe("Transmissions (Relève)");
  });

  it("finds its tab again after the user renames it", () => {
    fake = setUp();
    addHandover(INPUT);
    handoverTab(fake).setName("Cahier de liaison");
    addHandover(INPUT);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Planning",
      "Résidents",
      "Cahier de liaison",
    ]);
    expect(handoverTab(fake).getLastRow()).toBe(3);
  });
});

describe("reading, acknowledging, following up, correcting", () => {
  it("lists by person, category, severity and open follow-ups", () => {
    fake = setUp();
    const a = addHandover({ ...INPUT, severity: "urgent" });
    setNow("2026-11-24T22:00:00+01:00");
    const b = addHandover({
      ...INPUT,
      person: "Petit Zoé",
      category: "Famille",
      followUp: { what: "Rappeler la mère" },
    });
    setNow("2026-11-25T07:30:00+01:00");
    const c = addHandover({ ...INPUT, person: "Service", category: "Logistique", severity: "watch" });
    expect(ids(listHandovers({}))).toEqual([c.id, b.id, a.id]);
    expect(ids(listHandovers({ since: "2026-11-25" }))).toEqual([c.id]);
    expect(ids(listHandovers({ until: "2026-11-24", severity: "urgent" }))).toEqual([a.id]);
    expect(ids(listHandovers({ person: "petit zoé" }))).toEqual([b.id]);
    expect(ids(listHandovers({ openFollowUpsOnly: true }))).toEqual([b.id]);
    expect(ids(listHandovers({ limit: 2 }))).toEqual([c.id, b.id]);
    expect(() => listHandovers({ since: "hier" })).toThrow("Recherche impossible. Depuis : date attendue");
  });

  it("records 'Lu par' without touching the text, once per reader", () => {
    fake = setUp();
    const entry = addHandover({ ...INPUT, severity: "urgent" });
    const text = handoverTab(fake).getRange(2, 1, 1, col("corrects")).getValues();
    expect(acknowledgeHandover(entry.id).readBy).toEqual(["lea@example.org"]);
    fake.runAs("other", () => acknowledgeHandover(entry.id), { userEmail: "sam@example.org" });
    expect(acknowledgeHandover(entry.id).readBy).toEqual(["lea@example.org", "sam@example.org"]);
    expect(handoverTab(fake).getRange(2, 1, 1, col("corrects")).getValues()).toEqual(text);
    expect(cellValue(fake, 2, "readBy")).toBe("lea@example.org\nsam@example.org");
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    expect(() => acknowledgeHandover("20261124-000000-ffffff")).toThrow(
      "La transmission 20261124-000000-ffffff est introuvable.",
    );
  });

  it("closes a follow-up with who and when, and it leaves the open list", () => {
    fake = setUp();
    const entry = addHandover({
      ...INPUT,
      followUp: { what: "Appeler le médecin", due: "2026-11-25", owner: "IDE" },
    });
    const plain = addHandover(INPUT);
    expect(entry.followUpStatus).toBe("open");
    setNow("2026-11-25T09:15:00+01:00");
    const closed = fake.runAs("coord", () => closeFollowUp(entry.id), { userEmail: "coord@example.org" });
    expect(closed).toMatchObject({
      followUpStatus: "done",
      followUpClosedBy: "coord@example.org",
      followUpClosedAt: "2026-11-25T09:15:00+01:00",
      followUp: { what: "Appeler le médecin", due: "2026-11-25", owner: "IDE" },
    });
    expect(listHandovers({ openFollowUpsOnly: true })).toEqual([]);
    expect(listHandovers({ since: "2026-11-24" }).find((e) => e.id === entry.id)).toEqual(closed);
    expect(cellValue(fake, 2, "followUpStatus")).toBe("fait");
    expect(() => closeFollowUp(plain.id)).toThrow("Cette transmission n'a pas de suivi à clore.");
  });

  it("records a correction as a new entry pointing to the corrected one, which shows as corrected", () => {
    fake = setUp();
    const wrong = addHandover({ ...INPUT, data: "Température 39,5." });
    setNow("2026-11-24T21:40:00+01:00");
    const fix = addHandover({ ...INPUT, data: "Température 38,5 (erreur de saisie).", corrects: wrong.id });
    const [newest, oldest] = listHandovers({ since: "2026-11-24" });
    expect(newest).toEqual(fix);
    expect(oldest).toMatchObject({ id: wrong.id, data: "Température 39,5.", correctedBy: [fix.id] });
    expect(() => addHandover({ ...INPUT, corrects: "20200101-000000-abcdef" })).toThrow(
      "Transmission non enregistrée. La transmission 20200101-000000-abcdef est introuvable.",
    );
  });

  it("loads 'À lire' in one call: what this reader has not read in the last 7 days, most important first", () => {
    fake = setUp({}, "2026-11-16T10:00:00+01:00");
    const tooOld = fake.runAs("s", () => addHandover({ ...INPUT, data: "Il y a dix jours." }), sam);
    setNow("2026-11-23T10:00:00+01:00");
    const urgent = fake.runAs("s", () => addHandover({ ...INPUT, severity: "urgent", data: "Chute." }), sam);
    const info = fake.runAs("s", () => addHandover({ ...INPUT, data: "RAS" }), sam);
    const mine = addHandover({ ...INPUT, severity: "urgent", data: "Écrit par moi." });
    setNow("2026-11-23T10:05:00+01:00");
    const followUp = fake.runAs("s", () => addHandover({ ...INPUT, followUp: { what: "Pharmacie" } }), sam);
    setNow("2026-11-24T21:00:00+01:00");
    const watch = fake.runAs("s", () => addHandover({ ...INPUT, severity: "watch", data: "Toux." }), sam);
    setNow("2026-11-24T21:30:00+01:00");
    fake.calls.reset();
    const inbox = loadInbox({});
    expect(ids(inbox.unread)).toEqual([urgent.id, watch.id, followUp.id, info.id]);
    expect(ids(inbox.openFollowUps)).toEqual([followUp.id]);
    expect(inbox).toMatchObject({ reader: ["lea@example.org"], days: 7, today: "2026-11-24" });
    expect(ids(inbox.unread)).not.toContain(mine.id);
    expect(ids(inbox.unread)).not.toContain(tooOld.id);
    acknowledgeHandover(urgent.id);
    expect(ids(loadInbox().unread)).toEqual([watch.id, followUp.id, info.id]);
    // Another reader still has everything to read: unread is per reader, never per visit.
    expect(fake.runAs("c", () => ids(loadInbox().unread), { userEmail: "coord@example.org" })).toHaveLength(
      5,
    );
  });

  it("a colleague's entry stays in À lire across days until I acknowledge it, for transmissions.jours days", () => {
    fake = setUp({
      sheets: {
        Résidents: [["Nom"], ["Martin Léa"]],
        Paramètres: [
          ["clé", "valeur", "explication"],
          ["transmissions.jours", "3", ""],
        ],
      },
    });
    const entry = fake.runAs("s", () => addHandover({ ...INPUT, data: "Fugue." }), sam);
    for (const day of ["2026-11-25", "2026-11-26", "2026-11-27"]) {
      setNow(`${day}T07:10:00+01:00`);
      getSidebarData();
      expect([day, ids(loadInbox().unread)]).toEqual([day, [entry.id]]);
    }
    expect(loadInbox().days).toBe(3);
    setNow("2026-11-28T07:10:00+01:00");
    expect(ids(loadInbox().unread)).toEqual([]);
    setNow("2026-11-26T07:10:00+01:00");
    expect(acknowledgeHandovers([entry.id, "pas-un-id"]).map((e) => e.readBy)).toEqual([["lea@example.org"]]);
    expect(ids(loadInbox().unread)).toEqual([]);
  });

  it("links accounts to names through the Équipe tab's E-mail column: my entries and my readings count", () => {
    fake = setUp({
      sheets: {
        Résidents: [["Nom"], ["Martin Léa"]],
        Équipe: [
          ["Nom", "Fonction", "E-mail"],
          ["Roux Léa", "éducatrice", "lea@example.org"],
          ["Sam Petit", "veilleur", "sam@example.org"],
        ],
      },
    });
    const data = getSidebarData();
    expect(data.me).toBe("Roux Léa");
    expect(data.team).toEqual([
      { name: "Roux Léa", email: "lea@example.org" },
      { name: "Sam Petit", email: "sam@example.org" },
    ]);
    const forMe = fake.runAs(
      "s",
      () => addHandover({ ...INPUT, followUp: { what: "Rappeler", owner: "Roux Léa" } }),
      sam,
    );
    const inbox = loadInbox();
    expect(inbox.reader).toEqual(["lea@example.org", "Roux Léa"]);
    expect(inbox.openFollowUps[0]?.followUp?.owner).toBe("Roux Léa");
    expect(ids(inbox.unread)).toEqual([forMe.id]);
  });

  it("gives the sidebar its persons, categories, shift, team and days, and records nothing about visits", () => {
    fake = setUp();
    const first = getSidebarData();
    expect(first).toMatchObject({
      lang: "fr",
      author: { email: "lea@example.org", needsName: false },
      persons: ["Martin Léa", "Petit Zoé", "Service"],
      shifts: ["matin", "soir", "nuit"],
      currentShift: "soir",
      now: "2026-11-24T21:30:00+01:00",
      team: [],
      days: 7,
    });
    expect(first.categories).toContain("Scolarité/Activité");
    expect(fake.properties.user.getKeys()).toEqual([]);
  });
});

describe("several people, a mistyped name, a save sent twice", () => {
  it("stores one entry about several people, found under each", () => {
    fake = setUp();
    const fight = addHandover({ ...INPUT, person: undefined, persons: ["Petit Zoé", "martin léa"] });
    expect(fight).toMatchObject({ person: "Petit Zoé", persons: ["Petit Zoé", "Martin Léa"] });
    expect(cellValue(fake, 2, "person")).toBe("Petit Zoé\nMartin Léa");
    expect(ids(listHandovers({ person: "Martin Léa" }))).toEqual([fight.id]);
    expect(ids(listHandovers({ person: "Petit Zoé" }))).toEqual([fight.id]);
  });

  it("refuses a name not in Résidents with the closest one: « Vouliez-vous dire … ? »", () => {
    fake = setUp();
    expect(addHandover({ ...INPUT, person: "martin lea" }).persons).toEqual(["Martin Léa"]);
    expect(() => addHandover({ ...INPUT, persons: ["Martin Léa", "Petti Zoe"] })).toThrow(
      "Vouliez-vous dire Petit Zoé ?",
    );
    expect(() => addHandover({ ...INPUT, person: "Marten Léo" })).toThrow(
      "Transmission non enregistrée. Personne concernée : « Marten Léo » ne figure pas dans l'onglet Résidents. Vouliez-vous dire Martin Léa ?",
    );
  });

  it("stores a draft once: the same draft id saved again answers « déjà enregistrée » with the first entry", () => {
    fake = setUp();
    const requestId = `${Date.now().toString(36)}-a1b2c3d4e5`;
    const first = addHandover({ ...INPUT, requestId });
    setNow("2026-11-24T21:45:00+01:00");
    const again = addHandover({ ...INPUT, requestId });
    expect(again).toEqual({ ...first, alreadyStored: true });
    expect(handoverTab(fake).getLastRow()).toBe(2);
    expect(findSavedDraft(requestId)).toEqual(first);
    expect(findSavedDraft(`${Date.now().toString(36)}-ffffffffff`)).toBeNull();
    expect(findSavedDraft("=1+1")).toBeNull();
    setNow("2026-11-26T08:00:00+01:00");
    expect(addHandover({ ...INPUT, requestId }).alreadyStored).toBe(true);
  });
});

describe("showSidebar", () => {
  it("opens the built sidebar with the product's title", () => {
    fake = setUp();
    fake.html.files.set("Sidebar", "<!doctype html><p>Relève</p>");
    showSidebar();
    expect(fake.ui.sidebars).toHaveLength(1);
    expect(fake.ui.sidebars[0]).toMatchObject({ title: "Relève", content: "<!doctype html><p>Relève</p>" });
  });
});
