// The briefing e-mails: the minimal one holds no resident name and no entry text; the full one holds everything.
import {
  emailBodyBytes,
  fullEmail,
  minimalEmail,
  minimalSummary,
  planRecipients,
  REDACTED,
  redactor,
  redactSummary,
} from "../../../src/core/briefing";
import { ENTRIES, entryTexts, fixtureModel, RESIDENTS, WINDOW } from "./fixtures";

const model = () => fixtureModel("fr", WINDOW.untilMs);

const LINK = "https://docs.google.com/spreadsheets/d/abc/edit#gid=42";

describe("minimalEmail", () => {
  const mail = minimalEmail(minimalSummary(model(), LINK));
  const all = `${mail.subject}\n${mail.body}\n${mail.htmlBody}`;

  test("the subject names the establishment and the date, and nothing else", () => {
    expect(mail.subject).toBe("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
  });

  test("no resident name, from the Résidents tab or any entry, in the subject or either body", () => {
    const names = new Set([...RESIDENTS, ...ENTRIES.map((e) => e.person).filter((p) => p !== "Service")]);
    for (const name of names) {
      expect(all).not.toContain(name);
      for (const part of name.split(" ")) expect(all).not.toContain(part);
    }
  });

  test("no entry text (cible, données, actions, résultats, follow-up) anywhere", () => {
    for (const text of entryTexts()) expect(all).not.toContain(text);
    for (const word of ["Fièvre", "39,2", "Paracétamol", "orthophoniste", "cauchemar", "IMPORTXML", "<img"]) {
      expect(all).not.toContain(word);
    }
  });

  test("counts per severity and category, follow-ups due, staffing, the gap, today's errors and the link", () => {
    expect(mail.body).toContain("Transmissions depuis le briefing précédent : 6");
    expect(mail.body).toContain("Urgent : 1, À surveiller : 2, Info : 3");
    expect(mail.body).toContain("Santé : 1");
    expect(mail.body).toContain("1 à faire aujourd'hui, 1 en retard");
    expect(mail.body).toContain("Soir (1), 13:30–21:30 : Dubois Paul");
    expect(mail.body).toContain("Couverture du soir le 24/11 : 1 personne, minimum 2.");
    expect(mail.body).toContain("Amplitude de 14 h le 24/11 pour Roux Sophie");
    // Tomorrow's error is not today's.
    expect(mail.body).not.toContain("Repos quotidien");
    expect(mail.body).toContain(LINK);
    expect(mail.htmlBody).toContain(`href="${LINK}"`);
  });
});

describe("redaction (belt and braces)", () => {
  test("a staff member or a finding that quotes a resident's name is redacted in the minimal summary", () => {
    const summary = minimalSummary(model(), null);
    const leaky = {
      ...summary,
      gaps: ["Couverture : Lucas Bernard seul au soir"],
      slots: [
        {
          slot: "matin" as const,
          people: [{ name: "Emma Petit", role: null, from: "07:00", to: "14:00", code: "M" }],
        },
      ],
    };
    const safe = redactSummary(leaky, RESIDENTS);
    const mail = minimalEmail(safe);
    expect(mail.body).not.toContain("Lucas Bernard");
    expect(mail.body).not.toContain("Emma Petit");
    expect(mail.body).toContain(REDACTED);
  });

  test("only whole words are redacted, case-insensitively", () => {
    const redact = redactor(["Léo"]);
    expect(redact("Léonard et léo")).toBe(`Léonard et ${REDACTED}`);
  });
});

describe("fullEmail", () => {
  test("holds the whole briefing, escaped, with the link and a do-not-forward note", () => {
    const mail = fullEmail(model(), LINK);
    expect(mail.subject).toBe("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    expect(mail.htmlBody).toContain("Lucas Bernard");
    expect(mail.htmlBody).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.htmlBody).not.toContain("<img");
    expect(mail.body).toContain("<img src=x onerror=alert(1)>"); // plain text: no HTML, kept as typed
    expect(mail.body).toContain("à ne pas transférer");
    expect(emailBodyBytes(mail)).toBeGreaterThan(mail.body.length);
  });
});

describe("planRecipients", () => {
  const editors = ["coord@example.org", "Chef@Example.org"];

  test("minimal mode: every valid address gets the minimal e-mail, invalid ones are named", () => {
    const plan = planRecipients(
      ["coord@example.org, nurse@example.org; pas-une-adresse"],
      "minimal",
      editors,
      "fr",
    );
    expect(plan.minimal).toEqual(["coord@example.org", "nurse@example.org"]);
    expect(plan.full).toEqual([]);
    expect(plan.invalid).toEqual(["pas-une-adresse"]);
    expect(plan.problems[0]).toContain("pas-une-adresse");
  });

  test("full mode is refused for a non-editor, with a clear message, and the editor gets it", () => {
    const plan = planRecipients(["chef@example.org", "stagiaire@example.org"], "full", editors, "fr");
    expect(plan.full).toEqual(["chef@example.org"]);
    expect(plan.refusedFull).toEqual(["stagiaire@example.org"]);
    expect(plan.minimal).toEqual(["stagiaire@example.org"]);
    expect(plan.problems.join(" ")).toContain("Mode complet refusé pour stagiaire@example.org");
  });

  test("no recipient at all is a problem to fix in the settings", () => {
    const plan = planRecipients([], "minimal", editors, "fr");
    expect(plan.problems.join(" ")).toContain("briefing.destinataires");
  });
});
