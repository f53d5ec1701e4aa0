// Runs the check, the clear and the setup under the document lock, with a timeout and a clear message.
import { type Lang, messages } from "../../core/i18n";

/** How long the check waits for another Relève operation on the same spreadsheet. */
export const CHECK_LOCK_TIMEOUT_MS = 15_000;

/**
 * Runs `work` holding `LockService.getDocumentLock()`; throws the "Relève travaille déjà…" message when the lock
 * stays busy for `CHECK_LOCK_TIMEOUT_MS`. Pending writes are flushed before the lock is released.
 */
export function withCheckLock<T>(lang: Lang, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(CHECK_LOCK_TIMEOUT_MS)) throw new Error(messages(lang).addon.busy);
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
