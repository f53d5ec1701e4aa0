// "Planning": runs the check, lists the findings by severity, selects a finding's cells, removes the marks.
import type { Finding, Severity } from "../src/core/findings";
import { addonPanel as enPanel } from "../src/core/i18n/en/addon-panel";
import { check as enCheck } from "../src/core/i18n/en/check";
import { common as enCommon } from "../src/core/i18n/en/common";
import { addonPanel as frPanel } from "../src/core/i18n/fr/addon-panel";
import { check as frCheck } from "../src/core/i18n/fr/check";
import { common as frCommon } from "../src/core/i18n/fr/common";
import type { PlanningCheckSummary, PlanningServerApi } from "../src/gas/check/api-types";
import type { App, PanelDefinition, PanelInstance } from "./app";
import { clear, el, uid } from "./dom";
import { shortDate } from "./i18n";
import { createClient, failureMessage } from "./server";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** The planning check's server functions. */
const server = createClient<PlanningServerApi>();

function create(app: App): PanelInstance {
  const en = app.texts.lang === "en";
  const t = en ? enPanel : frPanel;
  const ruleNames = (en ? enCheck : frCheck).ruleNames;
  const severity = (en ? enCommon : frCommon).severity;
  const serverError = app.texts.ui.serverError;

  const run = el("button", { type: "button" }, t.run);
  const clearButton = el("button", { type: "button", class: "secondary" }, t.clear);
  const status = el("p", { class: "status", role: "status" });
  const results = el("div", { class: "planning-results" });
  const element = el(
    "div",
    { class: "planning" },
    el("p", { class: "hint" }, t.intro),
    el("div", { class: "actions-row" }, run, clearButton),
    status,
    results,
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

  const select = (finding: Finding): void => {
    server.selectCells({ tab: finding.tab, cells: finding.cells }).then(
      (selected) => say(t.selected(selected.range)),
      (error: unknown) => say(failureMessage(error, serverError), "error"),
    );
  };

  const item = (finding: Finding): HTMLElement => {
    const where = [finding.person, finding.date ? shortDate(finding.date) : null, finding.tab]
      .filter((s): s is string => typeof s === "string" && s !== "")
      .join(" · ");
    const body: (HTMLElement | string)[] = [
      el("strong", {}, ruleNames[finding.ruleId] ?? finding.ruleId),
      el("span", { class: "meta" }, where),
      el("span", { class: "text" }, finding.message),
    ];
    if (finding.cells.length > 0) body.push(el("span", { class: "meta" }, t.cells(finding.cells.join(", "))));
    if (finding.cells.length === 0) return el("li", { class: "finding" }, el("div", {}, ...body));
    const button = el("button", { type: "button", class: "finding-button" }, ...body);
    button.addEventListener("click", () => select(finding));
    return el("li", { class: "finding" }, button);
  };

  const render = (summary: PlanningCheckSummary): void => {
    clear(results);
    if (summary.notice) results.append(el("p", { class: "note" }, summary.notice));
    results.append(
      el(
        "p",
        { class: "meta" },
        summary.truncated
          ? t.truncated(summary.findings.length, summary.reportTab)
          : t.report(summary.reportTab),
      ),
    );
    if (summary.findings.length === 0) {
      results.append(el("p", { class: "empty" }, t.noFinding));
      return;
    }
    results.append(el("p", { class: "hint" }, t.selectHint));
    for (const level of SEVERITY_ORDER) {
      const list = summary.findings.filter((f) => f.severity === level);
      if (list.length === 0) continue;
      const headingId = uid("planning-group");
      results.append(
        el(
          "section",
          { class: `group sev-${level}`, "aria-labelledby": headingId },
          el("h2", { id: headingId }, `${t.groups[level]} (${list.length})`),
          el("ul", { class: "findings", "aria-label": severity[level] }, ...list.map(item)),
        ),
      );
    }
  };

  run.addEventListener("click", () => {
    busy(run, t.running, t.run);
    say(t.running);
    server.checkPlanning().then(
      (summary) => {
        busy(run, null, t.run);
        say(t.counts(summary.errors, summary.warnings, summary.infos), "success");
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
