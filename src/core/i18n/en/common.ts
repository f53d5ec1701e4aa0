// English: words shared by every part (severities, product name, units).
import type { common as fr } from "../fr/common";

export const common: typeof fr = {
  product: "Relève",
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  severity: { error: "Error", warning: "Warning", info: "Information" },
  severityPlural: { error: "errors", warning: "warnings", info: "notes" },
  notYetAvailable: (feature: string) => `"${feature}" is not available yet in this version of Relève.`,
};
