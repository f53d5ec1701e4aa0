// Runs a write under the document lock, with a timeout and a clear message when a colleague holds it.

import { handoverTexts } from "../../core/handovers";
import type { Lang } from "../../core/i18n";

/** How long a writer waits for a colleague's save to finish. */
export const LOCK_TIMEOUT_MS = 10_000;

/**
 * Runs `write` holding `LockService.getDocumentLock()`; pending sheet writes are flushed before the lock is
 * released so the next writer sees them. Throws "Un collègue enregistre en même temps…" when the lock is busy.
 */
export function withDocumentLock<T>(lang: Lang, write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new Error(handoverTexts(lang).error.busy);
  try {
    const result = write();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
