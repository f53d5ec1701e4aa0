// French catalogue (the reference): every user-facing string, one section per file in ./fr/.
import { addon } from "./fr/addon";
import { briefing } from "./fr/briefing";
import { check } from "./fr/check";
import { cli } from "./fr/cli";
import { common } from "./fr/common";
import { gas } from "./fr/gas";
import { groups } from "./fr/groups";
import { handovers } from "./fr/handovers";
import { planning } from "./fr/planning";
import { reading } from "./fr/reading";
import { replacement } from "./fr/replacement";
import { rules } from "./fr/rules";
import { settings } from "./fr/settings";
import { sidebar } from "./fr/sidebar";

export const fr = {
  addon,
  briefing,
  check,
  cli,
  common,
  gas,
  groups,
  handovers,
  planning,
  reading,
  replacement,
  rules,
  settings,
  sidebar,
};
