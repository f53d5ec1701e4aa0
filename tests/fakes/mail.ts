// MailApp: records every message, counts recipients against the daily quota, applies the per-message limits.
import type { FakeContext } from "./context";
import { SERVICE, type ServiceObject } from "./counting";

/** One message sent. */
export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** Every recipient (to, cc, bcc), trimmed. */
  recipients: string[];
  /** The user the message was sent as, and the execution that sent it. */
  sentBy: string;
  execution: string;
}

/** Options of `sendEmail`. */
interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const BODY_LIMIT = 200 * 1024;

const split = (list: string | undefined): string[] =>
  (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Sent messages and the remaining quota (`fake.mail`). */
export class MailState {
  readonly sent: SentMail[] = [];
  constructor(public remaining: number) {}
}

/** `MailApp`. */
export class FakeMailApp implements ServiceObject {
  readonly [SERVICE] = "MailApp";
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: MailState,
  ) {}

  /**
   * `sendEmail(message)`, `sendEmail(to, subject, body)`, `sendEmail(to, subject, body, options)`,
   * `sendEmail(to, replyTo, subject, body)`. Each recipient costs one unit of quota; at 0 it throws
   * "Service invoked too many times for one day: email.".
   */
  sendEmail(a: string | MailOptions, b?: string, c?: string, d?: string | MailOptions): void {
    let m: MailOptions;
    if (typeof a === "object" && a !== null) m = { ...a };
    else if (typeof d === "string") m = { to: a, replyTo: b, subject: c, body: d };
    else m = { ...(d ?? {}), to: a, subject: b, body: c };
    const recipients = [...split(m.to), ...split(m.cc), ...split(m.bcc)];
    if (recipients.length === 0) throw new Error("Failed to send email: no recipient");
    for (const r of recipients) if (!EMAIL.test(r)) throw new Error(`Invalid email: ${r}`);
    if (recipients.length > 50) throw new Error("Limit Exceeded: Email Recipients Per Message.");
    const bodySize = Buffer.byteLength(m.body ?? "") + Buffer.byteLength(m.htmlBody ?? "");
    if (bodySize > BODY_LIMIT) throw new Error("Limit Exceeded: Email Body Size.");
    if (this.state.remaining < recipients.length) {
      throw new Error("Service invoked too many times for one day: email.");
    }
    this.state.remaining -= recipients.length;
    this.state.sent.push({
      to: m.to ?? "",
      cc: m.cc ?? "",
      bcc: m.bcc ?? "",
      subject: String(m.subject ?? ""),
      body: String(m.body ?? ""),
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      noReply: m.noReply ?? false,
      recipients,
      sentBy: this.ctx.execution.userEmail || this.ctx.options.effectiveUserEmail,
      execution: this.ctx.execution.id,
    });
  }

  getRemainingDailyQuota(): number {
    return this.state.remaining;
  }
}
