import { buildPlannings } from "../scripts/demo/roster";
import { demoHandovers } from "../scripts/demo/handovers";
const p = buildPlannings();
for (const e of demoHandovers()) {
  const date = e.writtenAt.slice(0, 10);
  const hour = Number(e.writtenAt.slice(11, 13));
  const prev = new Date(Date.parse(date + "T12:00:00Z") - 86400000).toISOString().slice(0, 10);
  const who: string[] = [];
  for (const u of p) for (const r of u.rows) {
    const c = r.codes.get(date); const cp = r.codes.get(prev);
    if (hour < 8 && cp === "N") who.push(`${u.unit}:${r.name}(N)`);
    if (hour >= 8 && hour < 15 && (c === "M" || c === "J")) who.push(`${u.unit}:${r.name}(${c})`);
    if (hour >= 15 && c === "S") who.push(`${u.unit}:${r.name}(S)`);
  }
  const ok = who.some((w) => w.includes(e.author));
  console.log(ok ? "ok " : "BAD", e.writtenAt, e.author, ok ? "" : who.join(", "));
}
