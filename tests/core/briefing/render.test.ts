// Rendering the briefing: the tab's rows and formatting, the standalone HTML page, the text, and escaping.
import {
  briefingHtmlPage,
  briefingSheet,
  briefingText,
  composeBriefing,
  escapeHtml,
  sheetFormatting,
} from "../../../src/core/briefing";
import {
  DATE,
  ESTABLISHMENT,
  FINDINGS,
  fixtureModel,
  PARIS,
  timeline,
  WINDOW,
  WINDOW_ENTRIES,
} from "./fixtures";

const model = (lang: "fr" | "en" = "fr") => fixtureModel(lang);

describe("escapeHtml", () => {
  test("escapes the five HTML-significant characters and nothing else", () => {
    expect(escapeHtml(`<a href="x">'&'</a> é`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; é",
    );
  });
});

describe("briefingSheet", () => {
  test("a frozen title naming the establishment and the date, then the five sections in order", () => {
    const layout = briefingSheet(model(), "");
    expect(layout.frozenRows).toBe(1);
    expect(layout.values[0]?.[0]).toBe("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    const sections = layout.values.filter((_, i) => layout.kinds[i] === "section").map((r) => r[0]);
    expect(sections).toEqual([
      "1. Urgent et à surveiller",
      "2. Suivis à faire aujourd'hui ou en retard",
      "3. Rendez-vous du jour",
      "4. Équipe du jour et planning",
      "5. Autres transmissions, par personne",
    ]);
    expect(layout.values.every((r) => r.length === 4)).toBe(true);
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(740);
  });

  test("the status row carries the e-mail outcome, in red when it is an error", () => {
    const layout = briefingSheet(model(), "Échec de l'envoi : quota");
    expect(layout.values[layout.statusRow]?.[0]).toBe("Échec de l'envoi : quota");
    const f = sheetFormatting(layout, true);
    expect(f.fontColors[layout.statusRow]?.[0]).toBe("#b00020");
    expect(f.backgrounds).toHaveLength(layout.values.length);
    expect(f.wraps.every((r) => r.length === 4)).toBe(true);
  });

  test("urgent rows are highlighted and entry texts wrap; the text is kept literally", () => {
    const layout = briefingSheet(model());
    const f = sheetFormatting(layout);
    const urgent = layout.kinds.indexOf("urgent");
    expect(layout.values[urgent]?.[1]).toBe("Lucas Bernard");
    expect(layout.values[urgent]?.[3]).toContain("Données : Température 39,2 °C à 3 h, frissons");
    expect(layout.values[urgent]?.[3]).toContain(
      "Suivi : Appeler le médecin traitant dès 8 h, pour le 24/11/2026, par Roux Sophie",
    );
    expect(f.backgrounds[urgent]?.[0]).toBe("#fde2e1");
    expect(f.wraps[urgent]?.[3]).toBe(true);
    const injected = layout.values.find((r) => r[3]?.includes("<img src=x"));
    expect(injected?.[3]).toContain('Cible : =IMPORTXML("http://x","//a")');
  });
});

describe("the printed words", () => {
  test("the team is one line per shift, the absent people one line", () => {
    const layout = briefingSheet(model());
    const team = layout.values.filter((_, i) => layout.kinds[i] === "team");
    expect(team).toEqual([
      ["Matin (1)", "07:00–14:30", "", "Martin Léa"],
      ["Journée (1)", "09:00–17:00", "", "Roux Sophie"],
      ["Soir (1)", "13:30–21:30", "", "Dubois Paul"],
      ["Nuit (1)", "21:00–07:00", "", "Garcia Karim"],
      ["Absents (1)", "", "", "Fontaine Anne (CA)"],
    ]);
  });

  test("no abbreviation: Données, Actions, Résultats in words", () => {
    const text = briefingText(model());
    expect(text).toContain("Données : Température 39,2 °C à 3 h, frissons");
    expect(text).toContain("Actions : Paracétamol 500 mg donné à 3 h 15");
    expect(text).toContain("Résultats : 38,1 °C à 4 h 30, dort");
    expect(text).not.toMatch(/^\s*[DAR] : /m);
    expect(briefingText(model("en"))).toContain("Data: Température 39,2 °C");
  });

  test("the read status says who of today's team has not read an entry", () => {
    const text = briefingText(model());
    // Garcia Karim wrote it; nobody else of today's team (Léa, Sophie, Paul) has read it.
    expect(text).toContain("par garcia.karim@example.org · nuit · non lu par l'équipe du jour");
    // Read by Paul (his account's e-mail): the two others have not.
    expect(text).toContain("lu par dubois.paul@example.org · non lu par le reste de l'équipe du jour");
    const twoReaders = composeBriefing({
      date: DATE,
      lang: "fr",
      zone: PARIS,
      establishment: ESTABLISHMENT,
      window: WINDOW,
      entries: WINDOW_ENTRIES.map((e) =>
        e.id === "20261123-234000-aaaa02" ? { ...e, readBy: ["dubois.paul@example.org", "Roux Sophie"] } : e,
      ),
      timeline: timeline(),
      findings: FINDINGS,
      generatedAtMs: WINDOW.untilMs,
    });
    expect(briefingText(twoReaders)).toContain(
      "lu par dubois.paul@example.org, Roux Sophie · non lu par Martin Léa",
    );
  });
});

describe("briefingHtmlPage", () => {
  test("a standalone, printable page with every entry text escaped", () => {
    const html = briefingHtmlPage(model());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("size: A4 portrait");
    expect(html).toContain("<title>Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls</title>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(
      "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
    );
    expect(html).toContain("=IMPORTXML(&quot;http://x&quot;,&quot;//a&quot;)");
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(src|href)=/); // no tag loads or links anything
    for (const s of ["1. Urgent", "2. Suivis", "3. Rendez-vous", "4. Équipe", "5. Autres"])
      expect(html).toContain(s);
  });

  test("English pages are in English", () => {
    const html = briefingHtmlPage(model("en"));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Briefing for Tuesday 24 November 2026");
    expect(html).toContain("Coverage gaps");
  });
});

describe("briefingText", () => {
  test("the plain text holds every section, the team and the entries", () => {
    const text = briefingText(model());
    expect(text).toContain("Briefing du mardi 24 novembre 2026");
    expect(text).toContain("Matin (1) · 07:00–14:30 · Martin Léa");
    expect(text).toContain("Rappeler la mère de Noah");
    expect(text).toContain("en retard de 2 jours");
  });
});
