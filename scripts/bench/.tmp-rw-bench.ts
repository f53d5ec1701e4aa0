import { benchWorld, breakdown } from "./addon";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
const fake = benchWorld(12, 300);
fake.calls.reset(); checkPlanning(); const first = breakdown(fake.calls.byMethod());
fake.calls.reset(); checkPlanning(); const second = breakdown(fake.calls.byMethod());
fake.calls.reset(); const c = clearPlanningFlags(); const clear = fake.calls.total();
require("node:fs").writeFileSync(process.argv[2] ?? "/tmp/rw/out.json", JSON.stringify({ first, second, clear, c }));
fake.uninstall();
