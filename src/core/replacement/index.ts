// Public entry points of "Qui peut remplacer ?" for the CLI, the add-on and the benchmark.
export { compareCandidates } from "./candidates";
export { findReplacements } from "./find";
export { BEST_COUNT, type CandidateGroups, groupCandidates } from "./groups";
export { diffFindings, runPersonRules } from "./person-check";
export { placementFor, placeShift } from "./placement";
export type * from "./types";
export { ReplacementError, type ReplacementErrorKind, resolveVacancy, vacancyFromCell } from "./vacancy";
