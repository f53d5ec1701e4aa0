// "Remplacer": who can take the selected (or chosen) shift — the answer first — one confirmed write, and its undo.
import { replacementPanel as enPanel } from "../src/core/i18n/en/replacement-panel";
import { replacementPanel as frPanel } from "../src/core/i18n/fr/replacement-panel";
import type { ReplacementList, ReplacementServerApi } from "../src/gas/replacement/api-types";
import type { App, PanelDefinition, PanelInstance } from "./app";
import { clear, el } from "./dom";
import { field } from "./fields";
import { renderReplacementList } from "./replacement-list";
import { replacementStyle } from "./replacement-style";
import { createWriter } from "./replacement-write";
import { createClient, failureMessage } from "./server";

/** The replacement's server functions. */
const server = createClient<ReplacementServerApi>();

function create(app: App): PanelInstance {
  const t = app.texts.lang === "en" ? enPanel : frPanel;

  const fromSelection = el("button", { type: "button", class: "primary" }, t.fromSelection);
  const date = field(t.date, el("input", { type: "date" }));
  const shift = field(
    t.shift,
    el("input", { type: "text", autocomplete: "off", maxlength: 60, spellcheck: "false" }),
    t.shiftHint,
  );
  const qualification = field(
    t.qualification,
    el("input", { type: "text", autocomplete: "off", maxlength: 100 }),
    t.qualificationHint,
    t.optional,
  );
  const searchButton = el("button", { type: "submit", class: "secondary" }, t.search);
  const form = el(
    "form",
    { novalidate: true },
    date.wrapper,
    shift.wrapper,
    qualification.wrapper,
    el("div", { class: "actions-row" }, searchButton),
  );
  const pick = el("details", { class: "filters" }, el("summary", {}, t.pick), form);
  const status = el("p", { class: "status", role: "status" });
  const undoRow = el("div", { class: "actions-row", hidden: true });
  const results = el("div", { class: "replacement-results" });
  const element = el(
    "div",
    { class: "replacement" },
    replacementStyle(),
    el("h2", {}, t.title),
    el("p", { class: "hint" }, t.intro),
    el("div", { class: "actions-row" }, fromSelection),
    pick,
    status,
    undoRow,
    results,
  );
  const writer = createWriter(server, t, app.texts.ui.serverError, {
    status,
    undoRow,
    others: [fromSelection, searchButton],
  });

  const run = (call: () => Promise<ReplacementList>, button: HTMLButtonElement, label: string): void => {
    writer.setBusy(true);
    button.setAttribute("aria-busy", "true");
    button.textContent = t.searching;
    writer.say(t.searching);
    const done = (): void => {
      button.removeAttribute("aria-busy");
      button.textContent = label;
      writer.setBusy(false);
    };
    call().then(
      (list) => {
        clear(results);
        writer.reset();
        results.append(...renderReplacementList(list, t, writer));
        done();
        writer.say("");
      },
      (error: unknown) => {
        done();
        clear(results);
        writer.say(failureMessage(error, app.texts.ui.serverError), "error");
      },
    );
  };

  fromSelection.addEventListener("click", () =>
    run(() => server.findReplacementsForSelection(), fromSelection, t.fromSelection),
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const dateValue = date.control.value.trim();
    const shiftValue = shift.control.value.trim();
    date.setError(dateValue === "" ? t.needDateShift : undefined);
    shift.setError(shiftValue === "" ? t.needDateShift : undefined);
    if (dateValue === "") return date.control.focus();
    if (shiftValue === "") return shift.control.focus();
    const q = qualification.control.value.trim();
    run(
      () =>
        server.findReplacementsFor(
          q === ""
            ? { date: dateValue, shift: shiftValue }
            : { date: dateValue, shift: shiftValue, qualification: q },
        ),
      searchButton,
      t.search,
    );
  });

  return { element };
}

/** The "Remplacer" panel (registered by sidebar/main.ts). */
export const replacementPanel: PanelDefinition = {
  id: "replace",
  label: (texts) => (texts.lang === "en" ? enPanel : frPanel).tab,
  create,
};
