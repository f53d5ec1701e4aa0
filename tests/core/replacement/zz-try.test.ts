import { findReplacements } from "../../../src/core/replacement";
import { checked } from "../../../tests/core/replacement/support";
import { sundayEvening, nightWithVeilleur, swapFound, noWayOut } from "../../../tests/core/replacement/scenarios";
const show = (r: ReturnType<typeof findReplacements>) => JSON.stringify({c: r.candidates.map(c => [c.name, c.clean, c.worst, c.summary, c.reasons, c.placement && [c.placement.a1, c.placement.text, c.placement.previous]]), s: r.swaps.map(s=>[s.description, s.writes.map(w=>[w.person,w.a1,w.text,w.previous]), s.giverFindings.map(f=>f.message), s.takerFindings.map(f=>f.message)]), ss: r.swapSearch}, null, 1);
test("x", () => {
  const a = checked(sundayEvening.rows, sundayEvening.staff);
  console.log(a.findings.filter(f=>f.severity!=="info").map(f=>f.message));
  console.log(show(findReplacements(a, { date: "2026-11-15", shift: "S", absent: "Léa Martin" })));
  const b = checked(nightWithVeilleur.rows, nightWithVeilleur.staff, "ccn66");
  console.log(show(findReplacements(b, { date: "2026-11-10", shift: "N", absent: "NUIT Claire", qualification: "veilleur" })));
  console.log(show(findReplacements(checked(swapFound), { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" })));
  console.log(show(findReplacements(checked(noWayOut), { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" })));
});
