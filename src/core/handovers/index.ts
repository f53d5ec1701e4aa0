// Public surface of the handover core: schema, validation, rows, queries, day index, shifts, categories.
export * from "./api";
export * from "./categories";
export * from "./columns";
export * from "./day-index";
export * from "./fingerprint";
export * from "./ids";
export * from "./inbox";
export * from "./limits";
export * from "./persons";
export * from "./query";
export * from "./rows";
export * from "./schema";
export * from "./shift";
export * from "./validate";
