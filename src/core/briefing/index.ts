// The briefing's public API: compose the model of a date, render it to the tab, HTML, text and e-mails.

export type {
  BriefingServerApi,
  BriefingStatus,
  BriefingSummary,
  RecipientsRequest,
  RecipientsResult,
  SendOutcome,
  SendResult,
  TestEmailResult,
  TriggerResult,
} from "./api";
export { type Block, BRIEFING_COLUMNS, briefingBlocks, briefingMetaLine, briefingTitle } from "./blocks";
export { type BriefingInput, composeBriefing, isAppointment } from "./compose";
export { escapeHtml, escapeMultiline } from "./escape";
export { briefingOfWorkbook, entriesOfSnapshot, type WorkbookBriefingOptions } from "./from-workbook";
export { briefingTexts, longDate } from "./labels";
export { minimalSummary, REDACTED, redactor, redactSummary } from "./minimal";
export { isSamePerson, type ReadState, readState } from "./readers";
export {
  chunks,
  isEmailAddress,
  MAX_RECIPIENTS_PER_MESSAGE,
  planRecipients,
  type RecipientPlan,
  recipientsOfText,
  splitAddresses,
} from "./recipients";
export { holdsPrivateName, type NameMatcher, nameMatcher, redactNames } from "./redact";
export {
  type BriefingEmail,
  briefingSubject,
  emailBodyBytes,
  fullEmail,
  MAX_EMAIL_BODY_BYTES,
  markedAsTest,
  minimalEmail,
  privateMinimalEmail,
} from "./render-email";
export { briefingHtmlFragment, briefingHtmlPage } from "./render-html";
export {
  BODY_FONT_SIZE,
  briefingSheet,
  COLUMN_WIDTHS,
  type RowKind,
  type SheetFormatting,
  type SheetLayout,
  STATUS_ERROR_COLOR,
  sheetFormatting,
  TITLE_FONT_SIZE,
} from "./render-rows";
export { briefingText } from "./render-text";
export { composeStaffing } from "./staffing";
export * from "./types";
export { type BriefingWindow, briefingWindow, MAX_WINDOW_MS, type WindowSpec } from "./window";
