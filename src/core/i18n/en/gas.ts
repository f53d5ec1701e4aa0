// English: the add-on's menu, dialogs and toasts in Google Sheets.
import type { gas as fr } from "../fr/gas";

export const gas: typeof fr = {
  menu: {
    open: "Open Relève",
    check: "Check the planning",
    clear: "Clear the marks",
    briefing: "Generate the briefing",
    setup: "Set up the workbook",
    morning: "Morning briefing by e-mail…",
  },
  sidebarTitle: "Relève",
  feature: {
    sidebar: "Open Relève",
    setup: "Set up the workbook",
    check: "Check the planning",
    clear: "Clear the marks",
    addHandover: "Save a handover",
    listHandovers: "Read the handovers",
    briefing: "Generate the briefing",
    sendBriefing: "Send the morning briefing",
    installBriefing: "Morning briefing by e-mail",
    removeBriefing: "Stop the morning briefing",
  },
};
