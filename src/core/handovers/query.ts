// listHandovers queries: validation, resolution to instants, filtering and the reading order of the sidebar.

import * as z from "zod/mini";
import type { Lang } from "../i18n";
import { foldText as fold } from "../text";
import { dayNumber, epochMsOfIso, isCivilDate, type Zone } from "../time";
import { SEVERITIES } from "./categories";
import { MAX_LIST_LIMIT } from "./limits";
import { personsOf } from "./persons";
import type { HandoverEntry } from "./schema";
import { type FieldError, fieldErrors, HandoverInputError, handoverTexts } from "./validate";

const instantCheck = z.refine<string>((v) => isCivilDate(v) || epochMsOfIso(v) !== null, {
  params: { reason: "instant" },
});

/** A listHandovers query (contract §1): `since`/`until` are `YYYY-MM-DD` (whole day) or ISO date-times. */
export const handoverQuerySchema = z.object({
  since: z.optional(z.string().check(instantCheck)),
  until: z.optional(z.string().check(instantCheck)),
  person: z.optional(z.string().check(z.trim())),
  category: z.optional(z.string().check(z.trim())),
  severity: z.optional(z.enum(SEVERITIES)),
  openFollowUpsOnly: z.optional(z.boolean()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_LIST_LIMIT))),
});

/** A listHandovers query. */
export type HandoverQuery = z.infer<typeof handoverQuerySchema>;

/** A query with its bounds as epoch milliseconds (inclusive) and a definite limit. */
export interface ResolvedQuery extends Omit<HandoverQuery, "since" | "until" | "limit"> {
  sinceMs?: number;
  untilMs?: number;
  limit: number;
}

/** Parses an untrusted query (null/undefined = everything); throws with field-level messages when refused. */
export function parseHandoverQuery(raw: unknown, lang: Lang): HandoverQuery {
  const result = handoverQuerySchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const errors: FieldError[] = fieldErrors(result.error.issues, lang).map((e) =>
    e.field === "limit"
      ? {
          ...e,
          message: handoverTexts(lang).error.number(
            handoverTexts(lang).field.limit ?? "limit",
            1,
            MAX_LIST_LIMIT,
          ),
        }
      : e,
  );
  return fail(errors, lang);
}

function fail(errors: FieldError[], lang: Lang): never {
  throw new HandoverInputError(
    handoverTexts(lang).error.queryRefused(errors.map((e) => e.message).join(" ")),
    errors,
  );
}

/** Start (or end, exclusive → inclusive) of a bound in epoch ms: a civil date is its midnight in the zone. */
function boundMs(text: string, zone: Zone, end: boolean): number {
  if (isCivilDate(text)) {
    const day = dayNumber(text) + (end ? 1 : 0);
    return zone.toInstant(day, 0) * 60000 - (end ? 1 : 0);
  }
  return epochMsOfIso(text) as number;
}

/** Resolves the bounds of a parsed query in the spreadsheet's zone. */
export function resolveQuery(query: HandoverQuery, zone: Zone): ResolvedQuery {
  const { since, until, limit, ...rest } = query;
  const out: ResolvedQuery = { ...rest, limit: limit ?? MAX_LIST_LIMIT };
  if (since !== undefined) out.sinceMs = boundMs(since, zone, false);
  if (until !== undefined) out.untilMs = boundMs(until, zone, true);
  return out;
}

/** True when an entry matches every criterion of a query. */
export function matchesQuery(entry: HandoverEntry, q: ResolvedQuery): boolean {
  const at = epochMsOfIso(entry.writtenAt);
  if (at === null) return false;
  if (q.sinceMs !== undefined && at < q.sinceMs) return false;
  if (q.untilMs !== undefined && at > q.untilMs) return false;
  if (q.person && !personsOf(entry).some((p) => fold(p) === fold(q.person as string))) return false;
  if (q.category && fold(entry.category) !== fold(q.category)) return false;
  if (q.severity && entry.severity !== q.severity) return false;
  if (q.openFollowUpsOnly && entry.followUpStatus !== "open") return false;
  return true;
}

/** Newest first (by time written, then id). */
export function newestFirst(a: HandoverEntry, b: HandoverEntry): number {
  const ta = epochMsOfIso(a.writtenAt) ?? 0;
  const tb = epochMsOfIso(b.writtenAt) ?? 0;
  return tb - ta || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The entries matching a query, newest first, at most `limit`, without duplicates (by id). */
export function applyQuery(entries: readonly HandoverEntry[], q: ResolvedQuery): HandoverEntry[] {
  const byId = new Map<string, HandoverEntry>();
  for (const entry of entries) if (matchesQuery(entry, q)) byId.set(entry.id, entry);
  return [...byId.values()].sort(newestFirst).slice(0, q.limit);
}
