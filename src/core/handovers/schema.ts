// The one zod schema of a handover entry (contract §1 keys), shared by the sidebar, the server and row reading.
import * as z from "zod/mini";
import { isCivilDate } from "../time";
import { SEVERITIES } from "./categories";
import { LIMITS } from "./limits";
import { distinctNames, MAX_PERSONS } from "./persons";

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

/**
 * The id a sidebar gives a draft, so that saving it twice (a slow network, a closed sidebar) stores it once:
 * the draft's start time in base 36 (epoch ms), a dash and random letters.
 */
export const REQUEST_ID_PATTERN = /^[0-9a-z]{6,12}-[0-9a-z]{8,32}$/;

const personName = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.person));

const atLeastOnePerson = z.refine<{ person?: string; persons?: string[] }>(
  (v) => Boolean(v.person) || (v.persons?.length ?? 0) > 0,
  { path: ["person"], params: { reason: "blank" } },
);

/**
 * What the sidebar sends to `addHandover` (contract §1). An entry concerns one person (`person`, older callers)
 * or several (`persons`); both may be given. `shift` is optional (the server derives it from the time);
 * `requestId` makes a repeated save of the same draft store nothing new.
 */
export const handoverInputSchema = z
  .object({
    person: z.optional(personName()),
    persons: z.optional(z.array(personName()).check(z.maxLength(MAX_PERSONS))),
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
    requestId: z.optional(z.string().check(z.regex(REQUEST_ID_PATTERN))),
  })
  .check(atLeastOnePerson);

/**
 * A stored entry: the input plus what the server fills (contract §1). `person` is the first person concerned
 * (older readers keep working) and `persons` all of them; `correctedBy` lists later corrections;
 * `editedInSheet` marks an entry whose text no longer matches the fingerprint written with it.
 */
export const handoverEntrySchema = z.object({
  ...handoverInputSchema.def.shape,
  person: personName(),
  id: z.string().check(z.regex(ID_PATTERN)),
  writtenAt: z.string().check(z.minLength(1)),
  author: z.string().check(z.trim(), z.minLength(1)),
  shift: z.string(),
  readBy: z.array(z.string()),
  followUpStatus: z.optional(z.enum(["open", "done"])),
  followUpClosedBy: z.optional(z.string()),
  followUpClosedAt: z.optional(z.string()),
  correctedBy: z.optional(z.array(z.string())),
  editedInSheet: z.optional(z.boolean()),
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

/** An input whose people are settled: `persons` holds every one (no repeat), `person` the first. */
export type ParsedInput = HandoverInput & { person: string; persons: string[] };

/** Puts `person` and `persons` together (the single `person` first when both are given). */
export function withPersons(input: HandoverInput): ParsedInput {
  const persons = distinctNames([...(input.person ? [input.person] : []), ...(input.persons ?? [])]);
  return { ...input, person: persons[0] ?? "", persons };
}
