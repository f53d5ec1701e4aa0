// The "Briefing" panel: generate a date's briefing tab; the morning e-mail's recipients, on/off and a test e-mail.

import { recipientsOfText } from "../src/core/briefing/addresses";
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

  // The one sentence that says whether the e-mail goes out (server's first status line).
  const state = el("p", { class: "status briefing-state", id: "briefing-state" });
  const recipients = field(
    p.recipients,
    el("input", {
      type: "text",
      inputmode: "email",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
    }),
    p.recipientsHint(p.modes.minimal),
  );
  const recipientsHint = recipients.wrapper.querySelector(".hint") as HTMLElement;
  const save = el("button", { type: "button", class: "secondary", hidden: true }, p.saveRecipients);
  const hour = field(
    p.hour,
    select(Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${h} h` }))),
  );
  const install = el("button", { type: "button", class: "primary", disabled: true }, p.install);
  const needRecipient = el("p", { class: "hint", id: "briefing-need-recipient" }, p.needRecipient);
  const remove = el("button", { type: "button", class: "secondary" }, p.remove);
  const test = el("button", { type: "button", class: "secondary" }, p.test);
  const reload = el("button", { type: "button", class: "secondary" }, p.refresh);
  const lastLine = el("p", { class: "meta briefing-last" });
  const problems = el("ul", { class: "briefing-problems" });
  const mailStatus = el("p", { class: "status", role: "status" });

  const element = el(
    "div",
    { class: "briefing" },
    el("h2", {}, p.title),
    date.wrapper,
    el("div", { class: "actions-row" }, generate),
    generateStatus,
    el("h2", {}, p.morning),
    state,
    recipients.wrapper,
    el("div", { class: "actions-row" }, save),
    hour.wrapper,
    el("div", { class: "actions-row" }, install),
    needRecipient,
    el("div", { class: "actions-row" }, remove, reload, test),
    lastLine,
    problems,
    mailStatus,
  );

  const say = (target: HTMLElement, text: string, kind: "success" | "error" | "") => {
    target.textContent = text;
    target.className = kind ? `status ${kind}` : "status";
  };

  /** The recipients as saved in the settings tab (what a save must find there before it writes). */
  let saved: string | null = null;
  /** The state line already says a recipient is needed (off, none saved, nothing else typed). */
  let stateAsksRecipient = false;
  let busy = false;
  const typed = () => recipientsOfText(recipients.control.value);
  const dirty = () => saved !== null && recipients.control.value.trim() !== saved;

  /** Activer needs at least one valid address and no invalid one in the field (saved or about to be). */
  const updateButtons = () => {
    const { valid, invalid } = typed();
    const usable = saved !== null && valid.length > 0 && invalid.length === 0;
    install.disabled = busy || !usable;
    // Why Activer is off, said once: by the state line when it already says so, else just below the button.
    const saidAbove = stateAsksRecipient && !dirty();
    needRecipient.hidden = usable || saidAbove;
    if (usable) install.removeAttribute("aria-describedby");
    else install.setAttribute("aria-describedby", saidAbove ? state.id : needRecipient.id);
    save.hidden = !dirty();
    save.disabled = busy || invalid.length > 0;
    remove.disabled = busy;
    test.disabled = busy;
  };

  /** Marks invalid addresses on the field (on leaving it or on saving, not at every key). */
  const checkField = (): boolean => {
    const { invalid } = typed();
    recipients.setError(invalid.length > 0 ? p.invalidAddresses(invalid.join(", ")) : undefined);
    return invalid.length === 0;
  };

  let removeHadFocus = false;
  const showStatus = (s: BriefingStatus, keepTyped = false) => {
    const [headline = "", last] = s.lines;
    // Green when it goes out, red when it is on but would go to nobody, plain when off.
    state.textContent = headline;
    state.className = `status briefing-state${s.on ? (s.ready ? " success" : " error") : ""}`;
    stateAsksRecipient = !s.on && !s.ready;
    lastLine.textContent = last ?? "";
    lastLine.hidden = last === undefined;
    lastLine.className =
      s.lastSend !== null && !s.lastSend.ok ? "field-error briefing-last" : "meta briefing-last";
    clear(problems);
    for (const problem of s.problems) problems.append(el("li", { class: "field-error" }, problem));
    problems.hidden = s.problems.length === 0;
    recipientsHint.textContent = p.recipientsHint(p.modes[s.mode]);
    if (!keepTyped || saved === null) recipients.control.value = s.recipientsText;
    saved = s.recipientsText;
    hour.control.value = String(s.hour ?? s.settingsHour);
    remove.hidden = !s.mine;
    install.textContent = s.mine ? p.changeHour : p.install;
    updateButtons();
    // A keyboard user on "Turn off" must not be dropped to the page's top when the button goes away (a disabled
    // button may already have lost the focus to the page while the call ran).
    const focusLost = document.activeElement === remove || document.activeElement === document.body;
    if (!s.mine && focusLost && removeHadFocus) (install.disabled ? recipients.control : install).focus();
    removeHadFocus = false;
  };

  const refresh = () => {
    say(mailStatus, p.loading, "");
    briefingServer.getBriefingStatus().then(
      (s) => {
        showStatus(s, dirty());
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

  /** Runs one server call with the buttons disabled; shows its message; refreshes the status after. */
  const act = (button: HTMLButtonElement, call: () => Promise<{ message: string }>) => {
    if (button === remove && document.activeElement === remove) removeHadFocus = true;
    busy = true;
    updateButtons();
    call().then(
      (result) => {
        busy = false;
        say(mailStatus, result.message, "success");
        briefingServer.getBriefingStatus().then((s) => showStatus(s, dirty()), updateButtons);
      },
      (error) => {
        busy = false;
        updateButtons();
        say(mailStatus, failureMessage(error, button.textContent ?? ""), "error");
        // A colleague may have changed the list: the next save compares with what is there now.
        briefingServer.getBriefingStatus().then(
          (s) => showStatus(s, true),
          () => undefined,
        );
      },
    );
  };

  /** Saves the typed recipients (when they changed), then resolves with the server's message. */
  const saveTyped = (): Promise<{ message: string }> =>
    briefingServer
      .setBriefingRecipients({ recipients: recipients.control.value, expected: saved ?? "" })
      .then((result) => {
        showStatus(result.status);
        return result;
      });

  recipients.control.addEventListener("input", () => {
    if (typed().invalid.length === 0) recipients.setError(undefined);
    updateButtons();
  });
  recipients.control.addEventListener("change", checkField);
  recipients.control.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (checkField() && dirty() && !busy) act(save, saveTyped);
  });
  save.addEventListener("click", () => {
    if (checkField()) act(save, saveTyped);
  });
  install.addEventListener("click", () => {
    if (!checkField()) return;
    const chosen = Number(hour.control.value);
    act(install, () =>
      dirty()
        ? saveTyped().then(() => briefingServer.installMorningBriefing(chosen))
        : briefingServer.installMorningBriefing(chosen),
    );
  });
  remove.addEventListener("click", () => act(remove, () => briefingServer.removeMorningBriefing()));
  test.addEventListener("click", () => {
    say(mailStatus, p.testing, "");
    act(test, () => briefingServer.sendBriefingTest());
  });
  reload.addEventListener("click", refresh);

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
