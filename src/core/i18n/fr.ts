// French catalogue (the reference): every user-facing string, one section per file in ./fr/.
import { common } from "./fr/common";
import { gas } from "./fr/gas";

export const fr = {
  common,
  gas,
};
