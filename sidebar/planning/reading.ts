// The Planning panel's reading block: the verdict, then each tab as read (status, layout, how, people, dates,
// shifts, why) with its "Corriger" form; DOM only, cell text always as text.
import type { SidebarSummary } from "../../src/core/check/check";
import type { Lang } from "../../src/core/i18n";
import { addonPanel as enPanel } from "../../src/core/i18n/en/addon-panel";
import { reading as enReading } from "../../src/core/i18n/en/reading";
import { addonPanel as frPanel } from "../../src/core/i18n/fr/addon-panel";
import { reading as frReading } from "../../src/core/i18n/fr/reading";
import type { TabReport } from "../../src/core/planning/reading-report";
import type { ReadingField } from "../../src/core/settings/reading-key";
import { el, uid } from "../dom";
import { field } from "../fields";
import { type FoldSubmit, foldForm } from "./fold-form";

/** Sends one reading setting of a tab (the panel calls the server, then shows the new reading). */
export type OnFix = (tab: string, key: ReadingField, value: string, done: Parameters<FoldSubmit>[0]) => void;

const KEYS: readonly ReadingField[] = ["month", "names", "dayRow", "layout", "start", "ignore"];
const SELECT_KEYS: readonly ReadingField[] = ["layout", "ignore"];

const texts = (lang: Lang) =>
  lang === "en" ? { panel: enPanel, words: enReading } : { panel: frPanel, words: frReading };

/** `01/11/2026` of a `YYYY-MM-DD` date. */
const shortDate = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The setting a tab most likely needs, given how it was read. */
function likelyKey(tab: TabReport): ReadingField {
  if (tab.status === "unread") return "layout";
  if (tab.status === "ignored") return "ignore";
  return "month";
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const node = el("option", { value }, label);
  node.selected = selected;
  return node;
}

/** The "Corriger" form of one tab: which setting (a select), then its value (a text, a layout, or yes/no). */
function fixForm(tab: TabReport, lang: Lang, onFix: OnFix): HTMLDetailsElement {
  const { panel, words } = texts(lang);
  const t = panel.fix;
  const initial = likelyKey(tab);
  const keySelect = el("select", { name: "key" }, ...KEYS.map((k) => option(k, t.keys[k], k === initial)));
  const keyField = field(t.key, keySelect);
  const text = field(t.value, el("input", { type: "text", name: "value", autocomplete: "off" }), " ");
  const layouts = field(
    t.value,
    el(
      "select",
      { name: "layout" },
      ...Object.entries(words.layouts).map(([id, label]) => option(id, label, id === tab.layout)),
    ),
    t.hints.layout,
  );
  const yesNo = field(
    t.value,
    el(
      "select",
      { name: "ignore" },
      option("oui", t.yes, tab.status !== "ignored"),
      option("non", t.no, tab.status === "ignored"),
    ),
    t.hints.ignore,
  );
  const hint = text.wrapper.querySelector<HTMLElement>(".hint");
  const show = (): void => {
    const key = keySelect.value as ReadingField;
    layouts.wrapper.hidden = key !== "layout";
    yesNo.wrapper.hidden = key !== "ignore";
    text.wrapper.hidden = SELECT_KEYS.includes(key);
    if (hint) hint.textContent = t.hints[key];
    for (const f of [text, layouts, yesNo]) f.setError(undefined);
  };
  keySelect.addEventListener("change", show);
  show();
  const submit: FoldSubmit = (done) => {
    const key = keySelect.value as ReadingField;
    const value =
      key === "layout" ? layouts.control.value : key === "ignore" ? yesNo.control.value : text.control.value;
    onFix(tab.tab, key, value, done);
  };
  return foldForm(
    "reading-fix",
    { summary: t.open, label: t.openLabel(tab.tab), save: t.save, saving: t.saving },
    [
      { field: keyField, serverLabel: t.key },
      { field: text, serverLabel: null },
      { field: layouts, serverLabel: null },
      { field: yesNo, serverLabel: null },
    ],
    submit,
  );
}

/** One tab: its name and status, what was read, why it was not (fully), and its "Corriger". */
function tabItem(tab: TabReport, lang: Lang, onFix: OnFix): HTMLLIElement {
  const { panel, words } = texts(lang);
  const t = panel.reading;
  const facts = el("dl", { class: "reading-facts" });
  const fact = (term: string, value: string): void => {
    facts.append(el("dt", {}, term), el("dd", {}, value));
  };
  if (tab.layout) fact(t.layout, words.layouts[tab.layout] ?? tab.layout);
  if (tab.how) fact(t.how, tab.how);
  if (tab.layout) fact(t.people, String(tab.people));
  if (tab.from && tab.to) fact(t.dates, t.span(shortDate(tab.from), shortDate(tab.to)));
  if (tab.layout) fact(t.shifts, String(tab.shifts));
  if (tab.reason) fact(t.why, tab.reason);
  return el(
    "li",
    { class: `reading-tab st-${tab.status}`, "data-tab": tab.tab },
    el(
      "p",
      { class: "reading-head" },
      el("span", { class: "reading-name" }, tab.tab),
      " ",
      el("span", { class: "reading-status" }, words.status[tab.status]),
    ),
    facts.childElementCount > 0 ? facts : null,
    fixForm(tab, lang, onFix),
  );
}

/**
 * The reading block: a heading, the verdict ("3 onglets lus, …", or that nothing was read — never "no problem"),
 * and the tabs in a list that is open when a tab is not fully read.
 */
export function readingBlock(
  summary: Pick<SidebarSummary, "verdict" | "reading">,
  lang: Lang,
  onFix: OnFix,
): HTMLElement {
  const t = texts(lang).panel.reading;
  const headingId = uid("reading");
  const doubtful = summary.reading.some((r) => r.status !== "read" && r.status !== "ignored");
  const list = el(
    "details",
    { class: "reading-list" },
    el("summary", {}, t.tabs(summary.reading.length)),
    el("ul", { class: "reading-tabs" }, ...summary.reading.map((r) => tabItem(r, lang, onFix))),
  );
  list.open = doubtful || !summary.verdict.read;
  return el(
    "section",
    { class: "reading", "aria-labelledby": headingId },
    el("h2", { id: headingId }, t.title),
    el(
      "p",
      { class: summary.verdict.read ? "verdict verdict-read" : "verdict verdict-nothing" },
      summary.verdict.text,
    ),
    summary.reading.length > 0 ? list : null,
  );
}
