// "À lire (n)": what I have not read yet (per entry, per reader), open follow-ups, a summary strip, person history.
import type { HandoverEntry, InboxResult } from "../../src/core/handovers/api";
import { SEVERITIES } from "../../src/core/handovers/categories";
import { concerns, inboxSummary, isUnreadBy } from "../../src/core/handovers/inbox";
import { personsOf } from "../../src/core/handovers/persons";
import { civilDate, dayNumber } from "../../src/core/time";
import type { App, PanelDefinition } from "../app";
import { clear, el } from "../dom";
import { plainFailure } from "../failures";
import { field, select } from "../fields";
import { server } from "../server";
import { type CardContext, card } from "./inbox-cards";

/** Reloaded when shown after this long (a colleague may have written since). */
const STALE_MS = 60_000;
/** How many days the history of a person goes back (at least the À lire period). */
const HISTORY_DAYS = 30;

function create(app: App): { element: HTMLElement; onShow(): void } {
  const { ui, handovers, lang } = app.texts;
  const t = ui.inbox;
  let inbox: InboxResult | undefined;
  let loadedAt = 0;
  let loading = false;

  const summary = el("p", { class: "summary" });
  const announce = el("p", { class: "visually-hidden", role: "status" });
  const error = el("p", { class: "status error", role: "alert", hidden: true });
  const unreadList = el("ul", { class: "cards", "aria-labelledby": "inbox-unread-title" });
  const unreadTitle = el("h2", { id: "inbox-unread-title", tabindex: -1 });
  const unreadEmpty = el("p", { class: "empty", hidden: true });
  const markAll = el("button", { type: "button", class: "link mark-all" });
  const followTitle = el("h2", { id: "inbox-open-title", tabindex: -1 });
  const followList = el("ul", { class: "cards", "aria-labelledby": "inbox-open-title" });
  const followEmpty = el("p", { class: "empty", hidden: true }, t.followUpsEmpty);

  const person = field(t.person, select([{ value: "", label: t.all }]));
  const category = field(t.category, select([{ value: "", label: t.all }]));
  const severity = field(
    t.severity,
    select([
      { value: "", label: t.all },
      ...SEVERITIES.map((s) => ({ value: s, label: handovers.severity[s] })),
    ]),
  );
  const refresh = el("button", { type: "button", class: "secondary" }, t.refresh);
  const filters = el(
    "details",
    { class: "filters" },
    el("summary", {}, t.filters),
    person.wrapper,
    category.wrapper,
    severity.wrapper,
  );

  const main = el(
    "div",
    { class: "inbox-main" },
    summary,
    error,
    el(
      "section",
      { class: "group" },
      el("div", { class: "group-head" }, unreadTitle, markAll),
      unreadList,
      unreadEmpty,
    ),
    el("section", { class: "group" }, followTitle, followList, followEmpty),
    filters,
    el("div", { class: "actions-row" }, refresh),
  );
  const back = el("button", { type: "button", class: "secondary" }, t.back);
  const historyTitle = el("h2", { tabindex: -1 });
  const historyList = el("ul", { class: "cards" });
  const historyEmpty = el("p", { class: "empty", hidden: true }, t.historyEmpty);
  const historyView = el(
    "div",
    { class: "history", hidden: true },
    back,
    historyTitle,
    historyList,
    historyEmpty,
  );
  const element = el("div", { class: "inbox" }, announce, main, historyView);

  const fail = (err: unknown): void => {
    error.textContent = plainFailure(err, app.texts, "read");
    error.hidden = false;
  };
  const say = (text: string): void => {
    error.hidden = true;
    announce.textContent = text;
  };

  const today = (): number => dayNumber(inbox?.today ?? civilDate(0));
  const matches = (e: HandoverEntry): boolean =>
    (!person.control.value || concerns(e, person.control.value)) &&
    (!category.control.value || e.category === category.control.value) &&
    (!severity.control.value || e.severity === severity.control.value);

  /** Replaces an entry everywhere after an action, and drops it from "unread" once read. */
  const replaceEntry = (entry: HandoverEntry): void => {
    if (!inbox) return;
    const swap = (list: HandoverEntry[]) => list.map((e) => (e.id === entry.id ? entry : e));
    const reader = inbox.reader;
    inbox = {
      ...inbox,
      unread: swap(inbox.unread).filter((e) => isUnreadBy(e, reader)),
      openFollowUps: swap(inbox.openFollowUps).filter((e) => e.followUpStatus === "open"),
    };
  };

  /** Focus after a card left a list: the next card's title, else the list's heading. */
  const refocus = (list: HTMLElement, index: number, heading: HTMLElement): void => {
    const toggles = list.querySelectorAll<HTMLButtonElement>(".card-toggle");
    (toggles[Math.min(index, toggles.length - 1)] ?? heading).focus();
  };

  const act = (
    button: HTMLButtonElement,
    run: () => Promise<HandoverEntry>,
    done: (entry: HandoverEntry) => void,
  ): void => {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    run().then(done, (err: unknown) => {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      fail(err);
    });
  };

  const indexIn = (list: HTMLElement, id: string): number =>
    [...list.querySelectorAll<HTMLButtonElement>(".card-toggle")].findIndex((b) => b.dataset.id === id);

  const ctx = (): CardContext => ({
    texts: app.texts,
    reader: inbox?.reader ?? [],
    team: inbox?.team ?? [],
    today: today(),
    acknowledge(entry, button) {
      if (!inbox?.reader.length) {
        fail(new Error(t.needName));
        return;
      }
      const inUnread = indexIn(unreadList, entry.id);
      act(
        button,
        () => server.acknowledgeHandover(entry.id),
        (stored) => {
          replaceEntry(stored);
          render();
          say(t.marked);
          if (!historyView.hidden) showHistory(historyPerson);
          else if (inUnread >= 0) refocus(unreadList, inUnread, unreadTitle);
        },
      );
    },
    closeFollowUp(entry, button) {
      const inFollow = indexIn(followList, entry.id);
      act(
        button,
        () => server.closeFollowUp(entry.id),
        (stored) => {
          replaceEntry(stored);
          render();
          say(t.followUpDone(stored.followUpClosedBy ?? "", ""));
          if (inFollow >= 0) refocus(followList, inFollow, followTitle);
        },
      );
    },
    correct: (entry) => app.emit("correct", entry),
    history: (name) => showHistory(name),
  });

  const fillSelect = (node: HTMLSelectElement, values: string[]): void => {
    const current = node.value;
    const first = node.options[0];
    node.replaceChildren(...(first ? [first] : []), ...values.map((v) => el("option", { value: v }, v)));
    node.value = values.includes(current) ? current : "";
  };

  const drawSummary = (): void => {
    clear(summary);
    if (!inbox) return;
    const s = inboxSummary(inbox.unread, inbox.openFollowUps, today(), inbox.reader);
    const parts: HTMLElement[] = [];
    if (s.urgentUnread > 0) parts.push(el("span", { class: "urgent" }, t.urgentUnread(s.urgentUnread)));
    if (s.overdue > 0) parts.push(el("span", { class: "late" }, t.overdue(s.overdue)));
    if (s.dueToday > 0)
      parts.push(
        el(
          "span",
          {},
          s.dueTodayForReader > 0
            ? `${t.dueToday(s.dueToday)} (${t.forYouCount(s.dueTodayForReader)})`
            : t.dueToday(s.dueToday),
        ),
      );
    if (parts.length === 0)
      parts.push(el("span", {}, inbox.unread.length === 0 ? t.allRead : t.unread(inbox.unread.length)));
    summary.append(el("span", { class: "visually-hidden" }, `${t.summary} `));
    parts.forEach((p, i) => {
      if (i > 0) summary.append(" · ");
      summary.append(p);
    });
  };

  const render = (): void => {
    if (!inbox) return;
    const c = ctx();
    const unread = inbox.unread.filter(matches);
    const open = inbox.openFollowUps.filter(matches);
    app.setCount("inbox", inbox.unread.length);
    drawSummary();
    unreadTitle.textContent = t.unread(unread.length);
    unreadList.replaceChildren(...unread.map((e) => card(e, c, "entry")));
    unreadEmpty.textContent = t.unreadEmpty(inbox.days);
    unreadEmpty.hidden = unread.length > 0;
    markAll.textContent = t.markAll(unread.length);
    markAll.hidden = unread.length < 2 || !inbox.reader.length;
    followTitle.textContent = t.followUps(open.length);
    followList.replaceChildren(...open.map((e) => card(e, c, "followUp")));
    followEmpty.hidden = open.length > 0;
  };

  const reload = (focusAfter?: HTMLElement): void => {
    if (loading) return;
    loading = true;
    server
      .loadInbox({})
      .then((result) => {
        inbox = result;
        loadedAt = Date.now();
        error.hidden = true;
        const all = [...result.unread, ...result.openFollowUps];
        fillSelect(
          person.control,
          [...new Set(all.flatMap(personsOf))].sort((a, b) => a.localeCompare(b, lang)),
        );
        fillSelect(
          category.control,
          [...new Set(all.map((e) => e.category))].sort((a, b) => a.localeCompare(b, lang)),
        );
        render();
        focusAfter?.focus();
      }, fail)
      .finally(() => {
        loading = false;
      });
  };

  markAll.addEventListener("click", () => {
    if (!inbox) return;
    const ids = inbox.unread.filter(matches).map((e) => e.id);
    markAll.disabled = true;
    server.acknowledgeHandovers(ids).then(
      (stored) => {
        markAll.disabled = false;
        for (const entry of stored) replaceEntry(entry);
        render();
        say(t.markedAll(stored.length));
        unreadTitle.focus();
      },
      (err: unknown) => {
        markAll.disabled = false;
        fail(err);
      },
    );
  });

  let historyPerson = "";
  const showHistory = (name: string): void => {
    historyPerson = name;
    main.hidden = true;
    historyView.hidden = false;
    historyTitle.textContent = t.historyTitle(name, Math.max(HISTORY_DAYS, inbox?.days ?? 0));
    historyList.replaceChildren();
    historyEmpty.hidden = true;
    historyTitle.focus();
    const since = civilDate(today() - Math.max(HISTORY_DAYS, inbox?.days ?? 0));
    server.listHandovers({ person: name, since }).then((entries) => {
      if (historyPerson !== name) return;
      historyList.replaceChildren(...entries.map((e) => card(e, ctx(), "entry")));
      historyEmpty.hidden = entries.length > 0;
    }, fail);
  };
  back.addEventListener("click", () => {
    historyPerson = "";
    historyList.replaceChildren();
    historyView.hidden = true;
    main.hidden = false;
    unreadTitle.focus();
  });

  for (const control of [person.control, category.control, severity.control]) {
    control.addEventListener("change", render);
  }
  refresh.addEventListener("click", () => reload(refresh));
  app.on("saved", () => {
    loadedAt = 0;
  });

  // Loaded at once: the tab shows "À lire (n)" before it is opened.
  reload();
  return {
    element,
    onShow() {
      if (Date.now() - loadedAt > STALE_MS) reload();
    },
  };
}

/** The "À lire" panel. */
export const inboxPanel: PanelDefinition = {
  id: "inbox",
  label: (texts) => texts.ui.tabs.inbox,
  create,
};
