// LockService: document, script and user locks held by executions (see FakeContext for the execution model).
import type { FakeContext, LockKind } from "./context";
import { SERVICE, type ServiceObject } from "./counting";

/** Apps Script's message when `waitLock` times out. */
export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

/**
 * A `Lock` handle. The lock itself belongs to the execution that acquired it: every handle of the same
 * kind in that execution sees it (`hasLock`), and it is released when the execution ends. The fake cannot
 * wait: when another execution holds the lock, `tryLock` returns false and `waitLock` throws at once (as if
 * the timeout had elapsed).
 */
export class FakeLock implements ServiceObject {
  readonly [SERVICE] = "Lock";

  constructor(
    private readonly ctx: FakeContext,
    readonly kind: LockKind,
    private readonly key: string,
  ) {}

  private _acquire(timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== "number" || timeoutInMillis < 0) {
      throw new Error("Invalid argument: timeoutInMillis");
    }
    const me = this.ctx.execution.id;
    const holder = this.ctx.lockHolders.get(this.key);
    if (holder === undefined || holder === me) {
      this.ctx.lockHolders.set(this.key, me);
      return true;
    }
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.ctx.lockHolders.get(this.key) === this.ctx.execution.id;
  }

  /** Releases the lock if this execution holds it (otherwise nothing happens). */
  releaseLock(): void {
    if (this.hasLock()) this.ctx.lockHolders.delete(this.key);
  }
}

/** `LockService`. */
export class FakeLockService implements ServiceObject {
  readonly [SERVICE] = "LockService";
  constructor(private readonly ctx: FakeContext) {}

  getDocumentLock(): FakeLock {
    return new FakeLock(this.ctx, "document", this.ctx.lockKey("document"));
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.ctx, "script", this.ctx.lockKey("script"));
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.ctx, "user", this.ctx.lockKey("user"));
  }
}
