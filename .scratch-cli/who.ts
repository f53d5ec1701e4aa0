import { buildPlannings } from "../scripts/demo/roster";
for (const u of buildPlannings()) for (const r of u.rows) console.log(u.unit, r.name, ["2026-11-25","2026-11-26","2026-11-27","2026-12-09"].map(d=>r.codes.get(d)).join(" "));
