// Public surface of the handover core: schema, validation, rows, queries, day index, shifts, categories.
export * from "./api";
export * from "./categories";
export * from "./day-index";
export * from "./ids";
export * from "./limits";
export * from "./query";
export * from "./rows";
export * from "./schema";
export * from "./shift";
export * from "./validate";
