// "Remplacer": who can take the selected (or chosen) shift, ranked with reasons; one confirmed write, and its undo.
import { replacementPanel as enPanel } from "../src/core/i18n/en/replacement-panel";
import { replacementPanel as frPanel } from "../src/core/i18n/fr/replacement-panel";
import type {
  ApplyRequest,
  CandidateJson,
  ReplacementList,
  ReplacementServerApi,
  SwapJson,
} from "../src/gas/replacement/api-types";
import type { App, PanelDefinition, PanelInstance } from "./app";
import { clear, el, uid } from "./dom";
import { field } from "./fields";
import { createClient, failureMessage } from "./server";

/** The replacement's server functions. */
const server = createClient<ReplacementServerApi>();

/** Green of the "clean" mark (white text on it passes 4.5:1). */
const CLEAN_STYLE = "background:#1a7f37";
/** The stylesheet is shared: the few layout tweaks of this panel's lists stay inline. */
const LIST_STYLE = "list-style:none;margin:0;padding:0";
const REASONS_STYLE = "margin:4px 0;padding-left:18px;font-size:14px";

type PanelTexts = typeof frPanel;

/** `'Tab'!A1` as the user reads it in the confirmation (no quotes around the tab). */
function cellName(tab: string, a1: string): string {
  return `${tab}!${a1}`;
}

function create(app: App): PanelInstance {
  const t: PanelTexts = app.texts.lang === "en" ? enPanel : frPanel;
  const serverError = app.texts.ui.serverError;

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
    el("h2", {}, t.title),
    el("p", { class: "hint" }, t.intro),
    el("div", { class: "actions-row" }, fromSelection),
    pick,
    status,
    undoRow,
    results,
  );

  /** Buttons that start a server call: disabled while one runs, and "Choisir" while a write is pending undo. */
  let chooseButtons: HTMLButtonElement[] = [];
  let written = false;

  const say = (text: string, kind: "success" | "error" | "" = ""): void => {
    status.textContent = text;
    status.className = kind ? `status ${kind}` : "status";
  };

  const setBusy = (busy: boolean): void => {
    fromSelection.disabled = busy;
    searchButton.disabled = busy;
    for (const b of chooseButtons) b.disabled = busy || written;
  };

  const showUndo = (token: string | null): void => {
    clear(undoRow);
    undoRow.hidden = token === null;
    if (token === null) return;
    const undo = el("button", { type: "button", class: "secondary" }, t.undo);
    undo.addEventListener("click", () => {
      undo.disabled = true;
      undo.textContent = t.undoing;
      server.undoReplacement(token).then(
        (result) => {
          written = false;
          showUndo(null);
          setBusy(false);
          say(result.message, "success");
        },
        (error: unknown) => {
          undo.disabled = false;
          undo.textContent = t.undo;
          say(failureMessage(error, serverError), "error");
        },
      );
    });
    undoRow.append(undo);
    undo.focus();
  };

  const write = (request: ApplyRequest, back: HTMLButtonElement[]): void => {
    setBusy(true);
    for (const b of back) b.disabled = true;
    say(t.writing);
    server.applyReplacement(request).then(
      (result) => {
        written = true;
        setBusy(false);
        say(result.message, "success");
        for (const b of back) b.closest(".confirm")?.setAttribute("hidden", "");
        showUndo(result.token);
      },
      (error: unknown) => {
        setBusy(false);
        for (const b of back) b.disabled = false;
        say(failureMessage(error, serverError), "error");
      },
    );
  };

  const candidateItem = (c: CandidateJson, list: ReplacementList, markAbsent: HTMLInputElement | null) => {
    const badge = c.clean
      ? el("span", { class: "badge", style: CLEAN_STYLE }, t.clean)
      : el(
          "span",
          { class: `badge ${c.worst === "error" ? "sev-urgent" : "sev-watch"}` },
          t.problems(c.problems),
        );
    const item = el(
      "li",
      { class: "entry" },
      el("h4", { class: "candidate-name", style: "margin:0 0 4px;font-size:15px" }, c.name),
      badge,
      el("p", { class: "meta" }, c.summary),
    );
    if (c.reasons.length > 0)
      item.append(
        el("ul", { class: "reasons", style: REASONS_STYLE }, ...c.reasons.map((r) => el("li", {}, r))),
      );
    const placement = c.placement;
    if (!placement) {
      item.append(el("p", { class: "meta" }, t.noPlacement));
      return item;
    }
    const choose = el(
      "button",
      { type: "button", class: "secondary", "aria-label": t.chooseFor(c.name) },
      t.choose,
    );
    const question = el("p", { class: "confirm-text" });
    const extra = el("p", { class: "meta" });
    const confirm = el("button", { type: "button", class: "primary" }, t.write);
    const back = el("button", { type: "button", class: "secondary" }, t.back);
    const box = el(
      "div",
      { class: "confirm correction", role: "group", "aria-label": t.choose, hidden: true },
      question,
      extra,
      el("div", { class: "actions-row" }, confirm, back),
    );
    chooseButtons.push(choose);
    const close = (): void => {
      box.hidden = true;
      choose.focus();
    };
    choose.addEventListener("click", () => {
      question.textContent = t.confirm(
        placement.text,
        c.name,
        list.vacancy.dayLabel,
        cellName(placement.tab, placement.a1),
      );
      const absent = list.absentCell;
      const marking = absent !== null && markAbsent?.checked === true;
      extra.textContent =
        marking && absent
          ? t.confirmAbsent(list.absenceCode, list.vacancy.absent ?? "", cellName(absent.tab, absent.a1))
          : "";
      extra.hidden = !marking;
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
      if (absent && markAbsent?.checked)
        request.markAbsent = {
          tab: absent.tab,
          a1: absent.a1,
          code: list.absenceCode,
          expectedPrevious: absent.current,
        };
      write(request, [confirm, back]);
    });
    item.append(el("div", { class: "actions-row" }, choose), box);
    return item;
  };

  const group = (title: string, items: HTMLElement[], empty: string | null): HTMLElement => {
    const headingId = uid("replace-group");
    return el(
      "section",
      { class: "group", "aria-labelledby": headingId },
      el("h3", { id: headingId }, title),
      items.length > 0
        ? el("ul", { class: "candidates", style: LIST_STYLE }, ...items)
        : el("p", { class: "empty" }, empty ?? ""),
    );
  };

  const swapItem = (s: SwapJson): HTMLElement =>
    el(
      "li",
      { class: "entry" },
      el("p", {}, s.description),
      el(
        "ul",
        { class: "reasons", style: REASONS_STYLE },
        ...s.writes.map((w) =>
          el(
            "li",
            {},
            w.text === "" ? t.swapClear(cellName(w.tab, w.a1)) : t.swapWrite(cellName(w.tab, w.a1), w.text),
          ),
        ),
      ),
    );

  const render = (list: ReplacementList): void => {
    clear(results);
    chooseButtons = [];
    written = false;
    showUndo(null);
    const v = list.vacancy;
    const head = el(
      "section",
      { class: "vacancy" },
      el("p", {}, el("strong", {}, t.vacancy(v.shift, v.dayLabel, v.times))),
      v.absent ? el("p", { class: "meta" }, t.absent(v.absent)) : null,
      v.tab ? el("p", { class: "meta" }, t.tabLine(v.tab)) : null,
      v.qualification ? el("p", { class: "meta" }, t.required(v.qualification)) : null,
    );
    results.append(head);
    let markAbsent: HTMLInputElement | null = null;
    if (list.absentCell) {
      markAbsent = el("input", { type: "checkbox" });
      results.append(
        el("label", { class: "check" }, markAbsent, el("span", {}, t.markAbsent(list.absenceCode))),
      );
    }
    const clean = list.candidates.filter((c) => c.clean);
    const others = list.candidates.filter((c) => !c.clean);
    const item = (c: CandidateJson) => candidateItem(c, list, markAbsent);
    if (list.candidates.length === 0) {
      results.append(el("p", { class: "empty" }, t.noCandidate));
      return;
    }
    results.append(group(t.cleanHeader(clean.length), clean.map(item), t.noClean));
    if (clean.length === 0 && (list.swaps.length > 0 || list.swapMessage !== "")) {
      const swaps = group(t.swapsHeader(list.swaps.length), list.swaps.map(swapItem), list.swapMessage);
      if (list.swaps.length > 0) swaps.append(el("p", { class: "hint" }, t.swapByHand));
      results.append(swaps);
    }
    if (others.length > 0) results.append(group(t.othersHeader(others.length), others.map(item), null));
  };

  const run = (call: () => Promise<ReplacementList>, button: HTMLButtonElement, label: string): void => {
    setBusy(true);
    button.setAttribute("aria-busy", "true");
    button.textContent = t.searching;
    say(t.searching);
    const done = (): void => {
      button.removeAttribute("aria-busy");
      button.textContent = label;
      setBusy(false);
    };
    call().then(
      (list) => {
        render(list);
        done();
        say("");
      },
      (error: unknown) => {
        done();
        clear(results);
        say(failureMessage(error, serverError), "error");
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
