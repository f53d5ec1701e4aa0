// Privacy of the minimal e-mail (contract §1): a resident's name, in any spelling, never reaches it (property test).
import * as fc from "fast-check";
import {
  type BriefingEntry,
  composeBriefing,
  minimalEmail,
  minimalSummary,
  redactSummary,
} from "../../../src/core/briefing";
import type { Finding } from "../../../src/core/findings";
import { makeSequence } from "../../../src/core/planning/sequence";
import type { Timeline } from "../../../src/core/planning/types";
import { foldText } from "../../../src/core/text";
import { dayNumber } from "../../../src/core/time";
import { DATE, FINDINGS, OPEN_FOLLOW_UPS, PARIS, timeline, WINDOW, WINDOW_ENTRIES } from "./fixtures";

const LINK = "https://docs.google.com/spreadsheets/d/abc/edit#gid=42";
const DAY = dayNumber(DATE);

// Names with accents, none of them a word of the e-mail's template or a staff name of the fixtures.
const GIVEN = ["Théo", "Zoé", "Maëlys", "Chloé", "Hélène", "Jérôme", "Anaïs", "Gaëlle", "Loïc", "Noé"];
const FAMILY = ["Durand", "Lefèvre", "Bénard", "Gérard", "Lemaître", "Côté", "Hervé", "Benoît", "Thévenet"];

/** How a name is spelled elsewhere than in the Résidents tab. */
interface Spelling {
  reversed: boolean;
  decomposed: boolean;
  noAccents: boolean;
  letterCase: "as-is" | "upper" | "lower" | "title-lower";
  separator: string;
  padding: string;
}

const spellingArb: fc.Arbitrary<Spelling> = fc.record({
  reversed: fc.boolean(),
  decomposed: fc.boolean(),
  noAccents: fc.boolean(),
  letterCase: fc.constantFrom("as-is", "upper", "lower", "title-lower"),
  separator: fc.constantFrom(" ", "  ", "\u00a0", "\u202f", " \u00a0", "\t"),
  padding: fc.constantFrom("", " ", "\u00a0"),
});

/** The name as typed somewhere else: reversed, decomposed, without accents, another case, other spaces. */
function spell(name: string, s: Spelling): string {
  let words = name.split(" ");
  if (s.reversed) words = [...words].reverse();
  let text = words.join(s.separator);
  if (s.noAccents) text = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (s.letterCase === "upper") text = text.toUpperCase();
  if (s.letterCase === "lower") text = text.toLowerCase();
  if (s.letterCase === "title-lower") text = text.charAt(0) + text.slice(1).toLowerCase();
  if (s.decomposed) text = text.normalize("NFD");
  return `${s.padding}${text}${s.padding}`;
}

const HTML_ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const decodeHtml = (html: string): string =>
  html.replace(/<[^>]*>/g, " ").replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e] ?? e);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when the text, folded, holds the name (folded, in either order) as whole words. */
function holdsName(text: string, name: string): boolean {
  const folded = foldText(text);
  const words = foldText(name).split(" ");
  return [words, [...words].reverse()].some((order) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(order.join(" "))}(?=$|[^\\p{L}\\p{N}])`, "u").test(folded),
  );
}

/** The fixture's planning plus a staff member whose name (and role) is the resident's name as spelled. */
function timelineWith(staffName: string, role: string): Timeline {
  const base = timeline();
  const key = foldText(staffName);
  base.persons.push({
    key,
    name: staffName,
    role,
    sequences: [
      makeSequence(
        {
          personKey: key,
          name: staffName,
          day: DAY,
          startMinute: 420,
          endMinute: 840,
          type: "work",
          breakMinutes: 0,
          code: "M",
          cell: { tab: "Novembre 2026", row: 12, col: 25 },
        },
        PARIS,
      ),
    ],
    marks: [],
  });
  return base;
}

/** Where a spelled name can slip into a minimal e-mail: establishment, staff, role, category, findings. */
function leakyEmail(resident: string, spelled: string[]) {
  const [inEstablishment, inStaff, inRole, inCategory, inGap, inError] = spelled as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const entry: BriefingEntry = {
    ...(WINDOW_ENTRIES[2] as BriefingEntry),
    id: "20261124-040000-priv01",
    writtenAt: "2026-11-24T04:00:00+01:00",
    category: `Projet de ${inCategory}`,
  };
  const findings: Finding[] = [
    ...FINDINGS,
    {
      ruleId: "coverage",
      severity: "error",
      person: null,
      date: DATE,
      tab: "Novembre 2026",
      cells: [],
      message: `Couverture du matin le 24/11 : 1 personne (${inGap}), minimum 2.`,
      details: {},
    },
    {
      ruleId: "daily-max",
      severity: "error",
      person: inError,
      date: DATE,
      tab: "Novembre 2026",
      cells: [],
      message: `Durée de 12 h le 24/11 pour ${inError} (maximum 10 h).`,
      details: {},
    },
  ];
  const model = composeBriefing({
    date: DATE,
    lang: "fr",
    zone: PARIS,
    establishment: `Maison ${inEstablishment}`,
    window: WINDOW,
    entries: [...WINDOW_ENTRIES, entry],
    openFollowUps: OPEN_FOLLOW_UPS,
    timeline: timelineWith(inStaff, `Référent de ${inRole}`),
    findings,
    generatedAtMs: WINDOW.untilMs,
  });
  return minimalEmail(redactSummary(minimalSummary(model, LINK), [resident]));
}

describe("the minimal e-mail never names a resident, however the name is spelled", () => {
  test("property: generated spellings in the establishment, staff, roles, categories and findings never appear", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GIVEN),
        fc.constantFrom(...FAMILY),
        fc.boolean(),
        fc.array(spellingArb, { minLength: 6, maxLength: 6 }),
        (given, family, familyFirst, spellings) => {
          const resident = familyFirst ? `${family} ${given}` : `${given} ${family}`;
          const mail = leakyEmail(
            resident,
            spellings.map((s) => spell(resident, s)),
          );
          for (const [part, text] of [
            ["subject", mail.subject],
            ["text body", mail.body],
            ["HTML body", decodeHtml(mail.htmlBody)],
          ] as const) {
            if (holdsName(text, resident)) throw new Error(`${resident} appears in the ${part}:\n${text}`);
          }
        },
      ),
    );
  });

  test("an establishment named after a resident gives a neutral title", () => {
    const mail = leakyEmail("Durand Théo", Array(6).fill("Durand\u00a0Theo"));
    expect(mail.subject).toBe("Briefing du mardi 24 novembre 2026");
    expect(mail.htmlBody).toContain(">Briefing du mardi 24 novembre 2026</h1>");
  });

  test("the staff and findings keep every name that is not a resident's", () => {
    const mail = leakyEmail("Durand Théo", Array(6).fill("Théo  DURAND"));
    expect(mail.body).toContain("Matin (2), 07:00–14:30 : Martin Léa, ••• (07:00–14:00)");
    expect(mail.body).toContain("Amplitude de 14 h le 24/11 pour Roux Sophie");
    expect(mail.body).toContain("Durée de 12 h le 24/11 pour ••• (maximum 10 h).");
  });
});
