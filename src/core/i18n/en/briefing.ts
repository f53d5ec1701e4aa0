// English: the daily briefing (tab, HTML file, e-mail) and the morning e-mail's status and errors.

import type { briefing as fr } from "../fr/briefing";
import { briefingPanel } from "./briefing-panel";

export const briefing: typeof fr = {
  title: "Briefing",
  longDate: (weekday: string, day: number, month: string, year: number) =>
    `${weekday} ${day} ${month} ${year}`,
  heading: (establishment: string, date: string) =>
    establishment ? `Briefing for ${date} — ${establishment}` : `Briefing for ${date}`,
  window: (since: string, until: string) => `Handovers from ${since} to ${until}`,
  generatedAt: (when: string) => `Generated on ${when}`,
  section: {
    alerts: "1. Urgent and to watch",
    followUps: "2. Follow-ups due today or overdue",
    appointments: "3. Today's appointments",
    staffing: "4. Today's team and planning",
    others: "5. Other handovers, by person",
  },
  columns: { when: "When", who: "Person", what: "Category", text: "Handover" },
  followUpColumns: { due: "Due", who: "Person", owner: "Who does it", what: "To do" },
  findingColumns: { date: "Date", severity: "Severity", message: "Problem" },
  none: {
    alerts: "No urgent or to-watch handover.",
    followUps: "No follow-up due.",
    appointments: "No appointment today.",
    staffing: "Nobody is planned today.",
    noPlanning: "No planning tab covers this date.",
    others: "No other handover.",
    gaps: "No coverage gap today or in the next two days.",
    findings: "No planning problem today or in the next two days.",
  },
  label: {
    colon: ": ",
    target: "Focus",
    data: "Data",
    actions: "Action",
    results: "Result",
    followUp: "Follow-up",
    due: "due",
    owner: "by",
    shift: "shift",
    author: "by",
    readBy: (names: string) => `read by ${names}`,
    readByNobody: "read by nobody",
    readByTeam: "read by the whole team of the day",
    unreadBy: (names: string) => `not read by ${names}`,
    unreadByTeam: "not read by the team of the day",
    unreadByRest: "not read by the rest of the team of the day",
    corrected: "corrected by a later handover",
    corrects: "corrects an earlier handover",
    editedInSheet: "edited in the sheet after it was written",
    writtenOn: (when: string) => `written on ${when}`,
    dueToday: "today",
    overdue: (days: number) => (days === 1 ? "1 day overdue" : `${days} days overdue`),
    noDue: "no due date",
    staffingOf: (slot: string, count: number) => `${slot} (${count})`,
    absent: (count: number) => `Absent (${count})`,
    gaps: "Coverage gaps (today and the next two days)",
    findings: "Planning problems (today and the next two days)",
  },
  slot: { matin: "Morning", journée: "Day", soir: "Evening", nuit: "Night" },
  severityLabel: { urgent: "Urgent", watch: "To watch", info: "Info" },
  mail: {
    subject: (establishment: string, date: string) =>
      establishment ? `Briefing for ${date} — ${establishment}` : `Briefing for ${date}`,
    intro: (date: string) => `Briefing for ${date}.`,
    privacyNote:
      "This e-mail holds no resident name and no handover text: open the spreadsheet's Briefing tab to read them.",
    counts: "Handovers since the previous briefing",
    bySeverity: "By severity",
    byCategory: "By category",
    unread: (n: number) => `${n} unread urgent handover(s)`,
    followUps: "Follow-ups",
    followUpsDue: (today: number, overdue: number) => `${today} due today, ${overdue} overdue`,
    appointments: (n: number) => `Appointments today: ${n}`,
    staffing: "Today's team",
    errorsToday: "Planning errors today",
    open: "Open the Briefing tab",
    openText: (url: string) => `Briefing tab: ${url}`,
    footer: "Sent by Relève, the add-on of your Google Sheets spreadsheet.",
    fullNote: "Full briefing: do not forward (personal health data).",
    testSubject: (subject: string) => `[Test] ${subject}`,
    testNote:
      "TEST sent at your request from the Briefing panel, to you only: this is not today's sending, which will go out at the set hour.",
  },
  status: {
    notInstalled: "Off.",
    notInstalledNoRecipient: "Off: add at least one recipient to be able to turn it on.",
    installedNoRecipient: (hour: number, by: string) =>
      `On around ${hour}:00 (by ${by}), but no valid recipient: nothing will be sent until there is an address.`,
    recipientsSaved: (tab: string, cell: string) => `Recipients saved in the "${tab}" tab (${cell}).`,
    testSent: (to: string) => `Test sent to ${to} (minimal version). It does not count as today's sending.`,
    installed: (hour: number, by: string) => `On: every day around ${hour}:00 (set up by ${by}).`,
    installedResult: (hour: number, tz: string) =>
      `The morning briefing will be sent every day between ${hour}:00 and ${hour + 1}:00 (${tz}).`,
    replaced: (hour: number) => `The daily sending moved to ${hour}:00 (still one sending a day).`,
    removed: "The morning briefing e-mail is off.",
    tookOver: (who: string, since: string) =>
      `${who}'s trigger had shown no sign of life since ${since} (no run for over 48 hours): yours replaces it. Should it start again, the briefing would still be sent only once a day.`,
    nothingToRemove: "The morning briefing e-mail was not on for your account.",
    onlyInstaller: (who: string) =>
      `Daily sending was turned on by ${who}: only that account can turn it off (or a coordinator signed in with it).`,
    lastOk: (when: string, count: number) => `Last sending: ${when}, to ${count} recipient(s).`,
    lastError: (when: string, message: string) => `Sending failed on ${when}: ${message}`,
    headerError: (when: string, message: string) =>
      `⚠ The briefing e-mail could not be sent (${when}): ${message}`,
    headerSent: (when: string, count: number) => `E-mail sent on ${when} to ${count} recipient(s).`,
    alreadySent: (date: string) => `The briefing for ${date} was already sent: nothing is sent again.`,
    sent: (count: number) => `Briefing sent to ${count} recipient(s).`,
    generated: (tab: string) => `Briefing written to the "${tab}" tab.`,
    renamedTab: (userTab: string, tab: string) =>
      `A "${userTab}" tab already exists and was not created by Relève: the briefing is written to "${tab}".`,
  },
  error: {
    badDate: (value: string) => `Date "${value}" is not valid: YYYY-MM-DD expected.`,
    installedByOther: (who: string, isoDate: string) =>
      `The morning briefing is already sent every day by ${who}'s trigger (turned on ${isoDate.slice(0, 10)}). A second trigger would send it twice: first ask ${who} to turn it off from their account (the morning briefing's turn-off button), or a coordinator to do it from that account.`,
    noEmail:
      "Apps Script gives no e-mail address for your account: Relève cannot tell who would send the briefing, so the daily sending is not turned on. Ask a coordinator signed in with a Google account to turn it on.",
    badHour: (value: string) => `Hour "${value}" is not valid: a whole number from 0 to 23 expected.`,
    busy: "Another briefing is being sent or generated; try again in a moment.",
    noRecipients:
      'No valid recipient: fill in "briefing.recipients" in the Settings tab (addresses separated by commas).',
    badAddressBlocks: (list: string) =>
      `Invalid address(es) in "briefing.recipients": ${list}. As long as they stay there, no e-mail goes out.`,
    badAddress: (list: string) => `Invalid e-mail address(es), skipped: ${list}.`,
    fullRefused: (list: string) =>
      `Full mode refused for ${list}: these addresses cannot edit the spreadsheet. They get the minimal version (no name, no text). Add them as editors or set "briefing.mode" to minimal.`,
    quota: (needed: number, left: number) =>
      `Not enough e-mail quota left today: ${needed} recipient(s) for ${left} sending(s) left. Nothing was sent; try again tomorrow or shorten the list.`,
    noSettingsTab:
      'There is no Settings tab yet: run "Set up the workbook" (menu Extensions → Relève), then try again.',
    recipientsChanged: (current: string) =>
      `The recipient list was changed in the Settings tab meanwhile (it now holds "${current}"): nothing was written. Check it, then try again.`,
    recipientsRefused: (list: string) => `Invalid e-mail address(es): ${list}. Nothing was saved.`,
    noEmailForTest: "Apps Script does not give your account's e-mail address: no test can be sent to you.",
    sendFailed: (message: string) => `Sending failed: ${message}`,
    tooBig: "The full briefing is larger than an e-mail may be: the minimal version was sent.",
  },
  cli: {
    written: (path: string) => `Briefing written to ${path} (standalone HTML page, printable on A4).`,
  },
  panel: briefingPanel,
};
