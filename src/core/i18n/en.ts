// English catalogue: the same shape as the French one, section by section from ./en/.

import { addon } from "./en/addon";
import { briefing } from "./en/briefing";
import { check } from "./en/check";
import { cli } from "./en/cli";
import { common } from "./en/common";
import { gas } from "./en/gas";
import { groups } from "./en/groups";
import { handovers } from "./en/handovers";
import { planning } from "./en/planning";
import { reading } from "./en/reading";
import { replacement } from "./en/replacement";
import { rules } from "./en/rules";
import { settings } from "./en/settings";
import { sidebar } from "./en/sidebar";
import type { fr } from "./fr";

export const en: typeof fr = {
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
