// The handover schema: what is accepted, what is refused, and messages that name each wrong field.
import {
  HandoverInputError,
  handoverEntrySchema,
  parseHandoverInput,
  validateHandoverInput,
} from "../../../src/core/handovers";

const valid = {
  person: "Martin Léa",
  category: "Santé",
  severity: "watch",
  target: "Sommeil",
  data: "S'est réveillée trois fois.",
  actions: "Tisane, échange calme.",
  results: "Rendormie vers 3 h.",
  followUp: { what: "Appeler le médecin", due: "2026-11-25", shift: "matin", owner: "Infirmière" },
};

describe("handover input schema", () => {
  it("takes a list of people (a single person still works), without repeats, the single one first", () => {
    const { person: _p, ...noPerson } = valid;
    const several = validateHandoverInput(
      { ...noPerson, persons: ["Adam B.", " Noah G. ", "adam b."] },
      "fr",
    );
    expect(several.ok && [several.value.person, several.value.persons]).toEqual([
      "Adam B.",
      ["Adam B.", "Noah G."],
    ]);
    const both = validateHandoverInput({ ...valid, persons: ["Noah G."] }, "fr");
    expect(both.ok && both.value.persons).toEqual(["Martin Léa", "Noah G."]);
    expect(validateHandoverInput({ ...noPerson, persons: [] }, "fr")).toEqual({
      ok: false,
      errors: [{ field: "person", message: "Personne concernée : à remplir." }],
    });
    expect(validateHandoverInput({ ...noPerson, persons: ["x".repeat(121)] }, "en")).toEqual({
      ok: false,
      errors: [{ field: "person", message: "Person concerned: too long (at most 120 characters)." }],
    });
  });

  it("accepts a draft id made in the browser, and nothing else in its place", () => {
    expect(validateHandoverInput({ ...valid, requestId: "mi2k7z3c-4f9a1b2c3d" }, "fr").ok).toBe(true);
    expect(validateHandoverInput({ ...valid, requestId: "=HYPERLINK()" }, "fr").ok).toBe(false);
  });

  it("accepts a complete entry and keeps every field", () => {
    const result = validateHandoverInput(valid, "fr");
    expect(result).toEqual({ ok: true, value: { ...valid, persons: ["Martin Léa"] } });
  });

  it("drops optional texts left blank", () => {
    const result = validateHandoverInput(
      { ...valid, target: "", actions: "  ", followUp: { what: "Rappeler", due: "", owner: "" } },
      "fr",
    );
    expect(result.ok && result.value).toEqual({
      person: "Martin Léa",
      persons: ["Martin Léa"],
      category: "Santé",
      severity: "watch",
      data: valid.data,
      results: valid.results,
      followUp: { what: "Rappeler" },
    });
  });

  it("refuses a missing or blank Données, naming the field in French and English", () => {
    const { data: _d, ...noData } = valid;
    expect(validateHandoverInput(noData, "fr")).toEqual({
      ok: false,
      errors: [{ field: "data", message: "Ce que j'ai observé (données) : à remplir." }],
    });
    expect(validateHandoverInput({ ...valid, data: " \n " }, "en")).toEqual({
      ok: false,
      errors: [{ field: "data", message: "What I observed (data): required." }],
    });
  });

  it("refuses every wrong field at once with one message per field", () => {
    const result = validateHandoverInput(
      {
        person: "",
        category: "Santé",
        severity: "grave",
        data: "x",
        followUp: { what: "", due: "25/11/2026" },
      },
      "fr",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      "Personne concernée : à remplir.",
      "Gravité : choisissez une valeur de la liste.",
      "Suivi : à faire : à remplir.",
      "Suivi : échéance : date attendue (AAAA-MM-JJ).",
    ]);
  });

  it("enforces length limits below the 50,000 characters of a cell, with the limit in the message", () => {
    const tooLong = validateHandoverInput({ ...valid, data: "a".repeat(50_001) }, "fr");
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok)
      expect(tooLong.errors[0]?.message).toMatch(
        /^Ce que j'ai observé \(données\) : trop long \(10\s000 caractères au plus\)\.$/u,
      );
    expect(validateHandoverInput({ ...valid, data: "a".repeat(10_000) }, "fr").ok).toBe(true);
    const en = validateHandoverInput({ ...valid, target: "t".repeat(201) }, "en");
    expect(!en.ok && en.errors[0]?.message).toBe(
      "In a few words (target): too long (at most 200 characters).",
    );
  });

  it("throws an error whose message lists each wrong field in the user's language", () => {
    expect(() => parseHandoverInput({ ...valid, data: "", severity: "x" }, "en")).toThrow(
      "Entry not saved. Severity: choose a value from the list. What I observed (data): required.",
    );
    try {
      parseHandoverInput(null, "fr");
    } catch (error) {
      expect(error).toBeInstanceOf(HandoverInputError);
      expect((error as HandoverInputError).message).toBe(
        "Transmission non enregistrée. La transmission reçue est vide ou illisible.",
      );
    }
    expect.assertions(3);
  });

  it("keeps typed text exactly, formula-looking or not", () => {
    for (const data of [
      '=IMPORTXML("http://x","//a")',
      "+33 6",
      "-1",
      "@here",
      "\tcmd",
      "\r\nx",
      "<img src=x onerror=alert(1)>",
    ]) {
      const result = validateHandoverInput({ ...valid, data }, "fr");
      expect(result.ok && result.value.data).toBe(data);
    }
  });

  it("describes a stored entry with the contract keys", () => {
    const entry = {
      ...valid,
      id: "20261124-220015-3f9a1c",
      writtenAt: "2026-11-24T22:00:15+01:00",
      author: "lea@example.org",
      shift: "soir",
      readBy: [],
      followUpStatus: "open",
    };
    expect(handoverEntrySchema.safeParse(entry).success).toBe(true);
    expect(handoverEntrySchema.safeParse({ ...entry, id: "1" }).success).toBe(false);
    expect(handoverEntrySchema.safeParse({ ...entry, author: " " }).success).toBe(false);
  });
});
