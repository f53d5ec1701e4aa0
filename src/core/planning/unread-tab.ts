// The `unread-tab` finding: a tab holding content that was not read, read only partly, or whose dates are unknown.
import type { Finding } from "../findings";
import { type Lang, messages } from "../i18n";
import { a1, type TabSnapshot } from "../workbook";
import { describeReason } from "./reading-words";
import type { TabReading } from "./types";

/** The warning for a tab that did not end `read`: why, what to supply, and the cell that shows it. */
export function unreadTabFinding(tab: TabSnapshot, reading: TabReading, lang: Lang): Finding {
  const t = messages(lang).reading;
  const reason = describeReason(reading.reason ?? { kind: "unknownLayout" }, tab.name, lang);
  const at = reading.reason && "cell" in reading.reason ? reading.reason.cell : undefined;
  const cell = at && at.tab === tab.name ? a1(at.row, at.col) : "";
  return {
    ruleId: "unread-tab",
    severity: "warning",
    person: null,
    date: null,
    tab: tab.name,
    cells: cell ? [cell] : [],
    message:
      reading.status === "partial"
        ? t.partialTab(tab.name, reason)
        : t.unreadTab(tab.name, t.status[reading.status], reason, cell),
    details: { status: reading.status, reason: reading.reason?.kind ?? "unknownLayout" },
  };
}
