// Parses a handover input or query and turns zod issues into field-level messages in the user's language.
import type * as z from "zod/mini";
import type { Lang } from "../i18n";
import { handovers as en } from "../i18n/en/handovers";
import { handovers as fr } from "../i18n/fr/handovers";
import { handoverInputSchema, type ParsedInput, withoutBlanks, withPersons } from "./schema";

/** One refused field: its path (`data`, `followUp.what`) and the message naming it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The outcome of a validation: the parsed value, or the refused fields. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The message catalogue of handover texts in a language. */
export function handoverTexts(lang: Lang): typeof fr {
  return lang === "en" ? en : fr;
}

/** Field-level messages for zod issues, one per field (the first issue of each field wins). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], lang: Lang): FieldError[] {
  const t = handoverTexts(lang);
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    // Any name of the list is "the person concerned" for the user (one field in the form).
    const field = issue.path[0] === "persons" ? "person" : issue.path.map(String).join(".");
    if (seen.has(field)) continue;
    seen.add(field);
    if (field === "") {
      out.push({ field, message: t.error.notAnObject });
      continue;
    }
    const name = t.field[field] ?? field;
    out.push({ field, message: messageOf(issue, name, t) });
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue, name: string, t: typeof fr): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? t.error.required(name)
        : t.error.invalid(name);
    case "too_small":
      return t.error.required(name);
    case "too_big":
      return t.error.tooLong(name, Number(issue.maximum));
    case "invalid_value":
      return t.error.choice(name);
    case "custom": {
      const reason = (issue.params as { reason?: string } | undefined)?.reason;
      if (reason === "blank") return t.error.required(name);
      if (reason === "date") return t.error.date(name);
      if (reason === "instant") return t.error.instant(name);
      return t.error.invalid(name);
    }
    default:
      return t.error.invalid(name);
  }
}

/** True when an untrusted input names at least one person (`person` or a non-empty `persons`). */
function hasPerson(raw: unknown): boolean {
  if (typeof raw !== "object" || raw === null) return true;
  const { person, persons } = raw as { person?: unknown; persons?: unknown };
  return (
    (typeof person === "string" && person.trim() !== "") ||
    (Array.isArray(persons) && persons.some((p) => typeof p === "string" && p.trim() !== ""))
  );
}

/** Validates a handover input from an untrusted source; blank optional texts are dropped, people settled. */
export function validateHandoverInput(raw: unknown, lang: Lang): Validation<ParsedInput> {
  const result = handoverInputSchema.safeParse(raw);
  if (!result.success) {
    const errors = fieldErrors(result.error.issues, lang);
    // The "at least one person" check runs only on an otherwise valid object: say it with the others.
    if (!errors.some((e) => e.field === "person") && !hasPerson(raw)) {
      const t = handoverTexts(lang);
      errors.unshift({ field: "person", message: t.error.required(t.field.person ?? "person") });
    }
    return { ok: false, errors };
  }
  return { ok: true, value: withPersons(withoutBlanks(result.data)) };
}

/** An error whose message names each refused field; `fields` keeps them for the sidebar. */
export class HandoverInputError extends Error {
  readonly fields: FieldError[];
  constructor(message: string, fields: FieldError[]) {
    super(message);
    this.name = "HandoverInputError";
    this.fields = fields;
  }
}

/** The input, or throws a HandoverInputError whose message lists each wrong field in the user's language. */
export function parseHandoverInput(raw: unknown, lang: Lang): ParsedInput {
  const result = validateHandoverInput(raw, lang);
  if (result.ok) return result.value;
  throw refusal(result.errors, lang);
}

/** The error for refused fields: "Transmission non enregistrée. Données : à remplir. …". */
export function refusal(errors: FieldError[], lang: Lang): HandoverInputError {
  const t = handoverTexts(lang);
  return new HandoverInputError(t.error.refused(errors.map((e) => e.message).join(" ")), errors);
}
