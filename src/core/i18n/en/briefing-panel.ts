// English: the sidebar's briefing panel (kept apart so the sidebar bundles only its own texts).
import type { briefingPanel as fr } from "../fr/briefing-panel";

export const briefingPanel: typeof fr = {
  title: "Briefing",
  generate: "Generate today's briefing",
  generating: "Generating…",
  date: "Date",
  generated: (tab: string, alerts: number, followUps: number) =>
    `Briefing written to "${tab}": ${alerts} urgent or to-watch handover(s), ${followUps} follow-up(s) due.`,
  morning: "Morning e-mail",
  hour: "Sending hour",
  install: "Turn daily sending on",
  changeHour: "Change the sending hour",
  remove: "Turn off",
  refresh: "Refresh",
  recipients: "Recipients",
  recipientsHint: (mode: string) => `Separated by commas. ${mode}`,
  modes: {
    minimal: "Minimal version: numbers, no name, no text.",
    full: "Full version, to editors of the spreadsheet only.",
  },
  invalidAddresses: (list: string) => `Invalid address(es): ${list}.`,
  needRecipient: "Add at least one valid address to turn sending on.",
  saveRecipients: "Save the recipients",
  saving: "Saving…",
  test: "Send me a test",
  testing: "Sending the test…",
  loading: "Loading…",
};
