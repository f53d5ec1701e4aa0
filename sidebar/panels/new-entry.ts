// "Écrire": the handover form (person → what happened → category), its draft, checks before sending, one save.
import type { HandoverEntry, SavedEntry, SidebarData } from "../../src/core/handovers/api";
import { defaultCategories, SEVERITIES } from "../../src/core/handovers/categories";
import { shiftLabels } from "../../src/core/handovers/shift";
import { type FieldError, validateHandoverInput } from "../../src/core/handovers/validate";
import { foldText as fold } from "../../src/core/text";
import type { App, PanelDefinition } from "../app";
import { el, uid } from "../dom";
import { plainFailure } from "../failures";
import { chipGroup, field, select } from "../fields";
import { shortDateTime, timeOf } from "../i18n";
import { server } from "../server";
import { type Draft, loadDraft, newRequestId, storeDraft } from "./draft";
import { personPicker } from "./person-picker";

function create(app: App): { element: HTMLElement; onShow(): void } {
  const { ui, handovers, lang } = app.texts;
  const f = ui.form;
  let sidebarData: SidebarData | undefined;

  const person = personPicker(app.texts, () => keepDraft());
  const data = field(
    f.data,
    el("textarea", { name: "data", rows: 4, required: true }),
    f.dataHint,
    f.required,
  );
  const category = chipGroup(
    f.category,
    "category",
    defaultCategories(lang).map((c) => ({ value: c, label: c })),
    undefined,
    f.required,
  );
  const severity = chipGroup(
    f.severity,
    "severity",
    SEVERITIES.map((s) => ({ value: s, label: handovers.severity[s] })),
    (value) => `sev-${value}`,
  );
  const target = field(f.target, el("input", { type: "text", name: "target", maxlength: 200 }), f.targetHint);
  const actions = field(f.actions, el("textarea", { name: "actions", rows: 3 }), f.actionsHint);
  const results = field(f.results, el("textarea", { name: "results", rows: 2 }), f.resultsHint);
  const more = el(
    "details",
    { class: "more" },
    el("summary", {}, f.more),
    target.wrapper,
    actions.wrapper,
    results.wrapper,
  );
  const shifts = shiftLabels(lang).map((s) => ({ value: s, label: s }));
  const shift = field(f.shift, select(shifts));
  const followUpWhat = field(f.followUpWhat, el("input", { type: "text", name: "followUpWhat" }));
  const followUpDue = field(f.followUpDue, el("input", { type: "date", name: "followUpDue" }));
  const followUpShift = field(f.followUpShift, select([{ value: "", label: f.anyShift }, ...shifts]));
  const teamList = el("datalist", { id: uid("team") });
  const followUpOwner = field(
    f.followUpOwner,
    el("input", { type: "text", name: "followUpOwner", list: teamList.id, autocomplete: "off" }),
    f.followUpOwnerHint,
  );
  followUpOwner.wrapper.append(teamList);
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
  const status = el("p", { class: "status", role: "status", tabindex: -1 });
  const undo = el("button", { type: "button", class: "secondary", hidden: true }, f.undoClear);
  const saveButton = el(
    "button",
    { type: "submit", class: "primary", "aria-keyshortcuts": "Control+Enter" },
    f.save,
  );
  const clearButton = el("button", { type: "button", class: "secondary" }, f.clearDraft);
  const hint = el("p", { class: "factual-hint" }, f.factualHint);

  const form = el(
    "form",
    { class: "entry-form", novalidate: true, "aria-label": ui.tabs.newEntry },
    correction,
    authorName.wrapper,
    person.wrapper,
    hint,
    data.wrapper,
    category.wrapper,
    severity.wrapper,
    more,
    followUp,
    shift.wrapper,
    summary,
    el("div", { class: "actions-row" }, saveButton, clearButton),
    status,
    undo,
    el("p", { class: "hint" }, f.saveShortcut),
    signedAs,
  );

  let corrects: { id: string; label: string } | undefined;
  let requestId: string | undefined;
  let pending = false;

  const state = (): Draft => ({
    persons: person.values(),
    category: category.value(),
    severity: severity.value(),
    shift: shift.control.value,
    target: target.control.value,
    data: data.control.value,
    actions: actions.control.value,
    results: results.control.value,
    moreOpen: more.open,
    followUpOpen: followUp.open,
    followUpWhat: followUpWhat.control.value,
    followUpDue: followUpDue.control.value,
    followUpShift: followUpShift.control.value,
    followUpOwner: followUpOwner.control.value,
    authorName: authorName.control.value,
    ...(corrects ? { corrects: corrects.id, correctsLabel: corrects.label } : {}),
    ...(requestId ? { requestId } : {}),
    ...(pending ? { pending } : {}),
  });

  const setCorrection = (c: { id: string; label: string } | undefined): void => {
    corrects = c;
    correction.hidden = !c;
    correctionText.textContent = c ? c.label : "";
  };

  const apply = (s: Partial<Draft>): void => {
    person.set(s.persons ?? []);
    category.set(s.category ?? "");
    severity.set(s.severity || "info");
    if (s.shift) shift.control.value = s.shift;
    target.control.value = s.target ?? "";
    data.control.value = s.data ?? "";
    actions.control.value = s.actions ?? "";
    results.control.value = s.results ?? "";
    more.open = Boolean(s.moreOpen || s.target || s.actions || s.results);
    followUp.open = Boolean(s.followUpOpen);
    followUpWhat.control.value = s.followUpWhat ?? "";
    followUpDue.control.value = s.followUpDue ?? "";
    followUpShift.control.value = s.followUpShift ?? "";
    followUpOwner.control.value = s.followUpOwner ?? "";
    if (s.authorName !== undefined) authorName.control.value = s.authorName;
    setCorrection(s.corrects && s.correctsLabel ? { id: s.corrects, label: s.correctsLabel } : undefined);
    requestId = s.requestId;
    pending = Boolean(s.pending);
  };

  const isEmpty = (s: Draft): boolean =>
    s.persons.length === 0 &&
    [s.category, s.target, s.data, s.actions, s.results, s.followUpWhat, s.followUpOwner].every(
      (v) => v.trim() === "",
    ) &&
    !s.corrects;

  const keepDraft = (): void => {
    const s = state();
    if (isEmpty(s)) {
      storeDraft(undefined);
      return;
    }
    if (!requestId) requestId = newRequestId();
    storeDraft({ ...s, requestId });
  };

  const say = (text: string, kind: "success" | "error" | "" = ""): void => {
    status.textContent = text;
    status.className = kind ? `status ${kind}` : "status";
    status.setAttribute("role", kind === "error" ? "alert" : "status");
  };

  const allFields: Record<string, { setError(m: string | undefined): void; focus(): void }> = {
    person: { setError: person.setError, focus: person.focus },
    category,
    severity,
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
  /** The fields showing an error now (so that fixing one clears it at once). */
  let shown = new Map<string, string>();

  const drawSummary = (): void => {
    summary.replaceChildren();
    summary.hidden = shown.size === 0;
    if (shown.size === 0) return;
    summary.append(
      el("p", {}, f.fixFields),
      el("ul", {}, ...[...shown.values()].map((m) => el("li", {}, m))),
    );
  };

  const showErrors = (errors: FieldError[]): void => {
    shown = new Map();
    for (const e of errors) if (allFields[e.field] && !shown.has(e.field)) shown.set(e.field, e.message);
    for (const [name, target] of Object.entries(allFields)) target.setError(shown.get(name));
    drawSummary();
    const first = errors.find((e) => allFields[e.field]);
    if (!first) return;
    if (first.field.startsWith("followUp.")) followUp.open = true;
    if (["target", "actions", "results"].includes(first.field)) more.open = true;
    allFields[first.field]?.focus();
  };

  const buildInput = (s: Draft): Record<string, unknown> => {
    const followUpFilled =
      s.followUpOpen && [s.followUpWhat, s.followUpDue, s.followUpOwner].some((v) => v.trim());
    return {
      persons: s.persons,
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
      ...(s.requestId ? { requestId: s.requestId } : {}),
    };
  };

  /** Checks the server would make too, before sending: names listed, a due date typed whole, a signature. */
  const extraChecks = (s: Draft): FieldError[] => {
    const errors: FieldError[] = [];
    if (sidebarData?.author.needsName && s.authorName.trim() === "") {
      errors.push({
        field: "authorName",
        message: handovers.error.required(handovers.field.authorName ?? ""),
      });
    }
    const bad = person.unknown();
    if (bad) {
      errors.push({
        field: "person",
        message: bad.suggestion ? f.didYouMean(bad.name, bad.suggestion) : f.notListed(bad.name),
      });
    }
    if (s.followUpOpen && followUpDue.control.validity.badInput) {
      errors.push({ field: "followUp.due", message: f.incompleteDate });
    }
    return errors;
  };

  const errorsOf = (s: Draft): FieldError[] => {
    const result = validateHandoverInput(buildInput(s), lang);
    return [...(result.ok ? [] : result.errors), ...extraChecks(s)];
  };

  /** A field showing an error is checked again as soon as it changes: the error goes once it is fixed. */
  const recheck = (): void => {
    if (shown.size === 0) return;
    const now = new Map<string, string>();
    for (const e of errorsOf(state())) if (!now.has(e.field)) now.set(e.field, e.message);
    let changed = false;
    for (const [name, message] of [...shown]) {
      const next = now.get(name);
      if (next === message) continue;
      changed = true;
      if (next) shown.set(name, next);
      else shown.delete(name);
      allFields[name]?.setError(next);
    }
    if (changed) drawSummary();
  };

  const onEdit = (): void => {
    undo.hidden = true;
    keepDraft();
    recheck();
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  for (const d of [followUp, more]) d.addEventListener("toggle", keepDraft);
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  /** True when the stored entry is what the form holds (same people, category and text). */
  const sameAsStored = (entry: HandoverEntry, s: Draft): boolean =>
    entry.data.trim() === s.data.trim() &&
    fold(entry.category) === fold(s.category) &&
    fold((entry.persons ?? [entry.person]).join("\n")) === fold(s.persons.join("\n"));

  /** The draft was stored by an earlier save: cleared when it is the same text, else kept as a correction. */
  const settleStored = (entry: HandoverEntry, sent: Draft, message: (time: string) => string): void => {
    const time = timeOf(entry.writtenAt);
    if (sameAsStored(entry, sent)) {
      storeDraft(undefined);
      apply({ shift: sidebarData?.currentShift });
      say(message(time), "success");
      app.emit("saved", entry);
      return;
    }
    requestId = newRequestId();
    pending = false;
    setCorrection({ id: entry.id, label: f.correcting(shortDateTime(entry.writtenAt, lang), entry.author) });
    keepDraft();
    say(f.alreadySavedEdited(time));
  };

  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    if (!requestId) requestId = newRequestId();
    const s = state();
    const errors = errorsOf(s);
    say("");
    undo.hidden = true;
    showErrors(errors);
    if (errors.length > 0) return;
    const result = validateHandoverInput(buildInput(s), lang);
    if (!result.ok) return;
    busy = true;
    pending = true;
    keepDraft();
    saveButton.disabled = true;
    saveButton.setAttribute("aria-busy", "true");
    saveButton.textContent = f.saving;
    server
      .addHandover(result.value)
      .then((entry: SavedEntry) => {
        pending = false;
        if (sidebarData?.author.needsName) {
          sidebarData.author = { name: entry.author, needsName: false };
          showAuthor();
        }
        if (entry.alreadyStored) settleStored(entry, s, f.alreadySaved);
        else {
          storeDraft(undefined);
          apply({ shift: sidebarData?.currentShift });
          say(f.saved(timeOf(entry.writtenAt)), "success");
          app.emit("saved", entry);
        }
        status.focus();
      })
      .catch((error: unknown) => {
        // The save may have reached the server: the draft keeps its id, so saving again stores it once.
        say(plainFailure(error, app.texts, "write"), "error");
      })
      .finally(() => {
        busy = false;
        saveButton.disabled = false;
        saveButton.removeAttribute("aria-busy");
        saveButton.textContent = f.save;
        // On a failure the user stays on the button, right under the message, to try again.
        if (status.classList.contains("error")) saveButton.focus();
      });
  });

  let cleared: Draft | undefined;
  clearButton.addEventListener("click", () => {
    cleared = state();
    storeDraft(undefined);
    apply({ shift: sidebarData?.currentShift });
    showErrors([]);
    say(f.cleared);
    undo.hidden = isEmpty(cleared);
    person.focus();
  });
  undo.addEventListener("click", () => {
    if (!cleared) return;
    apply(cleared);
    keepDraft();
    undo.hidden = true;
    say(f.unCleared);
    person.focus();
  });
  cancelCorrection.addEventListener("click", () => {
    setCorrection(undefined);
    keepDraft();
    person.focus();
  });

  const showAuthor = (): void => {
    const author = sidebarData?.author;
    authorName.wrapper.hidden = !author?.needsName;
    const who = sidebarData?.me ?? author?.email ?? author?.name;
    signedAs.hidden = !who;
    signedAs.textContent = who ? f.signedAs(who) : "";
  };

  // Restore the draft (if any) at once, before the server answers.
  const restored = loadDraft();
  apply(restored ?? {});
  if (restored) say(f.draftRestored);
  // A draft whose save was sent but never answered (the sidebar closed): ask whether it was stored.
  if (restored?.pending && restored.requestId) {
    const sent = state();
    server.findSavedDraft(restored.requestId).then(
      (entry) => {
        if (entry) settleStored(entry, sent, f.draftAlreadySaved);
        else {
          pending = false;
          keepDraft();
        }
      },
      () => undefined,
    );
  }

  app.data
    .then((d) => {
      sidebarData = d;
      category.setOptions(d.categories.map((c) => ({ value: c, label: c })));
      person.setOptions(d.persons);
      teamList.replaceChildren(...d.team.map((m) => el("option", { value: m.name })));
      if (!restored?.shift) shift.control.value = d.currentShift;
      showAuthor();
    })
    .catch((error: unknown) => say(plainFailure(error, app.texts, "read"), "error"));

  app.on("correct", (entry) => {
    apply({
      persons: entry.persons ?? [entry.person],
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
    requestId = newRequestId();
    keepDraft();
    showErrors([]);
    say("");
    app.show("new-entry");
    data.control.focus();
  });

  return { element: form, onShow() {} };
}

/** The "Écrire" panel. */
export const newEntryPanel: PanelDefinition = {
  id: "new-entry",
  label: (texts) => texts.ui.tabs.newEntry,
  create,
};
