// Session: the active and effective users, the script's time zone, the user's locale and temporary key.
import { createHash } from "node:crypto";
import type { FakeContext } from "./context";
import { SERVICE, type ServiceObject } from "./counting";
import { FakeUser } from "./user";

/** `Session`: the active user is the current execution's (its e-mail is "" when the account gives none). */
export class FakeSession implements ServiceObject {
  readonly [SERVICE] = "Session";
  constructor(private readonly ctx: FakeContext) {}

  getActiveUser(): FakeUser {
    return new FakeUser(this.ctx.execution.userEmail);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.ctx.execution.userEmail || this.ctx.options.effectiveUserEmail);
  }

  getScriptTimeZone(): string {
    return this.ctx.options.scriptTimeZone;
  }

  /** The user's language code, e.g. `fr` (from the spreadsheet locale option). */
  getActiveUserLocale(): string {
    return this.ctx.options.locale.split("_")[0] ?? "fr";
  }

  /** A stable opaque key per user, the same across executions of that user. */
  getTemporaryActiveUserKey(): string {
    const who = this.ctx.execution.userEmail || `anonymous:${this.ctx.execution.id}`;
    return createHash("sha256").update(who).digest("base64url").slice(0, 43);
  }
}
