// Who receives the morning e-mail and in which form: addresses validated, full mode only for editors.
import type { Lang } from "../i18n";
import { isEmailAddress, splitAddresses } from "./addresses";
import { briefingTexts } from "./labels";
import type { BriefingMode } from "./types";

export { isEmailAddress, recipientsOfText, splitAddresses } from "./addresses";

/** The most recipients Apps Script accepts on one message. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

/** Who gets which e-mail, and what to tell the coordinator about the list. */
export interface RecipientPlan {
  /** Recipients of the full briefing (full mode, editors of the spreadsheet). */
  full: string[];
  /** Recipients of the minimal e-mail. */
  minimal: string[];
  /** Addresses that are not e-mail addresses (skipped). */
  invalid: string[];
  /** Addresses refused the full mode because they are not editors (they get the minimal e-mail). */
  refusedFull: string[];
  /** Messages for the coordinator (settings problems), in the user's language. */
  problems: string[];
}

/**
 * Splits the configured recipients: invalid addresses are skipped; in full mode, editors (compared
 * case-insensitively) get the full briefing and everyone else the minimal one, with a message naming them.
 */
export function planRecipients(
  recipients: readonly string[],
  mode: BriefingMode,
  editors: readonly string[],
  lang: Lang,
): RecipientPlan {
  const t = briefingTexts(lang).error;
  const editorSet = new Set(editors.map((e) => e.trim().toLowerCase()));
  const seen = new Set<string>();
  const plan: RecipientPlan = { full: [], minimal: [], invalid: [], refusedFull: [], problems: [] };
  for (const raw of recipients.flatMap(splitAddresses)) {
    const key = raw.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (!isEmailAddress(raw)) plan.invalid.push(raw);
    else if (mode !== "full") plan.minimal.push(raw);
    else if (editorSet.has(key)) plan.full.push(raw);
    else {
      plan.refusedFull.push(raw);
      plan.minimal.push(raw);
    }
  }
  if (plan.invalid.length > 0) plan.problems.push(t.badAddress(plan.invalid.join(", ")));
  if (plan.refusedFull.length > 0) plan.problems.push(t.fullRefused(plan.refusedFull.join(", ")));
  if (plan.full.length + plan.minimal.length === 0) plan.problems.push(t.noRecipients);
  return plan;
}

/** A list cut into chunks of at most `size` (recipients per message). */
export function chunks<T>(items: readonly T[], size = MAX_RECIPIENTS_PER_MESSAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
