// "Nouvelle transmission": the handover form (DAR), its local draft, client validation and one server call to save.
import type { HandoverEntry, SidebarData } from "../../src/core/handovers/api";
import { defaultCategories, SEVERITIES } from "../../src/core/handovers/categories";
import { shiftLabels } from "../../src/core/handovers/shift";
import { type FieldError, validateHandoverInput } from "../../src/core/handovers/validate";
import type { App, PanelDefinition } from "../app";
import { el, uid } from "../dom";
import { chipGroup, field, select } from "../fields";
import { shortDateTime, timeOf } from "../i18n";
import { failureMessage, server } from "../server";
import { load, remove, save } from "../storage";

/** Local storage key of the draft. */
export const DRAFT_KEY = "releve.draft.v1";

/** What the form holds (the draft kept across closing the sidebar). */
interface FormState {
  person: string;
  category: string;
  severity: string;
  shift: string;
  target: string;
  data: string;
  actions: string;
  results: string;
  followUpOpen: boolean;
  followUpWhat: string;
  followUpDue: string;
  followUpShift: string;
  followUpOwner: string;
  authorName: string;
  corrects?: string;
  correctsLabel?: string;
}

function create(app: App): { element: HTMLElement; onShow(): void } {
  const { ui, handovers, lang } = app.texts;
  const f = ui.form;
  let sidebarData: SidebarData | undefined;

  const personList = el("datalist", { id: uid("persons") });
  const person = field(
    f.person,
    el("input", { type: "text", list: personList.id, autocomplete: "off", name: "person" }),
    f.personHint,
    f.required,
  );
  person.wrapper.append(personList);
  const category = chipGroup(
    f.category,
    "category",
    defaultCategories(lang).map((c) => ({ value: c, label: c })),
  );
  const severity = chipGroup(
    f.severity,
    "severity",
    SEVERITIES.map((s) => ({ value: s, label: handovers.severity[s] })),
    (value) => `sev-${value}`,
  );
  const shifts = shiftLabels(lang).map((s) => ({ value: s, label: s }));
  const shift = field(f.shift, select(shifts));
  const target = field(f.target, el("input", { type: "text", name: "target", maxlength: 200 }), f.targetHint);
  const data = field(
    f.data,
    el("textarea", { name: "data", rows: 4, required: true }),
    f.dataHint,
    f.required,
  );
  const actions = field(f.actions, el("textarea", { name: "actions", rows: 3 }), f.actionsHint);
  const results = field(f.results, el("textarea", { name: "results", rows: 2 }), f.resultsHint);
  const followUpWhat = field(f.followUpWhat, el("input", { type: "text", name: "followUpWhat" }));
  const followUpDue = field(f.followUpDue, el("input", { type: "date", name: "followUpDue" }));
  const followUpShift = field(f.followUpShift, select([{ value: "", label: f.anyShift }, ...shifts]));
  const followUpOwner = field(f.followUpOwner, el("input", { type: "text", name: "followUpOwner" }));
  const followUp = el(
    "details",
    { class: "follow-up" },
    el("summary", {}, f.followUp),
    followUpWhat.wrapper,
    followUpDue.wrapper,
    followUpShift.wrapper,
    followUpOwner.wrapper,
  );
  const authorName = field(
    f.authorName,
    el("input", { type: "text", name: "authorName", autocomplete: "name" }),
    f.authorNameHint,
    f.required,
  );
  authorName.wrapper.hidden = true;
  const signedAs = el("p", { class: "signed-as", hidden: true });
  const correction = el("div", { class: "correction", hidden: true });
  const correctionText = el("p", {});
  const cancelCorrection = el("button", { type: "button", class: "secondary" }, f.cancelCorrection);
  correction.append(correctionText, cancelCorrection);
  const summary = el("div", { class: "error-summary", role: "alert", hidden: true, tabindex: -1 });
  const status = el("p", { class: "status", role: "status" });
  const saveButton = el("button", { type: "submit", class: "primary" }, f.save);
  const clearButton = el("button", { type: "button", class: "secondary" }, f.clearDraft);
  const hint = el("p", { class: "factual-hint" }, f.factualHint);

  const form = el(
    "form",
    { class: "entry-form", novalidate: true, "aria-label": ui.tabs.newEntry },
    correction,
    authorName.wrapper,
    person.wrapper,
    category.wrapper,
    severity.wrapper,
    target.wrapper,
    hint,
    data.wrapper,
    actions.wrapper,
    results.wrapper,
    followUp,
    shift.wrapper,
    summary,
    el("div", { class: "actions-row" }, saveButton, clearButton),
    status,
    signedAs,
  );

  let corrects: { id: string; label: string } | undefined;

  const state = (): FormState => ({
    person: person.control.value,
    category: category.value(),
    severity: severity.value(),
    shift: shift.control.value,
    target: target.control.value,
    data: data.control.value,
    actions: actions.control.value,
    results: results.control.value,
    followUpOpen: followUp.open,
    followUpWhat: followUpWhat.control.value,
    followUpDue: followUpDue.control.value,
    followUpShift: followUpShift.control.value,
    followUpOwner: followUpOwner.control.value,
    authorName: authorName.control.value,
    ...(corrects ? { corrects: corrects.id, correctsLabel: corrects.label } : {}),
  });

  const apply = (s: Partial<FormState>): void => {
    person.control.value = s.person ?? "";
    category.set(s.category ?? "");
    severity.set(s.severity || "info");
    if (s.shift) shift.control.value = s.shift;
    target.control.value = s.target ?? "";
    data.control.value = s.data ?? "";
    actions.control.value = s.actions ?? "";
    results.control.value = s.results ?? "";
    followUp.open = Boolean(s.followUpOpen);
    followUpWhat.control.value = s.followUpWhat ?? "";
    followUpDue.control.value = s.followUpDue ?? "";
    followUpShift.control.value = s.followUpShift ?? "";
    followUpOwner.control.value = s.followUpOwner ?? "";
    if (s.authorName !== undefined) authorName.control.value = s.authorName;
    setCorrection(s.corrects && s.correctsLabel ? { id: s.corrects, label: s.correctsLabel } : undefined);
  };

  const setCorrection = (c: { id: string; label: string } | undefined): void => {
    corrects = c;
    correction.hidden = !c;
    correctionText.textContent = c ? c.label : "";
  };

  const isEmpty = (s: FormState): boolean =>
    [s.person, s.category, s.target, s.data, s.actions, s.results, s.followUpWhat, s.followUpOwner].every(
      (v) => v.trim() === "",
    ) && !s.corrects;

  const keepDraft = (): void => {
    const s = state();
    if (isEmpty(s)) remove(DRAFT_KEY);
    else save(DRAFT_KEY, JSON.stringify(s));
  };
  form.addEventListener("input", keepDraft);
  form.addEventListener("change", keepDraft);
  followUp.addEventListener("toggle", keepDraft);

  const allFields: Record<string, { setError(m: string | undefined): void; focus(): void }> = {
    person: { setError: person.setError, focus: () => person.control.focus() },
    category: category,
    severity: severity,
    target: { setError: target.setError, focus: () => target.control.focus() },
    data: { setError: data.setError, focus: () => data.control.focus() },
    actions: { setError: actions.setError, focus: () => actions.control.focus() },
    results: { setError: results.setError, focus: () => results.control.focus() },
    "followUp.what": { setError: followUpWhat.setError, focus: () => followUpWhat.control.focus() },
    "followUp.due": { setError: followUpDue.setError, focus: () => followUpDue.control.focus() },
    "followUp.shift": { setError: followUpShift.setError, focus: () => followUpShift.control.focus() },
    "followUp.owner": { setError: followUpOwner.setError, focus: () => followUpOwner.control.focus() },
    authorName: { setError: authorName.setError, focus: () => authorName.control.focus() },
    shift: { setError: shift.setError, focus: () => shift.control.focus() },
  };

  const showErrors = (errors: FieldError[]): void => {
    for (const [name, target] of Object.entries(allFields)) {
      target.setError(errors.find((e) => e.field === name)?.message);
    }
    summary.replaceChildren();
    summary.hidden = errors.length === 0;
    if (errors.length === 0) return;
    summary.append(el("p", {}, f.fixFields), el("ul", {}, ...errors.map((e) => el("li", {}, e.message))));
    const first = errors.find((e) => allFields[e.field]);
    if (first) {
      if (first.field.startsWith("followUp.")) followUp.open = true;
      allFields[first.field]?.focus();
    } else summary.focus();
  };

  const buildInput = (s: FormState): Record<string, unknown> => {
    const followUpFilled =
      s.followUpOpen && [s.followUpWhat, s.followUpDue, s.followUpOwner].some((v) => v.trim());
    return {
      person: s.person,
      category: s.category || undefined,
      severity: s.severity,
      target: s.target,
      data: s.data,
      actions: s.actions,
      results: s.results,
      shift: s.shift,
      ...(followUpFilled
        ? {
            followUp: {
              what: s.followUpWhat,
              due: s.followUpDue,
              shift: s.followUpShift,
              owner: s.followUpOwner,
            },
          }
        : {}),
      ...(s.corrects ? { corrects: s.corrects } : {}),
      ...(sidebarData?.author.needsName ? { authorName: s.authorName } : {}),
    };
  };

  const extraChecks = (s: FormState): FieldError[] => {
    const errors: FieldError[] = [];
    if (sidebarData?.author.needsName && s.authorName.trim() === "") {
      errors.push({
        field: "authorName",
        message: handovers.error.required(handovers.field.authorName ?? ""),
      });
    }
    const persons = sidebarData?.persons ?? [];
    const fold = (v: string) => v.trim().toLowerCase();
    if (s.person.trim() !== "" && persons.length > 1 && !persons.some((p) => fold(p) === fold(s.person))) {
      errors.push({ field: "person", message: handovers.error.unknownPerson(s.person.trim()) });
    }
    return errors;
  };

  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const s = state();
    const result = validateHandoverInput(buildInput(s), lang);
    const errors = [...(result.ok ? [] : result.errors), ...extraChecks(s)];
    status.textContent = "";
    status.classList.remove("error", "success");
    showErrors(errors);
    if (!result.ok || errors.length > 0) return;
    busy = true;
    saveButton.disabled = true;
    saveButton.setAttribute("aria-busy", "true");
    saveButton.textContent = f.saving;
    server
      .addHandover(result.value)
      .then((entry: HandoverEntry) => {
        remove(DRAFT_KEY);
        apply({ shift: sidebarData?.currentShift });
        if (sidebarData?.author.needsName) {
          sidebarData.author = { name: entry.author, needsName: false };
          showAuthor();
        }
        status.textContent = f.saved(timeOf(entry.writtenAt));
        status.classList.add("success");
        app.emit("saved", entry);
      })
      .catch((error: unknown) => {
        status.textContent = failureMessage(error, ui.serverError);
        status.classList.add("error");
      })
      .finally(() => {
        busy = false;
        saveButton.disabled = false;
        saveButton.removeAttribute("aria-busy");
        saveButton.textContent = f.save;
      });
  });

  clearButton.addEventListener("click", () => {
    remove(DRAFT_KEY);
    apply({ shift: sidebarData?.currentShift });
    showErrors([]);
    status.textContent = "";
    person.control.focus();
  });
  cancelCorrection.addEventListener("click", () => {
    setCorrection(undefined);
    keepDraft();
    person.control.focus();
  });

  const showAuthor = (): void => {
    const author = sidebarData?.author;
    authorName.wrapper.hidden = !author?.needsName;
    const who = author?.email ?? author?.name;
    signedAs.hidden = !who;
    signedAs.textContent = who ? f.signedAs(who) : "";
  };

  // Restore the draft (if any) at once, before the server answers.
  const stored = load(DRAFT_KEY);
  let restored: Partial<FormState> | undefined;
  if (stored) {
    try {
      restored = JSON.parse(stored) as Partial<FormState>;
    } catch {
      restored = undefined;
    }
  }
  apply(restored ?? {});
  if (restored) {
    status.textContent = f.draftRestored;
  }

  app.data
    .then((d) => {
      sidebarData = d;
      category.setOptions(d.categories.map((c) => ({ value: c, label: c })));
      personList.replaceChildren(...d.persons.map((p) => el("option", { value: p })));
      if (!restored?.shift) shift.control.value = d.currentShift;
      showAuthor();
    })
    .catch((error: unknown) => {
      status.textContent = failureMessage(error, ui.serverError);
      status.classList.add("error");
    });

  app.on("correct", (entry) => {
    apply({
      person: entry.person,
      category: entry.category,
      severity: entry.severity,
      shift: sidebarData?.currentShift ?? entry.shift,
      target: entry.target,
      data: entry.data,
      actions: entry.actions,
      results: entry.results,
      followUpOpen: Boolean(entry.followUp),
      followUpWhat: entry.followUp?.what,
      followUpDue: entry.followUp?.due,
      followUpShift: entry.followUp?.shift,
      followUpOwner: entry.followUp?.owner,
      corrects: entry.id,
      correctsLabel: f.correcting(shortDateTime(entry.writtenAt, lang), entry.author),
    });
    keepDraft();
    showErrors([]);
    status.textContent = "";
    app.show("new-entry");
    data.control.focus();
  });

  return { element: form, onShow() {} };
}

/** The "Nouvelle transmission" panel. */
export const newEntryPanel: PanelDefinition = {
  id: "new-entry",
  label: (texts) => texts.ui.tabs.newEntry,
  create,
};
