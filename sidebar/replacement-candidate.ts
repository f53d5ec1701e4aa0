// One candidate of "Qui peut remplacer ?": a compact card (name, mark, one line, Choisir, Détails) and its confirmation.
import type { replacementPanel as frPanel } from "../src/core/i18n/fr/replacement-panel";
import type { ApplyRequest, CandidateJson, ReplacementList } from "../src/gas/replacement/api-types";
import { el, uid } from "./dom";
import type { Writer } from "./replacement-write";

/** What a card needs from the panel. */
export interface CandidateContext {
  t: typeof frPanel;
  list: ReplacementList;
  writer: Writer;
  /** The absence code to write in the absent person's cell, or null when the box is unticked (or no cell). */
  absentMark(): string | null;
}

/** `'Tab'!A1` as the user reads it in the confirmation (no quotes around the tab). */
export function cellName(tab: string, a1: string): string {
  return `${tab}!${a1}`;
}

/** The one line under the name: the warning, the note, or that the cell is to be written by hand. */
function noteLine(c: CandidateJson, t: typeof frPanel): string {
  const parts: string[] = [];
  if (c.note !== "") parts.push(c.availability === "suitable" ? t.infoNote(c.note) : c.note);
  if (c.placement === null) parts.push(t.byHand);
  return parts.join(" ");
}

/** "Détails": the hours and rests line and every reason, shown on demand. */
function detailsToggle(c: CandidateJson, t: typeof frPanel): { button: HTMLButtonElement; box: HTMLElement } {
  const box = el(
    "div",
    { class: "rp-more", id: uid("rp-more"), hidden: true },
    el("p", { class: "meta" }, c.summary),
    c.reasons.length > 0 ? el("ul", { class: "reasons" }, ...c.reasons.map((r) => el("li", {}, r))) : null,
  );
  const button = el(
    "button",
    {
      type: "button",
      class: "secondary",
      "aria-expanded": "false",
      "aria-controls": box.id,
      "aria-label": t.detailsFor(c.name),
    },
    t.details,
  );
  button.addEventListener("click", () => {
    box.hidden = !box.hidden;
    button.setAttribute("aria-expanded", String(!box.hidden));
  });
  return { button, box };
}

/** "Choisir" and its confirmation box: one write of the candidate's cell (and the absent person's when ticked). */
function chooser(
  c: CandidateJson,
  placement: NonNullable<CandidateJson["placement"]>,
  ctx: CandidateContext,
): { button: HTMLButtonElement; box: HTMLElement } {
  const { t, list, writer } = ctx;
  const button = el(
    "button",
    { type: "button", class: "primary", "aria-label": t.chooseFor(c.name) },
    t.choose,
  );
  const question = el("p", { class: "confirm-text" });
  const extra = el("p", { class: "meta" });
  const confirm = el("button", { type: "button", class: "primary" }, t.write);
  const back = el("button", { type: "button", class: "secondary" }, t.back);
  const box = el(
    "div",
    { class: "confirm correction", role: "group", "aria-label": t.chooseFor(c.name), hidden: true },
    question,
    extra,
    el("div", { class: "actions-row" }, confirm, back),
  );
  writer.register(button);
  let mark: string | null = null;
  const close = (): void => {
    box.hidden = true;
    button.focus();
  };
  button.addEventListener("click", () => {
    mark = list.absentCell ? ctx.absentMark() : null;
    question.textContent = t.confirm(
      placement.text,
      c.name,
      list.vacancy.dayLabel,
      cellName(placement.tab, placement.a1),
    );
    const absent = list.absentCell;
    extra.textContent =
      mark !== null && absent
        ? t.confirmAbsent(mark, list.vacancy.absent ?? "", cellName(absent.tab, absent.a1))
        : "";
    extra.hidden = mark === null;
    box.hidden = false;
    confirm.disabled = false;
    back.disabled = false;
    confirm.focus();
  });
  back.addEventListener("click", close);
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  confirm.addEventListener("click", () => {
    const request: ApplyRequest = {
      tab: placement.tab,
      a1: placement.a1,
      expectedPrevious: placement.current,
      text: placement.text,
    };
    const absent = list.absentCell;
    if (absent && mark !== null)
      request.markAbsent = { tab: absent.tab, a1: absent.a1, code: mark, expectedPrevious: absent.current };
    writer.write(request, [confirm, back]);
  });
  return { button, box };
}

/** The compact card of an available candidate (suitable or possible). */
export function candidateCard(c: CandidateJson, ctx: CandidateContext): HTMLLIElement {
  const { t } = ctx;
  const badge =
    c.availability === "suitable"
      ? el("span", { class: "badge rp-ok" }, t.suitable)
      : el("span", { class: "badge sev-watch" }, t.problems(c.problems));
  const where = [c.job, c.unit].filter((x): x is string => x !== null && x !== "").join(" · ");
  const note = noteLine(c, t);
  const details = detailsToggle(c, t);
  const choose = c.placement ? chooser(c, c.placement, ctx) : null;
  return el(
    "li",
    { class: `rp-cand ${c.availability}` },
    el("div", { class: "rp-head" }, el("h4", { class: "rp-name" }, c.name), badge),
    where ? el("p", { class: "meta" }, where) : null,
    note ? el("p", { class: "rp-note" }, note) : null,
    el("div", { class: "rp-actions" }, choose?.button, details.button),
    details.box,
    choose?.box,
  );
}

/** One line of the folded "Non disponibles" list: the name and why. */
export function unavailableLine(c: CandidateJson): HTMLLIElement {
  return el("li", {}, el("strong", {}, c.name), c.note ? ` — ${c.note}` : "");
}
