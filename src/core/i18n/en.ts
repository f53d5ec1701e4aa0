// English catalogue: the same shape as the French one, section by section from ./en/.
import type { fr } from "./fr";
import { common } from "./en/common";
import { gas } from "./en/gas";

export const en: typeof fr = {
  common,
  gas,
};
