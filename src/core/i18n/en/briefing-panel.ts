// English: the sidebar's briefing panel (kept apart so the sidebar bundles only its own texts).
import type { briefingPanel as fr } from "../fr/briefing-panel";

export const briefingPanel: typeof fr = {
  title: "Briefing",
  generate: "Generate today's briefing",
  generating: "Generating…",
  date: "Date",
  generated: (tab: string, alerts: number, followUps: number) =>
    `Briefing written to "${tab}": ${alerts} urgent or to-watch handover(s), ${followUps} follow-up(s) due.`,
  morning: "Morning briefing e-mail",
  hour: "Sending hour",
  install: "Turn daily sending on",
  changeHour: "Change the sending hour",
  remove: "Turn off",
  refresh: "Refresh",
  recipients: (list: string, mode: string) => `Recipients: ${list} (${mode} mode).`,
  noRecipients: "No recipient in the Settings tab (briefing.recipients).",
  modes: { minimal: "minimal", full: "full" },
  loading: "Loading…",
};
