// Shared state of one fake Apps Script world: options, executions, call log, write log, interleaving hooks.

/** Apps Script's `ScriptApp.AuthMode` values. */
export type AuthModeName = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

/** Options of `createFakeAppsScript`. */
export interface FakeOptions {
  /** Spreadsheet locale, e.g. `fr_FR` (default) or `en_US`. */
  locale?: string;
  /** Spreadsheet time zone (default `Europe/Paris`). */
  timeZone?: string;
  /** Script time zone (`Session.getScriptTimeZone`, default `Europe/Paris` like appsscript.json). */
  scriptTimeZone?: string;
  /** Active user's e-mail; `null` or `""` when the account gives none (consumer accounts, other domains). */
  userEmail?: string | null;
  /** Effective user's e-mail (default: the active user's, or `owner@example.org` when there is none). */
  effectiveUserEmail?: string;
  /** Spreadsheet editors' e-mails (the owner and the active user are always editors). */
  editors?: string[];
  /** Spreadsheet owner's e-mail (default: the active user's, or `owner@example.org`). */
  owner?: string;
  /** `MailApp.getRemainingDailyQuota()` at the start (default 100, a consumer account). */
  mailQuota?: number;
  /** Authorisation mode the code runs in (default FULL); in NONE only the Ui may be touched. */
  authMode?: AuthModeName;
  /** Spreadsheet name (default `Planning`). */
  name?: string;
  /** Tabs to create instead of the default single empty tab (`Feuille 1`, or `Sheet1` outside French). */
  sheets?: Record<string, unknown[][]>;
  /** Add-on context (default true): at most one trigger of each type per user per document, at most hourly. */
  addon?: boolean;
  /** Seed for a deterministic `Utilities.getUuid()` sequence; random v4 UUIDs when absent. */
  uuidSeed?: number;
  /** Directory `HtmlService.createHtmlOutputFromFile(name)` reads `<name>.html` from (default: repo `dist/`). */
  htmlDir?: string;
}

/** One counted service call. */
export interface CallRecord {
  /** `Service.method`, e.g. `Range.getValues`. */
  method: string;
  /** The execution that made the call. */
  execution: string;
}

/** One write to the spreadsheet (values, formats, notes, tabs, metadata, protections). */
export interface WriteRecord {
  /** `Service.method`, e.g. `Sheet.appendRow`. */
  method: string;
  /** What was written: a qualified A1 range, a tab name, or the spreadsheet. */
  target: string;
  execution: string;
  /** Whether the writing execution held the document lock at that moment. */
  lockHeld: boolean;
}

/** The execution currently running: an id (`main` by default) and its user. */
export interface Execution {
  id: string;
  userEmail: string;
  /** False while a time-driven trigger runs: `SpreadsheetApp.getUi()` then throws. */
  uiAvailable: boolean;
}

/** A hook run before each counted call (see `FakeAppsScript.onCall`). */
export type CallHook = (call: CallRecord) => void;

/** Which lock kinds exist. */
export type LockKind = "document" | "script" | "user";

const SERVICES_ALLOWED_IN_NONE = /^(Ui|Menu|Logger|console)\.|^SpreadsheetApp\.getUi$|^HtmlService\./;

/** Write methods per service: anything else (getters, activate, setActive…) is not a write. */
const WRITE_METHODS: Record<string, RegExp> = {
  Range:
    /^(set(?!Active)|clear|merge|breakApart|insert|delete|addDeveloperMetadata|protect|copyTo|moveTo|sort|trimWhitespace|check|uncheck|removeCheckboxes|insertCheckboxes)/,
  Sheet:
    /^(set(?!Active|CurrentCell)|clear|append|insert|delete|hide|show|protect|autoResize|addDeveloperMetadata|sort|move)/,
  Spreadsheet: /^(insertSheet|deleteSheet|addDeveloperMetadata|rename|setSpreadsheet|moveActiveSheet)/,
  RangeList: /^(set|clear|check|uncheck|insert|remove|breakApart|trimWhitespace)/,
  DeveloperMetadata: /^(setValue|setKey|setVisibility|remove|moveTo)/,
  Protection: /^(set|add|remove)/,
};

/** Is `Service.method` a write to the spreadsheet? */
export function isWriteMethod(service: string, method: string): boolean {
  return WRITE_METHODS[service]?.test(method) ?? false;
}

/** The shared state every fake service reads and updates. */
export class FakeContext {
  readonly options: Required<Omit<FakeOptions, "sheets" | "uuidSeed" | "htmlDir" | "userEmail">> & {
    userEmail: string;
    uuidSeed: number | undefined;
    htmlDir: string | undefined;
  };
  authMode: AuthModeName;
  readonly calls: CallRecord[] = [];
  readonly writes: WriteRecord[] = [];
  private readonly stack: Execution[];
  private readonly hooks: { hook: CallHook; reentrant: boolean; running: boolean }[] = [];
  /** Holder (execution id) of each lock; the user lock is keyed by user e-mail. */
  readonly lockHolders = new Map<string, string>();

  constructor(options: FakeOptions) {
    const userEmail = options.userEmail ?? "";
    const owner = options.owner ?? (userEmail || "owner@example.org");
    this.options = {
      locale: options.locale ?? "fr_FR",
      timeZone: options.timeZone ?? "Europe/Paris",
      scriptTimeZone: options.scriptTimeZone ?? "Europe/Paris",
      userEmail,
      effectiveUserEmail: options.effectiveUserEmail ?? (userEmail || owner),
      editors: options.editors ?? [],
      owner,
      mailQuota: options.mailQuota ?? 100,
      authMode: options.authMode ?? "FULL",
      name: options.name ?? "Planning",
      addon: options.addon ?? true,
      uuidSeed: options.uuidSeed,
      htmlDir: options.htmlDir,
    };
    this.authMode = this.options.authMode;
    this.stack = [{ id: "main", userEmail, uiAvailable: true }];
  }

  /** The execution running now. */
  get execution(): Execution {
    return this.stack[this.stack.length - 1] as Execution;
  }

  /** Ids of every execution on the stack (outermost first). */
  executionIds(): string[] {
    return this.stack.map((e) => e.id);
  }

  /** Runs `fn` as another execution; locks it still holds are released when its outermost frame ends. */
  runAs<T>(id: string, fn: () => T, options: { userEmail?: string | null; uiAvailable?: boolean } = {}): T {
    const outermost = !this.stack.some((e) => e.id === id);
    const userEmail =
      options.userEmail === undefined
        ? this.options.userEmail
        : options.userEmail === null
          ? ""
          : options.userEmail;
    this.stack.push({ id, userEmail, uiAvailable: options.uiAvailable ?? true });
    try {
      return fn();
    } finally {
      this.stack.pop();
      if (outermost) this.releaseLocksOf(id);
    }
  }

  /** Releases every lock an execution holds (an Apps Script execution's locks end with it). */
  releaseLocksOf(id: string): void {
    for (const [key, holder] of [...this.lockHolders]) if (holder === id) this.lockHolders.delete(key);
  }

  /** Lock key of a kind for the current execution. */
  lockKey(kind: LockKind, userEmail = this.execution.userEmail): string {
    return kind === "user" ? `user:${userEmail}` : kind;
  }

  /** True when any execution on the stack holds any lock. */
  anyLockHeldOnStack(): boolean {
    const ids = new Set(this.executionIds());
    return [...this.lockHolders.values()].some((holder) => ids.has(holder));
  }

  /** Adds a hook run before each counted call; returns a function that removes it. */
  addHook(hook: CallHook, reentrant = false): () => void {
    const entry = { hook, reentrant, running: false };
    this.hooks.push(entry);
    return () => {
      const at = this.hooks.indexOf(entry);
      if (at >= 0) this.hooks.splice(at, 1);
    };
  }

  /** Counts one call, enforces the auth mode, runs the hooks, records a write, then runs `body`. */
  invoke<T>(service: string, method: string, describe: () => string, body: () => T): T {
    const name = `${service}.${method}`;
    const record: CallRecord = { method: name, execution: this.execution.id };
    for (const entry of [...this.hooks]) {
      if (entry.running && !entry.reentrant) continue;
      entry.running = true;
      try {
        entry.hook(record);
      } finally {
        entry.running = false;
      }
    }
    this.calls.push(record);
    if (this.authMode === "NONE" && !SERVICES_ALLOWED_IN_NONE.test(name)) {
      throw new Error(
        `You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
    }
    if (!isWriteMethod(service, method)) return body();
    const lockHeld = this.lockHolders.get("document") === this.execution.id;
    const execution = this.execution.id;
    const result = body();
    this.writes.push({ method: name, target: describe(), execution, lockHeld });
    return result;
  }
}
