// `npm run bench`: the engine, the add-on path under the fake, the handover log and the xlsx reading, as tables.
import { benchEngine } from "./bench/engine";

console.log("Planning engine (synthetic monthly grids, code-du-travail)\n");
console.log(benchEngine());
