// One-line cards of "À lire" (an entry, or a follow-up) that open in place on the entry's whole text and actions.
import type { HandoverEntry, TeamMember } from "../../src/core/handovers/api";
import { followUpTiming, isForReader, isUnreadBy } from "../../src/core/handovers/inbox";
import { personsOf } from "../../src/core/handovers/persons";
import { type DayNumber, dayNumber, isCivilDate } from "../../src/core/time";
import { append, el, uid } from "../dom";
import { type SidebarTexts, shortDate, shortDateTime, timeOf } from "../i18n";

/** What the cards need to know and do (the panel provides it). */
export interface CardContext {
  texts: SidebarTexts;
  /** The reader's identities (e-mail, team name, typed name). */
  reader: readonly string[];
  team: readonly TeamMember[];
  today: DayNumber;
  acknowledge(entry: HandoverEntry, button: HTMLButtonElement): void;
  closeFollowUp(entry: HandoverEntry, button: HTMLButtonElement): void;
  correct(entry: HandoverEntry): void;
  history(person: string): void;
}

/** A name for an e-mail address when the Équipe tab links it, else the text as it is. */
export function displayName(who: string, team: readonly TeamMember[]): string {
  const lower = who.trim().toLowerCase();
  return team.find((m) => m.email?.toLowerCase() === lower)?.name ?? who;
}

/** A name short enough for a card's line: an address's local part, else the first word (`Lambert`, `sam`). */
export function shortName(name: string): string {
  const text = name.trim();
  if (text.includes("@")) return text.slice(0, text.indexOf("@"));
  return text.split(/\s+/)[0] ?? text;
}

/** On a card's line: `21:45` for today, `24/11` for another day (the time is in the opened card). */
function when(iso: string, today: DayNumber): string {
  const date = iso.slice(0, 10);
  return isCivilDate(date) && dayNumber(date) === today ? timeOf(iso) : shortDate(date).slice(0, 5);
}

/** The cible, or the first words of the text. */
function gist(entry: HandoverEntry): string {
  if (entry.target) return entry.target;
  const words = entry.data.replace(/\s+/g, " ").trim().split(" ");
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : words.join(" ");
}

/** Is this entry still to be read by this reader (never, when the reader is unknown: nothing to sign with)? */
export function unreadBy(entry: HandoverEntry, reader: readonly string[]): boolean {
  return reader.length > 0 && isUnreadBy(entry, reader);
}

/** The whole entry: text, people (each opens their history), follow-up, who read it, and its buttons. */
function body(entry: HandoverEntry, ctx: CardContext, id: string): HTMLElement {
  const { ui, lang } = ctx.texts;
  const t = ui.inbox;
  const node = el("div", { class: "card-body", id, hidden: true });
  const people = el("p", { class: "people" }, `${t.about} `);
  personsOf(entry).forEach((person, i) => {
    if (i > 0) people.append(" ");
    const link = el("button", { type: "button", class: "link", "aria-label": t.history(person) }, person);
    link.addEventListener("click", () => ctx.history(person));
    people.append(link);
  });
  node.append(people);
  if (entry.editedInSheet) node.append(el("p", { class: "note edited" }, t.editedNote));
  if (entry.corrects) node.append(el("p", { class: "note" }, t.correction));
  if (entry.correctedBy?.length) node.append(el("p", { class: "note" }, t.corrected));
  const colon = lang === "en" ? ": " : " : ";
  const part = (label: string, text: string | undefined) =>
    text ? el("p", { class: "text" }, el("strong", {}, `${label}${colon}`), text) : null;
  for (const p of [
    part(ui.form.target, entry.target),
    part(ui.form.data, entry.data),
    part(ui.form.actions, entry.actions),
    part(ui.form.results, entry.results),
  ]) {
    if (p) node.append(p);
  }
  if (entry.followUp) {
    node.append(el("p", { class: `follow-up-line ${entry.followUpStatus ?? ""}` }, followUpText(entry, ctx)));
    if (entry.followUpStatus === "done" && entry.followUpClosedBy && entry.followUpClosedAt) {
      node.append(
        el(
          "p",
          { class: "meta" },
          t.followUpDone(
            displayName(entry.followUpClosedBy, ctx.team),
            shortDateTime(entry.followUpClosedAt, lang),
          ),
        ),
      );
    }
  }
  node.append(
    el(
      "p",
      { class: "meta" },
      t.by(displayName(entry.author, ctx.team), shortDateTime(entry.writtenAt, lang), entry.shift),
    ),
    el(
      "p",
      { class: "meta" },
      entry.readBy.length > 0
        ? t.readBy(entry.readBy.map((r) => displayName(r, ctx.team)).join(", "))
        : t.notReadYet,
    ),
  );
  const buttons = el("div", { class: "actions-row" });
  if (unreadBy(entry, ctx.reader) || (ctx.reader.length === 0 && !entry.readBy.length)) {
    const ack = el("button", { type: "button", class: "primary" }, t.acknowledge);
    ack.addEventListener("click", () => ctx.acknowledge(entry, ack));
    buttons.append(ack);
  }
  if (entry.followUpStatus === "open") {
    const done = el("button", { type: "button", class: "secondary" }, t.closeFollowUp);
    done.addEventListener("click", () => ctx.closeFollowUp(entry, done));
    buttons.append(done);
  }
  const correct = el("button", { type: "button", class: "secondary" }, t.correct);
  correct.addEventListener("click", () => ctx.correct(entry));
  buttons.append(correct);
  node.append(buttons);
  return node;
}

/** The follow-up in words: what, by when, for whom ("pour vous" when it is the reader). */
export function followUpText(entry: HandoverEntry, ctx: CardContext): string {
  const t = ctx.texts.ui.inbox;
  if (!entry.followUp) return "";
  const bits = [t.followUp(entry.followUp.what)];
  if (entry.followUp.due) bits.push(t.followUpDue(shortDate(entry.followUp.due)));
  if (entry.followUp.shift) bits.push(entry.followUp.shift);
  if (entry.followUp.owner)
    bits.push(isForReader(entry, ctx.reader) ? t.forYou : t.followUpFor(entry.followUp.owner));
  return bits.join(" · ");
}

/** A card whose one-line title opens the entry in place. `kind` picks the title: the entry or its follow-up. */
export function card(entry: HandoverEntry, ctx: CardContext, kind: "entry" | "followUp"): HTMLElement {
  const { ui, handovers } = ctx.texts;
  const t = ui.inbox;
  const bodyId = uid("card");
  const unread = unreadBy(entry, ctx.reader);
  const toggle = el("button", {
    type: "button",
    class: "card-toggle",
    "aria-expanded": "false",
    "aria-controls": bodyId,
    "data-id": entry.id,
  });
  const people = personsOf(entry).join(", ");
  if (kind === "entry") {
    // Info needs no badge (said to screen readers); the person and the gist share the line's room.
    const badge =
      entry.severity === "info"
        ? el("span", { class: "visually-hidden" }, `${handovers.severity.info}, `)
        : el("span", { class: `badge sev-${entry.severity}` }, handovers.severity[entry.severity]);
    toggle.append(
      badge,
      el(
        "span",
        { class: "what" },
        el("strong", {}, people),
        ` — ${entry.editedInSheet ? `${gist(entry)} (${t.edited})` : gist(entry)}`,
      ),
      el(
        "span",
        { class: "when" },
        `${when(entry.writtenAt, ctx.today)} · ${shortName(displayName(entry.author, ctx.team))}`,
      ),
    );
  } else {
    const timing = followUpTiming(entry, ctx.today);
    const due =
      timing?.kind === "overdue"
        ? t.late
        : timing?.kind === "today"
          ? t.today
          : entry.followUp?.due
            ? t.dueOn(shortDate(entry.followUp.due).slice(0, 5))
            : "";
    const owner = entry.followUp?.owner;
    append(
      toggle,
      due ? el("span", { class: `badge due-${timing?.kind ?? "later"}` }, due) : null,
      el("span", { class: "what" }, `${entry.followUp?.what ?? ""} — `, el("strong", {}, people)),
      owner
        ? el(
            "span",
            { class: `when${isForReader(entry, ctx.reader) ? " mine" : ""}` },
            isForReader(entry, ctx.reader) ? t.forYou : shortName(owner),
          )
        : null,
    );
  }
  const details = body(entry, ctx, bodyId);
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    details.hidden = !open;
  });
  const classes = ["card", `sev-${entry.severity}`];
  if (unread && kind === "entry") classes.push("unread");
  if (entry.correctedBy?.length) classes.push("is-corrected");
  return el("li", { class: classes.join(" ") }, el("h3", { class: "card-title" }, toggle), details);
}
