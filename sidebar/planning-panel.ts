// "Planning": runs the check, shows what was read per tab (with "Corriger") and the findings as cards by person or by
// week (an unknown code: "Ajouter à la légende"), selects cells, clears.
import { type FindingGroup, groupFindings } from "../src/core/check/groups";
import type { Severity } from "../src/core/findings";
import { addonPanel as enPanel } from "../src/core/i18n/en/addon-panel";
import { addonPanel as frPanel } from "../src/core/i18n/fr/addon-panel";
import type { CorrectionResult, PlanningCheckSummary, PlanningServerApi } from "../src/gas/check/api-types";
import type { App, PanelDefinition, PanelInstance } from "./app";
import { clear, el, uid } from "./dom";
import { card, type OnAddCode } from "./planning/cards";
import { type OnFix, readingBlock } from "./planning/reading";
import { type Arrangement, arrange, type PanelSection } from "./planning/sections";
import { createClient, failureMessage } from "./server";
import { load, save } from "./storage";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const ARRANGE_KEY = "releve.planning.arrange";

/** The planning check's server functions. */
const server = createClient<PlanningServerApi>();

/** `02/11` of a `YYYY-MM-DD` date. */
const dayMonth = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

function create(app: App): PanelInstance {
  const lang = app.texts.lang;
  const t = lang === "en" ? enPanel : frPanel;
  const serverError = app.texts.ui.serverError;
  let arrangement: Arrangement = load(ARRANGE_KEY) === "week" ? "week" : "person";
  let groups: FindingGroup[] = [];
  let selected: string | null = null;

  const run = el("button", { type: "button", class: "primary" }, t.run);
  const clearButton = el("button", { type: "button", class: "secondary" }, t.clear);
  const status = el("p", { class: "status", role: "status" });
  // What was read, tab by tab (the verdict and each tab's "Corriger").
  const blocks = el("div", { class: "planning-blocks" });
  const counts = el("p", { class: "planning-counts", hidden: true });
  const meta = el("div", { class: "planning-meta" });
  const switchName = uid("arrange");
  const radio = (value: Arrangement, label: string): HTMLLabelElement => {
    const input = el("input", { type: "radio", name: switchName, value, class: "segment-input" });
    input.checked = value === arrangement;
    input.addEventListener("change", () => {
      if (!input.checked) return;
      arrangement = value;
      save(ARRANGE_KEY, value);
      renderLists();
    });
    return el("label", { class: "segment" }, input, label);
  };
  const arrangeSwitch = el(
    "fieldset",
    { class: "arrange", hidden: true },
    el("legend", {}, t.arrangeLabel),
    el("div", { class: "segments" }, radio("person", t.byPerson), radio("week", t.byWeek)),
  );
  const lists = el("div", { class: "planning-results" });
  const element = el(
    "div",
    { class: "planning" },
    el("p", { class: "hint" }, t.intro),
    el("div", { class: "actions-row" }, run, clearButton),
    status,
    blocks,
    counts,
    meta,
    arrangeSwitch,
    lists,
  );

  const say = (text: string, kind: "success" | "error" | "" = ""): void => {
    status.textContent = text;
    status.className = kind ? `status ${kind}` : "status";
  };

  const busy = (button: HTMLButtonElement, text: string | null, label: string): void => {
    run.disabled = text !== null;
    clearButton.disabled = text !== null;
    if (text === null) button.removeAttribute("aria-busy");
    else button.setAttribute("aria-busy", "true");
    button.textContent = text ?? label;
  };

  /** Highlights the chosen card (and date), un-highlights the others. */
  const highlight = (groupId: string | null, from: HTMLElement | null): void => {
    selected = groupId;
    for (const node of lists.querySelectorAll<HTMLElement>("[aria-pressed]")) {
      const on = node === from || (node.classList.contains("finding-card") && node.dataset.group === groupId);
      node.setAttribute("aria-pressed", String(on));
    }
  };

  const pick = (
    group: FindingGroup,
    request: { tab: string | null; cells: string[] },
    from: HTMLElement,
  ): void => {
    highlight(group.id, from);
    server.selectCells(request).then(
      (result) => say(t.selectedIn(result.tab, result.range)),
      (error: unknown) => say(failureMessage(error, serverError), "error"),
    );
  };

  const title = (section: PanelSection): string => {
    if (section.key === null) return arrangement === "person" ? t.noPerson : t.noDate;
    return arrangement === "person" ? section.key : t.week(dayMonth(section.key));
  };

  function renderLists(): void {
    clear(lists);
    for (const section of arrange(groups, arrangement)) {
      const headingId = uid("planning-section");
      lists.append(
        el(
          "section",
          { class: "card-section", "aria-labelledby": headingId },
          el("h2", { id: headingId }, t.section(title(section), section.count)),
          el("ul", { class: "cards" }, ...section.groups.map((g) => card(g, lang, pick, addCode))),
        ),
      );
    }
    if (selected !== null) {
      const again = lists.querySelector<HTMLElement>(`.finding-card[data-group="${CSS.escape(selected)}"]`);
      highlight(again ? selected : null, again);
    }
  }

  /** Shows a correction's outcome: its sentence, and the check it ran again. */
  const corrected = (result: CorrectionResult): void => {
    say(result.message, "success");
    render(result.summary);
  };

  const fix: OnFix = (tab, key, value, done) => {
    server.setReadingSetting(tab, key, value).then(
      (result) => {
        done.ok();
        corrected(result);
      },
      (error: unknown) => done.fail(failureMessage(error, serverError)),
    );
  };

  const addCode: OnAddCode = (request, done) => {
    server.addLegendCode(request).then(
      (result) => {
        done.ok();
        corrected(result);
      },
      (error: unknown) => done.fail(failureMessage(error, serverError)),
    );
  };

  const render = (summary: PlanningCheckSummary): void => {
    clear(blocks);
    blocks.append(readingBlock(summary, lang, fix));
    clear(meta);
    clear(counts);
    counts.hidden = false;
    counts.setAttribute("aria-label", t.countsLabel);
    const total = { error: summary.errors, warning: summary.warnings, info: summary.infos };
    for (const level of SEVERITY_ORDER) {
      counts.append(el("span", { class: `count sev-${level}` }, t.countChips[level](total[level])));
    }
    if (summary.notice) meta.append(el("p", { class: "note" }, summary.notice));
    meta.append(
      el(
        "p",
        { class: "meta" },
        summary.truncated
          ? t.truncated(summary.findings.length, summary.reportTab)
          : t.report(summary.reportTab),
      ),
    );
    groups = groupFindings(summary.findings, lang);
    selected = null;
    arrangeSwitch.hidden = groups.length === 0;
    if (groups.length === 0) {
      clear(lists);
      // "No problem" only about what was read: when nothing was, the verdict above says so.
      if (summary.verdict.read) lists.append(el("p", { class: "empty" }, t.noFinding));
      return;
    }
    meta.append(el("p", { class: "hint" }, t.selectHint));
    renderLists();
  };

  run.addEventListener("click", () => {
    busy(run, t.running, t.run);
    say(t.running);
    server.checkPlanning().then(
      (summary) => {
        busy(run, null, t.run);
        if (summary.verdict.read) say(t.counts(summary.errors, summary.warnings, summary.infos), "success");
        else say(summary.verdict.text, "error");
        render(summary);
      },
      (error: unknown) => {
        busy(run, null, t.run);
        say(failureMessage(error, serverError), "error");
      },
    );
  });

  clearButton.addEventListener("click", () => {
    busy(clearButton, t.clearing, t.clear);
    say(t.clearing);
    server.clearPlanningFlags().then(
      (result) => {
        busy(clearButton, null, t.clear);
        say(result.message, "success");
      },
      (error: unknown) => {
        busy(clearButton, null, t.clear);
        say(failureMessage(error, serverError), "error");
      },
    );
  });

  return { element };
}

/** The Planning panel (registered by sidebar/main.ts). */
export const planningPanel: PanelDefinition = {
  id: "planning",
  label: (texts) => (texts.lang === "en" ? enPanel : frPanel).tab,
  create,
};
