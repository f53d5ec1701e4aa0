// A small correction form that folds out under a summary: labelled fields, one submit button, errors on their field.
import { el } from "../dom";
import type { Field } from "../fields";

/** A field of a fold-out form, with the label the server names it by in its refusals (`Mois : …`). */
export interface FoldField {
  field: Field<HTMLInputElement | HTMLSelectElement>;
  /** The words a server refusal starts with for this field; null for the field that takes every other refusal. */
  serverLabel: string | null;
}

/** What the form sends, and how it says it is done: `fail` shows the server's sentence on its field. */
export type FoldSubmit = (done: { ok(): void; fail(message: string): void }) => void;

/** The form's words. */
export interface FoldTexts {
  summary: string;
  /** The summary's accessible name (names the tab or the code it corrects). */
  label: string;
  save: string;
  saving: string;
}

/**
 * A `details` whose summary opens a form (keyboard: Enter/Space on the summary, Tab through the fields, Enter to
 * send). While sending, the button is busy and disabled; a refusal is shown on the field it names (else on the
 * catch-all field), which gets the focus.
 */
export function foldForm(
  className: string,
  texts: FoldTexts,
  fields: readonly FoldField[],
  submit: FoldSubmit,
): HTMLDetailsElement {
  const button = el("button", { type: "submit", class: "primary" }, texts.save);
  const form = el(
    "form",
    { class: "fold-form", novalidate: true },
    ...fields.map((f) => f.field.wrapper),
    button,
  );
  const details = el(
    "details",
    { class: `fold ${className}` },
    el("summary", { "aria-label": texts.label }, texts.summary),
    form,
  );
  const fieldFor = (message: string): FoldField | undefined =>
    fields.find(
      (f) =>
        f.serverLabel !== null &&
        (message.startsWith(`${f.serverLabel} :`) || message.startsWith(`${f.serverLabel}:`)),
    ) ??
    fields.find((f) => f.serverLabel === null && !f.field.wrapper.hidden) ??
    fields[0];
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (button.disabled) return;
    for (const f of fields) f.field.setError(undefined);
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    button.textContent = texts.saving;
    const finish = (): void => {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      button.textContent = texts.save;
    };
    submit({
      ok: finish,
      fail(message) {
        finish();
        const target = fieldFor(message);
        target?.field.setError(message);
        target?.field.control.focus();
      },
    });
  });
  return details;
}
