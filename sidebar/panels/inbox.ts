// "À lire": entries since the last visit or the start of the shift, urgent unacknowledged first, open follow-ups.
import type { HandoverEntry, InboxResult, SidebarData } from "../../src/core/handovers/api";
import { SEVERITIES } from "../../src/core/handovers/categories";
import type { App, PanelDefinition } from "../app";
import { clear, el } from "../dom";
import { field, select } from "../fields";
import { shortDate, shortDateTime } from "../i18n";
import { failureMessage, server } from "../server";
import { load, save } from "../storage";

const PERIOD_KEY = "releve.inbox.period";
type Period = "lastVisit" | "shift";

function create(app: App): { element: HTMLElement; onShow(): void } {
  const { ui, handovers, lang } = app.texts;
  const t = ui.inbox;
  let sidebarData: SidebarData | undefined;
  let inbox: InboxResult | undefined;
  let loading = false;

  const period = field(
    t.period,
    select([
      { value: "lastVisit", label: t.sinceLastVisit },
      { value: "shift", label: t.sinceShift },
    ]),
  );
  period.control.value = load(PERIOD_KEY) === "shift" ? "shift" : "lastVisit";
  const person = field(t.person, select([{ value: "", label: t.all }]));
  const category = field(t.category, select([{ value: "", label: t.all }]));
  const severity = field(
    t.severity,
    select([
      { value: "", label: t.all },
      ...SEVERITIES.map((s) => ({ value: s, label: handovers.severity[s] })),
    ]),
  );
  const openOnly = el("input", { type: "checkbox", id: "inbox-open-only" });
  const openOnlyLabel = el(
    "label",
    { for: "inbox-open-only", class: "check" },
    openOnly,
    el("span", {}, t.openOnly),
  );
  const refresh = el("button", { type: "button", class: "secondary" }, t.refresh);
  const filters = el(
    "details",
    { class: "filters" },
    el("summary", {}, t.filters),
    person.wrapper,
    category.wrapper,
    severity.wrapper,
    openOnlyLabel,
  );
  const heading = el("p", { class: "since" });
  const status = el("p", { class: "status", role: "status" });
  const list = el("div", { class: "entries" });
  const element = el(
    "div",
    { class: "inbox" },
    el("div", { class: "inbox-top" }, period.wrapper, refresh),
    filters,
    heading,
    status,
    list,
  );

  const sinceFor = (d: SidebarData): string =>
    period.control.value === "shift" ? d.shiftStart : (d.previousVisit ?? d.shiftStart);

  const fillSelect = (node: HTMLSelectElement, values: string[]): void => {
    const current = node.value;
    const first = node.options[0];
    node.replaceChildren(...(first ? [first] : []), ...values.map((v) => el("option", { value: v }, v)));
    node.value = values.includes(current) ? current : "";
  };

  const matches = (e: HandoverEntry): boolean =>
    (!person.control.value || e.person === person.control.value) &&
    (!category.control.value || e.category === category.control.value) &&
    (!severity.control.value || e.severity === severity.control.value);

  const replaceEntry = (entry: HandoverEntry): void => {
    if (!inbox) return;
    const swap = (list: HandoverEntry[]) => list.map((e) => (e.id === entry.id ? entry : e));
    inbox = {
      ...inbox,
      entries: swap(inbox.entries),
      openFollowUps: swap(inbox.openFollowUps).filter((e) => e.followUpStatus === "open"),
    };
  };

  const act = (button: HTMLButtonElement, run: () => Promise<HandoverEntry>, refocusId: string): void => {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    run()
      .then((entry) => {
        replaceEntry(entry);
        render();
        (document.getElementById(refocusId) ?? list.querySelector<HTMLElement>("h2"))?.focus();
      })
      .catch((error: unknown) => {
        button.disabled = false;
        button.removeAttribute("aria-busy");
        status.textContent = failureMessage(error, ui.serverError);
        status.classList.add("error");
      });
  };

  /** A full card (every text), or a compact one for the open follow-ups list (who, what, by when). */
  const card = (e: HandoverEntry, section: string, compact = false): HTMLElement => {
    const reader = inbox?.reader ?? "";
    const unread = e.severity === "urgent" && !e.readBy.includes(reader) && !e.correctedBy?.length;
    const headingId = `${section}-${e.id}`;
    const title = el(
      "h3",
      { id: headingId, tabindex: -1 },
      el("span", { class: `badge sev-${e.severity}` }, handovers.severity[e.severity]),
      " ",
      `${e.person} · ${e.category}`,
    );
    const body = el(
      "article",
      {
        class: `entry${unread ? " unread" : ""}${e.correctedBy?.length ? " is-corrected" : ""}`,
        "aria-labelledby": headingId,
      },
      title,
      el("p", { class: "meta" }, t.meta(e.author, shortDateTime(e.writtenAt, lang), e.shift)),
    );
    if (compact) {
      body.append(el("p", { class: "follow-up-line open" }, followUpText(e)));
      if (e.followUpStatus === "open")
        body.append(el("div", { class: "actions-row" }, closeButton(e, headingId)));
      return body;
    }
    if (e.corrects) body.append(el("p", { class: "note" }, t.correction));
    if (e.correctedBy?.length) body.append(el("p", { class: "note" }, t.corrected));
    const part = (label: string, text: string | undefined) =>
      text ? el("p", { class: "text" }, el("strong", {}, `${label} : `), text) : null;
    body.append(
      ...[
        part(handovers.field.target ?? "", e.target),
        part(handovers.field.data ?? "", e.data),
        part(handovers.field.actions ?? "", e.actions),
        part(handovers.field.results ?? "", e.results),
      ].filter((n): n is HTMLParagraphElement => n !== null),
    );
    if (e.followUp) {
      body.append(el("p", { class: `follow-up-line ${e.followUpStatus ?? ""}` }, followUpText(e)));
      if (e.followUpStatus === "done" && e.followUpClosedBy && e.followUpClosedAt) {
        body.append(
          el(
            "p",
            { class: "meta" },
            t.followUpDone(e.followUpClosedBy, shortDateTime(e.followUpClosedAt, lang)),
          ),
        );
      }
    }
    if (e.readBy.length > 0) body.append(el("p", { class: "meta" }, t.readBy(e.readBy.join(", "))));
    const buttons = el("div", { class: "actions-row" });
    if (!e.readBy.includes(reader)) {
      const ack = el("button", { type: "button", class: unread ? "primary" : "secondary" }, t.acknowledge);
      ack.addEventListener("click", () => {
        if (!reader) {
          status.textContent = t.needName;
          return;
        }
        act(ack, () => server.acknowledgeHandover(e.id), headingId);
      });
      buttons.append(ack);
    }
    if (e.followUpStatus === "open") buttons.append(closeButton(e, headingId));
    const correct = el("button", { type: "button", class: "secondary" }, t.correct);
    correct.addEventListener("click", () => app.emit("correct", e));
    buttons.append(correct);
    body.append(buttons);
    return body;
  };

  const followUpText = (e: HandoverEntry): string => {
    if (!e.followUp) return "";
    const bits = [t.followUp(e.followUp.what)];
    if (e.followUp.due) bits.push(t.followUpDue(shortDate(e.followUp.due)));
    if (e.followUp.shift) bits.push(e.followUp.shift);
    if (e.followUp.owner) bits.push(t.followUpFor(e.followUp.owner));
    return bits.join(" · ");
  };

  const closeButton = (e: HandoverEntry, headingId: string): HTMLButtonElement => {
    const done = el("button", { type: "button", class: "secondary" }, t.closeFollowUp);
    done.addEventListener("click", () => act(done, () => server.closeFollowUp(e.id), headingId));
    return done;
  };

  const render = (): void => {
    clear(list);
    if (!inbox) return;
    const entries = inbox.entries.filter(matches);
    const open = inbox.openFollowUps.filter(matches);
    heading.textContent = t.since(shortDateTime(inbox.since, lang));
    if (!openOnly.checked) {
      const section = el("section", { class: "group", "aria-labelledby": "inbox-entries-title" });
      section.append(
        el("h2", { id: "inbox-entries-title", tabindex: -1 }, `${t.entries} (${entries.length})`),
      );
      if (entries.length === 0) section.append(el("p", { class: "empty" }, t.empty));
      for (const e of entries) section.append(card(e, "entry"));
      list.append(section);
    }
    if (open.length > 0 || openOnly.checked) {
      const section = el("section", { class: "group", "aria-labelledby": "inbox-open-title" });
      section.append(
        el("h2", { id: "inbox-open-title", tabindex: -1 }, `${t.openFollowUps} (${open.length})`),
      );
      if (open.length === 0) section.append(el("p", { class: "empty" }, t.empty));
      for (const e of open) section.append(card(e, "open", !openOnly.checked));
      list.append(section);
    }
  };

  const reload = (): void => {
    if (!sidebarData || loading) return;
    loading = true;
    status.classList.remove("error");
    status.textContent = ui.loading;
    server
      .loadInbox({ since: sinceFor(sidebarData) })
      .then((result) => {
        inbox = result;
        const all = [...result.entries, ...result.openFollowUps];
        fillSelect(
          person.control,
          [...new Set(all.map((e) => e.person))].sort((a, b) => a.localeCompare(b, lang)),
        );
        fillSelect(
          category.control,
          [...new Set(all.map((e) => e.category))].sort((a, b) => a.localeCompare(b, lang)),
        );
        status.textContent = "";
        render();
      })
      .catch((error: unknown) => {
        status.textContent = failureMessage(error, ui.serverError);
        status.classList.add("error");
      })
      .finally(() => {
        loading = false;
      });
  };

  for (const control of [person.control, category.control, severity.control, openOnly]) {
    control.addEventListener("change", render);
  }
  period.control.addEventListener("change", () => {
    save(PERIOD_KEY, period.control.value as Period);
    reload();
  });
  refresh.addEventListener("click", reload);
  app.on("saved", () => {
    inbox = undefined;
  });

  let shown = false;
  app.data.then(
    (d) => {
      sidebarData = d;
      if (shown) reload();
    },
    () => undefined,
  );

  return {
    element,
    onShow() {
      shown = true;
      if (!inbox) reload();
    },
  };
}

/** The "À lire" panel. */
export const inboxPanel: PanelDefinition = {
  id: "inbox",
  label: (texts) => texts.ui.tabs.inbox,
  create,
};
