// Renders the briefing e-mails: subject, HTML body and plain-text alternative, in minimal and full modes.
import { escapeHtml } from "./escape";
import { briefingTexts, longDate, teamLine } from "./labels";
import { minimalSummary, redactSummary } from "./minimal";
import { briefingHtmlFragment } from "./render-html";
import { briefingText } from "./render-text";
import type { BriefingModel, MinimalSummary, SlotGroup } from "./types";

/** An e-mail ready for `MailApp.sendEmail({ to, subject, body, htmlBody })`. */
export interface BriefingEmail {
  subject: string;
  /** Plain-text alternative. */
  body: string;
  htmlBody: string;
}

/** The largest body a consumer account may send (200 KB): beyond it the full e-mail falls back to minimal. */
export const MAX_EMAIL_BODY_BYTES = 200 * 1024;

/** The subject: establishment and date, nothing else (no count, no health detail). */
export function briefingSubject(establishment: string, date: string, lang: BriefingModel["lang"]): string {
  return briefingTexts(lang).mail.subject(establishment, longDate(date, lang));
}

const FONT = "font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;";

/** One shift on one line: `Matin (4), 07:00–14:00 : Bernard Hugo, Gauthier Emma`. */
const slotLine = (group: SlotGroup, lang: BriefingModel["lang"]): string => {
  const line = teamLine(group, lang);
  return `${line.label}, ${line.hours}${briefingTexts(lang).label.colon}${line.names}`;
};

/** The minimal e-mail: counts, follow-up counts, today's team and gaps, today's planning errors, the link. */
export function minimalEmail(summary: MinimalSummary): BriefingEmail {
  const { lang, counts } = summary;
  const t = briefingTexts(lang);
  const m = t.mail;
  const colon = t.label.colon;
  const dateText = longDate(summary.date, lang);
  const severity = [
    `${t.severityLabel.urgent}${colon}${counts.bySeverity.urgent}`,
    `${t.severityLabel.watch}${colon}${counts.bySeverity.watch}`,
    `${t.severityLabel.info}${colon}${counts.bySeverity.info}`,
  ];
  const categories = counts.byCategory.map((c) => `${c.category}${colon}${c.count}`);
  const slots = summary.slots.map((g) => slotLine(g, lang));
  const staffNote = !summary.planned ? t.none.noPlanning : slots.length === 0 ? t.none.staffing : null;

  const text: string[] = [m.intro(dateText), m.privacyNote, ""];
  text.push(`${m.counts}${colon}${counts.entries}`);
  text.push(`  ${m.bySeverity}${colon}${severity.join(", ")}`);
  if (counts.unacknowledgedUrgent > 0) text.push(`  ${m.unread(counts.unacknowledgedUrgent)}`);
  if (categories.length > 0) text.push(`  ${m.byCategory}${colon}${categories.join(", ")}`);
  text.push(`${m.followUps}${colon}${m.followUpsDue(counts.followUpsDueToday, counts.followUpsOverdue)}`);
  text.push(m.appointments(counts.appointments), "", m.staffing);
  if (staffNote) text.push(`  ${staffNote}`);
  for (const s of slots) text.push(`  ${s}`);
  text.push("", t.label.gaps);
  text.push(...(summary.gaps.length > 0 ? summary.gaps.map((g) => `  - ${g}`) : [`  ${t.none.gaps}`]));
  if (summary.errorsToday.length > 0) {
    text.push("", m.errorsToday, ...summary.errorsToday.map((e) => `  - ${e}`));
  }
  if (summary.link) text.push("", m.openText(summary.link));
  text.push("", m.footer);

  const li = (items: readonly string[]): string =>
    `<ul style="margin:4px 0 8px 18px;padding:0;">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
  const h2 = (s: string): string => `<h2 style="font-size:15px;margin:16px 0 4px;">${escapeHtml(s)}</h2>`;
  const p = (s: string, style = ""): string => `<p style="margin:4px 0;${style}">${escapeHtml(s)}</p>`;
  const html: string[] = [
    `<div style="${FONT}font-size:14px;max-width:640px;">`,
    `<h1 style="font-size:18px;margin:0 0 8px;">${escapeHtml(briefingSubject(summary.establishment, summary.date, lang))}</h1>`,
    p(m.privacyNote, "color:#555555;font-size:12px;"),
    h2(`${m.counts}${colon}${counts.entries}`),
    li([...severity, ...(counts.unacknowledgedUrgent > 0 ? [m.unread(counts.unacknowledgedUrgent)] : [])]),
  ];
  if (categories.length > 0) html.push(p(`${m.byCategory}${colon}`), li(categories));
  html.push(h2(m.followUps), p(m.followUpsDue(counts.followUpsDueToday, counts.followUpsOverdue)));
  html.push(p(m.appointments(counts.appointments)));
  html.push(h2(m.staffing));
  if (staffNote) html.push(p(staffNote));
  if (slots.length > 0) html.push(li(slots));
  html.push(h2(t.label.gaps), summary.gaps.length > 0 ? li(summary.gaps) : p(t.none.gaps));
  if (summary.errorsToday.length > 0) html.push(h2(m.errorsToday), li(summary.errorsToday));
  if (summary.link) {
    html.push(
      `<p style="margin:16px 0;"><a href="${escapeHtml(summary.link)}" style="background:#1a5fb4;color:#ffffff;padding:8px 14px;text-decoration:none;border-radius:4px;">${escapeHtml(m.open)}</a></p>`,
    );
  }
  html.push(p(m.footer, "color:#777777;font-size:11px;margin-top:16px;"), "</div>");

  return {
    subject: briefingSubject(summary.establishment, summary.date, lang),
    body: `${text.join("\n")}\n`,
    htmlBody: html.join("\n"),
  };
}

/**
 * The minimal e-mail of a briefing with every private name (residents, persons concerned) redacted, in any
 * spelling: the only way the add-on builds a minimal e-mail.
 */
export function privateMinimalEmail(
  model: BriefingModel,
  link: string | null,
  privateNames: readonly string[],
): BriefingEmail {
  return minimalEmail(redactSummary(minimalSummary(model, link), privateNames));
}

/** The same e-mail, marked as a test in its subject and at the top of both bodies. */
export function markedAsTest(email: BriefingEmail, lang: BriefingModel["lang"]): BriefingEmail {
  const m = briefingTexts(lang).mail;
  return {
    subject: m.testSubject(email.subject),
    body: `${m.testNote}\n\n${email.body}`,
    htmlBody: `<p style="${FONT}font-size:14px;font-weight:bold;padding:8px 10px;background:#fff3cd;border:2px solid #8a4b00;">${escapeHtml(m.testNote)}</p>\n${email.htmlBody}`,
  };
}

/** The full e-mail: the whole briefing (only for editors of the spreadsheet), with the link first. */
export function fullEmail(model: BriefingModel, link: string | null): BriefingEmail {
  const m = briefingTexts(model.lang).mail;
  const intro = [m.fullNote, ...(link ? [m.openText(link)] : [])];
  const linkHtml = link
    ? `<p style="${FONT}font-size:13px;"><a href="${escapeHtml(link)}">${escapeHtml(m.open)}</a></p>\n`
    : "";
  return {
    subject: briefingSubject(model.establishment, model.date, model.lang),
    body: `${intro.join("\n")}\n\n${briefingText(model)}\n${m.footer}\n`,
    htmlBody: `<div style="${FONT}">\n${linkHtml}${briefingHtmlFragment(model, [m.fullNote])}\n<p style="${FONT}font-size:11px;color:#777777;">${escapeHtml(m.footer)}</p>\n</div>`,
  };
}

/** The size in bytes of an e-mail's bodies once UTF-8 encoded (no TextEncoder in Apps Script). */
export function emailBodyBytes(email: BriefingEmail): number {
  let bytes = 0;
  for (const text of [email.body, email.htmlBody]) {
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
  }
  return bytes;
}
