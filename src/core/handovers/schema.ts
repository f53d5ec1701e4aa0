// The one zod schema of a handover entry (contract §1 keys), shared by the sidebar, the server and row reading.
import * as z from "zod/mini";
import { isCivilDate } from "../time";
import { SEVERITIES } from "./categories";
import { LIMITS } from "./limits";

/** An entry id: `YYYYMMDD-HHMMSS-xxxxxx`, the civil date and time it was written plus a random suffix. */
export const ID_PATTERN = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-[0-9a-z]{4,12}$/;

const notBlank = z.refine<string>((v) => v.trim().length > 0, { params: { reason: "blank" } });
const civilDateCheck = z.refine<string>((v) => v === "" || isCivilDate(v), { params: { reason: "date" } });

/** Text that must hold something other than spaces. */
const requiredText = (max: number) => z.string().check(notBlank, z.maxLength(max));
/** Optional text: an empty string means absent. */
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/** The optional follow-up of an entry: what must be done, by when (date and/or shift), by whom. */
export const followUpSchema = z.object({
  what: requiredText(LIMITS.followUpWhat),
  due: z.optional(z.string().check(civilDateCheck)),
  shift: optionalText(LIMITS.followUpShift),
  owner: optionalText(LIMITS.followUpOwner),
});

/** What the sidebar sends to `addHandover` (contract §1; `shift` optional: the server derives it when absent). */
export const handoverInputSchema = z.object({
  person: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.person)),
  category: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.category)),
  severity: z.enum(SEVERITIES),
  target: optionalText(LIMITS.target),
  data: requiredText(LIMITS.data),
  actions: optionalText(LIMITS.actions),
  results: optionalText(LIMITS.results),
  followUp: z.optional(followUpSchema),
  corrects: z.optional(z.string().check(z.regex(ID_PATTERN))),
  authorName: z.optional(z.string().check(z.trim(), z.maxLength(LIMITS.authorName))),
  shift: optionalText(LIMITS.shift),
});

/** A stored entry: the input plus what the server fills (contract §1). `correctedBy` lists later corrections. */
export const handoverEntrySchema = z.object({
  ...handoverInputSchema.def.shape,
  id: z.string().check(z.regex(ID_PATTERN)),
  writtenAt: z.string().check(z.minLength(1)),
  author: z.string().check(z.trim(), z.minLength(1)),
  shift: z.string(),
  readBy: z.array(z.string()),
  followUpStatus: z.optional(z.enum(["open", "done"])),
  followUpClosedBy: z.optional(z.string()),
  followUpClosedAt: z.optional(z.string()),
  correctedBy: z.optional(z.array(z.string())),
});

/** What `addHandover` accepts. */
export type HandoverInput = z.infer<typeof handoverInputSchema>;
/** One stored handover entry. */
export type HandoverEntry = z.infer<typeof handoverEntrySchema>;
/** The follow-up part of an entry. */
export type FollowUp = z.infer<typeof followUpSchema>;

/** Removes optional texts left empty (and an empty follow-up due date), so absent means absent. */
export function withoutBlanks<T extends HandoverInput>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const key of ["target", "actions", "results", "authorName", "shift", "corrects"] as const) {
    const value = out[key];
    if (typeof value === "string" && value.trim() === "") delete out[key];
  }
  if (input.followUp) {
    const followUp: Record<string, unknown> = { ...input.followUp };
    for (const key of ["due", "shift", "owner"] as const) {
      const value = followUp[key];
      if (typeof value === "string" && value.trim() === "") delete followUp[key];
    }
    out.followUp = followUp;
  }
  return out as T;
}
