import { benchWorld } from "./addon";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
const fake = benchWorld(12, 300);
fake.calls.reset(); checkPlanning(); const first = fake.calls.total();
fake.calls.reset(); checkPlanning(); const second = fake.calls.total();
fake.calls.reset(); const c = clearPlanningFlags(); const clear = fake.calls.total();
console.log(JSON.stringify({ first, second, clear, c }));
fake.uninstall();
