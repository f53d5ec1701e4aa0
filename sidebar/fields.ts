// Form building blocks: labelled fields with hints and error slots, and radio chips, all keyboard- and touch-friendly.
import { el, uid } from "./dom";

/** A labelled control with its hint and error message slot. */
export interface Field<T extends HTMLElement> {
  wrapper: HTMLElement;
  control: T;
  setError(message: string | undefined): void;
}

function describe(control: HTMLElement, ids: string[]): void {
  const list = ids.filter((id) => id !== "");
  if (list.length > 0) control.setAttribute("aria-describedby", list.join(" "));
  else control.removeAttribute("aria-describedby");
}

/** Wraps a control with its label, an optional hint and an error slot (aria-describedby, aria-invalid). */
export function field<T extends HTMLElement>(
  label: string,
  control: T,
  hint?: string,
  required?: string,
): Field<T> {
  const id = control.id || uid("f");
  control.id = id;
  const hintEl = hint ? el("p", { class: "hint", id: `${id}-hint` }, hint) : null;
  const errorEl = el("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const labelEl = el(
    "label",
    { for: id },
    label,
    required ? el("span", { class: "required" }, ` (${required})`) : null,
  );
  const wrapper = el("div", { class: "field" }, labelEl, hintEl, control, errorEl);
  describe(control, [hintEl ? hintEl.id : ""]);
  return {
    wrapper,
    control,
    setError(message) {
      errorEl.textContent = message ?? "";
      errorEl.hidden = !message;
      wrapper.classList.toggle("invalid", Boolean(message));
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      describe(control, [hintEl ? hintEl.id : "", message ? errorEl.id : ""]);
    },
  };
}

/** A group of radio chips (a fieldset with a legend): arrow keys move between them, each is a large target. */
export interface ChipGroup {
  wrapper: HTMLFieldSetElement;
  value(): string;
  set(value: string): void;
  setError(message: string | undefined): void;
  focus(): void;
  /** Replaces the chips (the server's configured list), keeping the chosen value when it is still offered. */
  setOptions(options: readonly { value: string; label: string }[]): void;
}

/** Builds a chip group; `className(value)` can add a class per chip (severity colours); `required` marks it so. */
export function chipGroup(
  legend: string,
  name: string,
  options: readonly { value: string; label: string }[],
  className?: (value: string) => string,
  required?: string,
): ChipGroup {
  const errorEl = el("p", { class: "field-error", id: uid(`${name}-error`), hidden: true });
  let inputs: HTMLInputElement[] = [];
  const chips = el("div", { class: "chips" });
  const build = (list: readonly { value: string; label: string }[]): void => {
    inputs = [];
    chips.replaceChildren(
      ...list.map((option) => {
        const input = el("input", { type: "radio", name, value: option.value, class: "chip-input" });
        inputs.push(input);
        return el(
          "label",
          { class: `chip ${className?.(option.value) ?? ""}`.trim() },
          input,
          el("span", {}, option.label),
        );
      }),
    );
  };
  build(options);
  const legendEl = el(
    "legend",
    {},
    legend,
    required ? el("span", { class: "required" }, ` (${required})`) : null,
  );
  const wrapper = el("fieldset", { class: "field chip-group" }, legendEl, chips, errorEl);
  return {
    wrapper,
    value: () => inputs.find((i) => i.checked)?.value ?? "",
    set(value) {
      for (const input of inputs) input.checked = input.value === value;
    },
    setError(message) {
      errorEl.textContent = message ?? "";
      errorEl.hidden = !message;
      wrapper.classList.toggle("invalid", Boolean(message));
      if (message) wrapper.setAttribute("aria-describedby", errorEl.id);
      else wrapper.removeAttribute("aria-describedby");
    },
    focus() {
      (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
    },
    setOptions(list) {
      // Same list (the usual case): keep the chips, and the focus of whoever is already using them.
      if (list.length === inputs.length && list.every((o, i) => inputs[i]?.value === o.value)) return;
      const chosen = inputs.find((i) => i.checked)?.value ?? "";
      build(list);
      for (const input of inputs) input.checked = input.value === chosen;
    },
  };
}

/** A select with options (value, label). */
export function select(options: readonly { value: string; label: string }[]): HTMLSelectElement {
  const node = el("select", {});
  for (const option of options) node.append(el("option", { value: option.value }, option.label));
  return node;
}
