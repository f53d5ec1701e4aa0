// The "Briefing" panel: generate today's (or another date's) briefing tab, and the morning e-mail on/off.

import type { BriefingServerApi, BriefingStatus } from "../src/core/briefing/api";
import { briefingPanel as enPanel } from "../src/core/i18n/en/briefing-panel";
import { briefingPanel as frPanel } from "../src/core/i18n/fr/briefing-panel";
import { isDefaultNameOf } from "../src/core/tabs/addon-tabs";
import type { App, PanelDefinition } from "./app";
import { clear, el } from "./dom";
import { field, select } from "./fields";
import { createClient, failureMessage } from "./server";

const briefingServer = createClient<BriefingServerApi>();

/** Today's date in the browser, as `YYYY-MM-DD` (the server uses the spreadsheet's zone when none is given). */
function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function create(app: App): { element: HTMLElement; onShow(): void } {
  const p = app.texts.lang === "en" ? enPanel : frPanel;

  const date = field(p.date, el("input", { type: "date", value: todayIso() }));
  const generate = el("button", { type: "button", class: "primary" }, p.generate);
  const generateStatus = el("p", { class: "status", role: "status" });

  const lines = el("div", { class: "briefing-lines" });
  const recipients = el("p", { class: "meta" });
  const problems = el("ul", { class: "briefing-problems" });
  const hour = field(
    p.hour,
    select(Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${h} h` }))),
  );
  const install = el("button", { type: "button", class: "primary" }, p.install);
  const remove = el("button", { type: "button", class: "secondary" }, p.remove);
  const reload = el("button", { type: "button", class: "secondary" }, p.refresh);
  const mailStatus = el("p", { class: "status", role: "status" });

  const element = el(
    "div",
    { class: "briefing" },
    el("h2", {}, p.title),
    date.wrapper,
    el("div", { class: "actions-row" }, generate),
    generateStatus,
    el("h2", {}, p.morning),
    lines,
    recipients,
    problems,
    hour.wrapper,
    el("div", { class: "actions-row" }, install, remove, reload),
    mailStatus,
  );

  const say = (target: HTMLElement, text: string, kind: "success" | "error" | "") => {
    target.textContent = text;
    target.className = kind ? `status ${kind}` : "status";
  };

  let removeHadFocus = false;
  const showStatus = (s: BriefingStatus) => {
    clear(lines);
    // The last line is the last sending's outcome when there was one: a failure must stand out.
    const failed = s.lastSend !== null && !s.lastSend.ok;
    s.lines.forEach((line, i) => {
      lines.append(el("p", failed && i === s.lines.length - 1 ? { class: "field-error" } : {}, line));
    });
    recipients.textContent =
      s.recipients.length > 0 ? p.recipients(s.recipients.join(", "), p.modes[s.mode]) : p.noRecipients;
    clear(problems);
    for (const problem of s.problems) problems.append(el("li", { class: "field-error" }, problem));
    problems.hidden = s.problems.length === 0;
    hour.control.value = String(s.hour ?? s.settingsHour);
    // A keyboard user on "Turn off" must not be dropped to the page's top when the button goes away (a disabled
    // button may already have lost the focus to the page while the call ran).
    const focusLost = document.activeElement === remove || document.activeElement === document.body;
    if (!s.mine && focusLost && removeHadFocus) install.focus();
    removeHadFocus = false;
    remove.hidden = !s.mine;
    install.textContent = s.mine ? p.changeHour : p.install;
  };

  const refresh = () => {
    say(mailStatus, p.loading, "");
    briefingServer.getBriefingStatus().then(
      (s) => {
        showStatus(s);
        say(mailStatus, "", "");
      },
      (error) => say(mailStatus, failureMessage(error, p.loading), "error"),
    );
  };

  generate.addEventListener("click", () => {
    generate.disabled = true;
    say(generateStatus, p.generating, "");
    briefingServer.generateBriefing(date.control.value || undefined).then(
      (summary) => {
        generate.disabled = false;
        // The server's message adds something only when a user's own tab took the default name.
        const extra = isDefaultNameOf("briefing", summary.tab) ? "" : ` ${summary.message}`;
        say(
          generateStatus,
          `${p.generated(summary.tab, summary.alerts, summary.followUpsDueToday + summary.followUpsOverdue)}${extra}`,
          "success",
        );
      },
      (error) => {
        generate.disabled = false;
        say(generateStatus, failureMessage(error, p.generate), "error");
      },
    );
  });

  const act = (button: HTMLButtonElement, call: () => Promise<{ message: string }>) => {
    if (button === remove && document.activeElement === remove) removeHadFocus = true;
    button.disabled = true;
    call().then(
      (result) => {
        button.disabled = false;
        say(mailStatus, result.message, "success");
        briefingServer.getBriefingStatus().then(showStatus, () => undefined);
      },
      (error) => {
        button.disabled = false;
        say(mailStatus, failureMessage(error, button.textContent ?? ""), "error");
      },
    );
  };
  reload.addEventListener("click", refresh);
  install.addEventListener("click", () =>
    act(install, () => briefingServer.installMorningBriefing(Number(hour.control.value))),
  );
  remove.addEventListener("click", () => act(remove, () => briefingServer.removeMorningBriefing()));

  let loaded = false;
  return {
    element,
    onShow() {
      if (!loaded) {
        loaded = true;
        refresh();
      }
    },
  };
}

/** The Briefing panel. */
export const briefingPanel: PanelDefinition = {
  id: "briefing",
  label: (texts) => (texts.lang === "en" ? enPanel : frPanel).title,
  create,
};
