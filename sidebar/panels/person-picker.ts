// The "Personne concernée" field: one name or several (chips), from the Résidents list, with "Vouliez-vous dire … ?".
import { suggestName } from "../../src/core/handovers/persons";
import { foldText as fold } from "../../src/core/text";
import { el, uid } from "../dom";
import { field } from "../fields";
import type { SidebarTexts } from "../i18n";

/** The picker: its wrapper, the names chosen, and what the form needs to validate and restore it. */
export interface PersonPicker {
  wrapper: HTMLElement;
  input: HTMLInputElement;
  /** Every name: the chips, then what is typed in the field. */
  values(): string[];
  /** Puts these names back (the first in the field when there is one name, else all as chips). */
  set(names: readonly string[]): void;
  /** The names offered (Résidents, then "Service"). */
  setOptions(names: readonly string[]): void;
  setError(message: string | undefined): void;
  /** A typed name not in the list, with the closest listed one, or undefined when every name is listed. */
  unknown(): { name: string; suggestion?: string } | undefined;
  /** Shows "Vouliez-vous dire … ?" for an unknown name (returns true when one was shown). */
  checkNames(): boolean;
  focus(): void;
}

/** Builds the picker; `onChange` runs whenever the chosen names change (the draft is kept). */
export function personPicker(texts: SidebarTexts, onChange: () => void): PersonPicker {
  const f = texts.ui.form;
  let options: string[] = [];
  let chips: string[] = [];
  const list = el("datalist", { id: uid("persons") });
  const input = el("input", { type: "text", list: list.id, autocomplete: "off", name: "person" });
  const base = field(f.person, input, f.personHint, f.required);
  const chipList = el("ul", { class: "person-chips", "aria-label": f.chosen, hidden: true });
  // Keyboard users add a person with Entrée (said in the hint): the button stays out of the Tab order, so a
  // minimal entry goes person → Tab → what happened.
  const add = el("button", { type: "button", class: "secondary small", tabindex: -1 }, f.addPerson);
  const suggestionRow = el("div", { class: "suggestion", hidden: true });
  base.wrapper.append(list, suggestionRow, chipList, add);

  const listed = (name: string): string | undefined => options.find((o) => fold(o) === fold(name));
  const drawChips = (): void => {
    chipList.replaceChildren(
      ...chips.map((name) => {
        const remove = el(
          "button",
          { type: "button", class: "chip-remove", "aria-label": f.removePerson(name) },
          "×",
        );
        remove.addEventListener("click", () => {
          chips = chips.filter((c) => c !== name);
          drawChips();
          onChange();
          input.focus();
        });
        return el("li", { class: "person-chip" }, el("span", {}, name), remove);
      }),
    );
    chipList.hidden = chips.length === 0;
  };
  /** Moves the typed name to the chips (listed spelling when it is listed). */
  const commit = (): boolean => {
    const typed = input.value.trim();
    if (typed === "") return false;
    const name = listed(typed) ?? typed;
    if (!chips.some((c) => fold(c) === fold(name))) chips.push(name);
    input.value = "";
    drawChips();
    onChange();
    return true;
  };

  let errorShown: string | undefined;
  const setError = (message: string | undefined): void => {
    errorShown = message;
    base.setError(message);
  };

  const picker: PersonPicker = {
    wrapper: base.wrapper,
    input,
    values: () => [...chips, input.value.trim()].filter((v) => v !== ""),
    set(names) {
      chips = names.length > 1 ? [...names] : [];
      input.value = names.length === 1 ? (names[0] ?? "") : "";
      drawChips();
      suggestionRow.hidden = true;
    },
    setOptions(names) {
      options = [...names];
      list.replaceChildren(...names.map((n) => el("option", { value: n })));
    },
    setError,
    unknown() {
      if (options.length <= 1) return undefined;
      for (const name of picker.values()) {
        if (!listed(name)) return { name, suggestion: suggestName(name, options) };
      }
      return undefined;
    },
    checkNames() {
      const bad = picker.unknown();
      suggestionRow.replaceChildren();
      suggestionRow.hidden = true;
      if (!bad) {
        if (picker.values().length > 0) setError(undefined);
        return false;
      }
      if (bad.suggestion) {
        const suggestion = bad.suggestion;
        const accept = el(
          "button",
          { type: "button", class: "secondary small" },
          f.useSuggestion(suggestion),
        );
        accept.addEventListener("click", () => {
          chips = chips.map((c) => (c === bad.name ? suggestion : c));
          if (input.value.trim() === bad.name) input.value = suggestion;
          drawChips();
          suggestionRow.hidden = true;
          setError(undefined);
          onChange();
          input.focus();
        });
        suggestionRow.append(accept);
        suggestionRow.hidden = false;
      }
      setError(bad.suggestion ? f.didYouMean(bad.name, bad.suggestion) : f.notListed(bad.name));
      return true;
    },
    focus: () => input.focus(),
  };

  add.addEventListener("click", () => {
    if (commit()) picker.checkNames();
    input.focus();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.ctrlKey || event.metaKey) return;
    if (input.value.trim() === "") return;
    event.preventDefault();
    commit();
    picker.checkNames();
  });
  input.addEventListener("change", () => {
    if (errorShown || input.value.trim() !== "") picker.checkNames();
  });
  return picker;
}
