// The note a mark writes: above the user's note, never cutting it; a stale note of ours is replaced, not stacked.
import { markNoteFor } from "../../../src/core/check/mark-note";
import { stripMarkNote } from "../../../src/core/check/marks";

const mark = {
  note: "[Relève] Erreur — Repos quotidien : 9 h.\n[Relève] Avertissement — Amplitude : 14 h.",
  shortNote: "[Relève] Erreur — Repos quotidien, Amplitude",
};

test("alone, above the user's note, shortened to one line, or not at all: the user's note always whole", () => {
  expect(markNoteFor(mark, "")).toBe(mark.note);
  expect(markNoteFor(mark, "Échange prévu")).toBe(`${mark.note}\n—\nÉchange prévu`);
  const roomy = "u".repeat(200);
  expect(markNoteFor(mark, roomy, 200 + mark.shortNote.length + 3)).toBe(`${mark.shortNote}\n—\n${roomy}`);
  expect(markNoteFor(mark, roomy, 200)).toBeNull();
});

test("a stale note of ours is recognised: only the user's part is kept under the new lines", () => {
  const stale = "[Relève] Erreur — Ancien constat.\n—\nÉchange prévu";
  expect(stripMarkNote(stale)).toBe("Échange prévu");
  expect(stripMarkNote("[Relève] Erreur — seul.")).toBe("");
  expect(stripMarkNote("Note à moi\n[Relève] pas au début")).toBe("Note à moi\n[Relève] pas au début");
  expect(markNoteFor(mark, stale)).toBe(`${mark.note}\n—\nÉchange prévu`);
});
