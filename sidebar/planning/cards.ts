// The Planning panel's cards: one per group of findings (severity stripe; rule; person · date; message), DOM only.
import type { FindingGroup } from "../../src/core/check/groups";
import type { Finding, Severity } from "../../src/core/findings";
import type { Lang } from "../../src/core/i18n";
import { addonPanel as enPanel } from "../../src/core/i18n/en/addon-panel";
import { check as enCheck } from "../../src/core/i18n/en/check";
import { common as enCommon } from "../../src/core/i18n/en/common";
import { addonPanel as frPanel } from "../../src/core/i18n/fr/addon-panel";
import { check as frCheck } from "../../src/core/i18n/fr/check";
import { common as frCommon } from "../../src/core/i18n/fr/common";
import { el } from "../dom";
import { field } from "../fields";
import { type FoldSubmit, foldForm } from "./fold-form";

/** What a card does when a finding (or a whole group) is chosen: select these cells in the sheet. */
export type OnPick = (
  group: FindingGroup,
  cells: { tab: string | null; cells: string[] },
  from: HTMLElement,
) => void;

/** What "Ajouter à la légende" sends (the panel calls the server, then shows the new check). */
export type OnAddCode = (
  request: { code: string; type: string; start?: string; end?: string },
  done: Parameters<FoldSubmit>[0],
) => void;

/** Cells one selection may name (the server refuses more). */
const MAX_CELLS = 200;

const texts = (lang: Lang) =>
  lang === "en"
    ? { panel: enPanel, rules: enCheck.ruleNames, severity: enCommon.severity as Record<Severity, string> }
    : { panel: frPanel, rules: frCheck.ruleNames, severity: frCommon.severity as Record<Severity, string> };

/** `02/11` of a `YYYY-MM-DD` date. */
const dayMonth = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/** The line under the rule: person · date(s); the tab when the group has neither. */
function whereOf(group: FindingGroup): string {
  const parts = [group.person, group.span].filter((p): p is string => typeof p === "string" && p !== "");
  return parts.length > 0 ? parts.join(" · ") : (group.tab ?? "");
}

/** The list a repeated group opens to: one button per finding (its date and cells), each selecting its cells. */
function datesOf(group: FindingGroup, lang: Lang, onPick: OnPick): HTMLElement {
  const t = texts(lang).panel;
  const items = group.findings.map((f: Finding) => {
    const label = [f.date ? dayMonth(f.date) : "", group.person === null ? f.person : "", f.cells.join(", ")]
      .filter(Boolean)
      .join(" · ");
    if (f.cells.length === 0) return el("li", {}, label);
    const button = el("button", { type: "button", class: "date-button", "aria-pressed": "false" }, label);
    button.addEventListener("click", () =>
      onPick(group, { tab: f.tab, cells: f.cells.slice(0, MAX_CELLS) }, button),
    );
    return el("li", {}, button);
  });
  return el(
    "details",
    { class: "card-dates" },
    el("summary", {}, t.dates(group.findings.length)),
    el("ul", { class: "date-list" }, ...items),
  );
}

/** The "Ajouter à la légende" form of an unknown code: code, type (travail, absence, repos), start and end. */
function addCodeForm(code: string, lang: Lang, onAdd: OnAddCode): HTMLDetailsElement {
  const t = texts(lang).panel.addCode;
  const codeInput = el("input", { type: "text", name: "code", autocomplete: "off", maxlength: 20 });
  codeInput.value = code;
  const typeSelect = el(
    "select",
    { name: "type" },
    ...(["work", "absence", "rest"] as const).map((v) => el("option", { value: v }, t.types[v])),
  );
  const time = (name: string): HTMLInputElement =>
    el("input", { type: "text", name, autocomplete: "off", inputmode: "numeric", maxlength: 5 });
  const codeField = field(t.code, codeInput);
  const typeField = field(t.type, typeSelect);
  const start = field(t.start, time("start"), t.timeHint);
  const end = field(t.end, time("end"));
  const showTimes = (): void => {
    start.wrapper.hidden = typeSelect.value !== "work";
    end.wrapper.hidden = typeSelect.value !== "work";
  };
  typeSelect.addEventListener("change", showTimes);
  showTimes();
  const submit: FoldSubmit = (done) => {
    const request: { code: string; type: string; start?: string; end?: string } = {
      code: codeInput.value,
      type: typeSelect.value,
    };
    if (typeSelect.value === "work") {
      request.start = start.control.value;
      request.end = end.control.value;
    }
    onAdd(request, done);
  };
  return foldForm(
    "add-code",
    { summary: t.open, label: t.openLabel(code), save: t.save, saving: t.saving },
    [
      { field: codeField, serverLabel: t.code },
      { field: typeField, serverLabel: t.type },
      { field: start, serverLabel: t.start },
      { field: end, serverLabel: t.end },
    ],
    submit,
  );
}

/**
 * One card: a severity stripe (and the severity in words for screen readers), the rule, person · date, and the
 * message — or, for repeated findings, their count and what repeats, with the list of dates to open. A card whose
 * findings name cells is a toggle button that selects them in the sheet. An unknown code's card offers "Ajouter à
 * la légende" (`onAdd`).
 */
export function card(group: FindingGroup, lang: Lang, onPick: OnPick, onAdd?: OnAddCode): HTMLLIElement {
  const t = texts(lang);
  const body = [
    el("span", { class: "visually-hidden" }, `${t.severity[group.severity]} : `),
    el("span", { class: "card-rule" }, t.rules[group.ruleId] ?? group.ruleId),
    el("span", { class: "card-where" }, whereOf(group)),
    el("span", { class: "card-text" }, group.label),
  ];
  const className = `finding-card sev-${group.severity}`;
  const head =
    group.cells.length > 0
      ? el(
          "button",
          { type: "button", class: className, "aria-pressed": "false", "data-group": group.id },
          ...body,
        )
      : el("div", { class: className, "data-group": group.id }, ...body);
  if (head instanceof HTMLButtonElement) {
    head.addEventListener("click", () =>
      onPick(group, { tab: group.tab, cells: group.cells.slice(0, MAX_CELLS) }, head),
    );
  }
  const item = el("li", { class: "card-item" }, head);
  if (group.kind !== "single") item.append(datesOf(group, lang, onPick));
  const code = group.findings[0]?.details.text;
  if (
    onAdd &&
    group.ruleId === "unknown-code" &&
    group.tab !== null &&
    typeof code === "string" &&
    code.trim() !== ""
  )
    item.append(addCodeForm(code.trim(), lang, onAdd));
  return item;
}
