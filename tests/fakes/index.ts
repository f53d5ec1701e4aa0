// Entry point of the in-memory Apps Script fake: createFakeAppsScript() and the FakeAppsScript test API.
/*
 * HOW TO USE
 *   const fake = createFakeAppsScript({ locale: "fr_FR", userEmail: "ana@example.org" });
 *   fake.spreadsheet.addSheetWithValues("Journal", [["Date", "Texte"]]);   // test-side, not counted
 *   fake.install();                     // sets SpreadsheetApp, LockService… on globalThis (or install(vmContext))
 *   addHandover({...});                 // code under test uses the globals: every call is counted
 *   fake.calls.byMethod()["Range.getValues"]; fake.calls.total(); fake.calls.reset();
 *   fake.mail.sent; fake.ui.menus / alerts / sidebars / toasts; fake.triggers.all(); fake.properties.document
 *   fake.uninstall();
 *   Scattered cells: `sheet.getRangeList(["B2", "D4:E4"]).setFontColor(c)` is one counted call (RangeList).
 *
 * RAW VERSUS EXPOSED OBJECTS
 *   `fake.spreadsheet` and everything reached from it in a test are the raw objects: calls on them are not
 *   counted nor logged as writes, and they offer test-side helpers (`addSheetWithValues`, `sheet.cellAt(r, c)`,
 *   `sheet.borderAt(r, c)`, `sheet.valuesOf()`). The code under test only reaches objects through
 *   `fake.globals`, which are counting proxies: test helpers, `_internal` methods and internal fields are
 *   invisible there, as they are on the real platform.
 *
 * EXECUTIONS, LOCKS AND CONCURRENCY
 *   Code runs in an "execution" (id `main` by default). `fake.runAs(id, fn, { userEmail })` runs `fn` as
 *   another execution (another user, another sidebar call); the locks it still holds are released when it
 *   ends, as Apps Script does. Locks belong to executions: `fake.lock.holdAs("other")` makes another
 *   execution hold the document lock (then tryLock → false, waitLock throws "Lock timeout: another process
 *   was holding the lock for too long."), `fake.lock.release("other")` frees it.
 *   Interleaving: `fake.onCall(hook)` runs `hook({ method, execution })` before every counted call, so a test
 *   can start another execution at a precise point (e.g. just before `Sheet.appendRow`).
 *   `fake.runConcurrently([fn1, fn2, …], { seed, maxGap })` runs the tasks as executions `exec-1`, `exec-2`…:
 *   after a seeded random number (1…maxGap, default 6) of service calls of whatever is running, the next
 *   task starts and runs to its end inside that gap (and may itself be interrupted); tasks left when the
 *   others have ended start one after the other. Outcomes come back in task order. By default a task is never interrupted while some
 *   running execution holds a lock — that models other executions *waiting* on the lock, so correct code
 *   succeeds and unlocked read-modify-write code is exposed. With `preemptWhileLocked: true` tasks also
 *   start inside critical sections, and then meet a busy lock (tryLock false / waitLock throws).
 *   Every write (values, formats, notes, tabs, metadata, protections) is logged in `fake.writes` with
 *   whether its execution held the document lock: `fake.lock.writesOutsideLock()` lists the others.
 *
 * TRIGGERS, UI, AUTH MODE
 *   `fake.triggers.fire(triggerOrHandlerName)` runs the handler installed on the target as the trigger's
 *   owner, with no UI (`SpreadsheetApp.getUi()` throws there). `fake.authMode = "NONE"` (or the option)
 *   makes every service but the Ui/menus throw a permission error, as in a simple trigger before
 *   authorisation. `fake.ui.alertAnswers.push(Button.NO)` / `fake.ui.promptAnswers.push({ text })` queue answers.
 */

import { join } from "node:path";
import {
  type AuthModeName,
  type CallHook,
  type CallRecord,
  FakeContext,
  type FakeOptions,
  type LockKind,
  type WriteRecord,
} from "./context";
import { expose } from "./counting";
import { FakeLockService } from "./lock";
import { FakeLogger, fakeConsole, type LogRecord } from "./logger";
import { FakeMailApp, MailState } from "./mail";
import { FakeCache, FakeCacheService, FakeProperties, FakePropertiesService } from "./properties";
import { FakeSession } from "./session";
import { FakeSpreadsheet } from "./spreadsheet";
import { FakeSpreadsheetApp } from "./spreadsheet-app";
import { FakeScriptApp, type FakeTrigger, TriggerStore } from "./triggers";
import { FakeHtmlService, FakeUi, UiState } from "./ui";
import { FakeUtilities } from "./utilities";

export type { AuthModeName, CallRecord, FakeOptions, LockKind, WriteRecord } from "./context";
export { LOCK_TIMEOUT_MESSAGE } from "./lock";
export type { LogRecord } from "./logger";
export type { SentMail } from "./mail";
export type { FakeRange } from "./range";
export type { FakeSheet } from "./sheet";
export type { FakeSpreadsheet } from "./spreadsheet";
export type { FakeTrigger } from "./triggers";
export { AuthMode } from "./triggers";
export { Button, ButtonSet, type MenuRecord, type UiState } from "./ui";

/** The Apps Script globals the fake provides. */
export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, "log" | "info" | "warn" | "error" | "debug">;
}

/** Counts of the service calls made by the code under test. */
export interface CallCounts {
  /** Number of counted calls. */
  total(): number;
  /** Calls per `Service.method`, e.g. `{ "Range.getValues": 2, "Sheet.appendRow": 1 }`. */
  byMethod(): Record<string, number>;
  /** Calls of one `Service.method` (0 when none). */
  count(method: string): number;
  /** Distinct services touched (`Range`, `Sheet`, `Ui`…). */
  services(): string[];
  /** Every call in order, with its execution. */
  log(): CallRecord[];
  /** Forgets the calls (and the write log) made so far. */
  reset(): void;
}

/** The document, script and user locks as the test sees them. */
export interface LockModel {
  /** The execution holding a lock (document by default), or null. */
  holder(kind?: LockKind, userEmail?: string): string | null;
  /** Makes another execution hold a lock; throws if a different execution holds it already. */
  holdAs(executionId?: string, kind?: LockKind, userEmail?: string): void;
  /** Releases the lock(s) an execution holds (default: every execution's document lock). */
  release(executionId?: string, kind?: LockKind): void;
  /** Every write logged so far. */
  writes(): WriteRecord[];
  /** The writes made while the writing execution did not hold the document lock. */
  writesOutsideLock(): WriteRecord[];
}

/** Installable triggers as the test sees them. */
export interface TriggerModel {
  /** Every trigger, all users. */
  all(): FakeTrigger[];
  /** The triggers whose handler is `name`. */
  forHandler(name: string): FakeTrigger[];
  /** Runs a trigger's handler (by trigger or handler name) as its owner, without UI; returns its result. */
  fire(trigger: FakeTrigger | string, event?: Record<string, unknown>): unknown;
}

/** One task's outcome in `runConcurrently`. */
export interface TaskOutcome {
  execution: string;
  ok: boolean;
  value?: unknown;
  error?: Error;
}

/** The fake Apps Script world and its test API. */
export interface FakeAppsScript {
  readonly globals: FakeGlobals;
  readonly spreadsheet: FakeSpreadsheet;
  readonly calls: CallCounts;
  readonly mail: MailState;
  readonly ui: UiState;
  readonly lock: LockModel;
  readonly triggers: TriggerModel;
  readonly properties: {
    readonly document: FakeProperties;
    readonly script: FakeProperties;
    /** The default user's store. */
    readonly user: FakeProperties;
    /** Any user's store. */
    userStore(email: string): FakeProperties;
  };
  readonly cache: {
    readonly document: FakeCache;
    readonly script: FakeCache;
    userCache(email: string): FakeCache;
  };
  /** HTML files `HtmlService.createHtmlOutputFromFile` reads before looking in `dist/`. */
  readonly html: { readonly files: Map<string, string> };
  readonly logs: LogRecord[];
  /** Every write logged (same as `lock.writes()`). */
  readonly writes: WriteRecord[];
  /** Utilities state: `utilities.slept` is the total `Utilities.sleep` asked for. */
  readonly utilities: FakeUtilities;
  /** The auth mode services check (NONE: only the Ui may be used). */
  authMode: AuthModeName;
  /** The id of the execution running now. */
  readonly execution: string;
  install(target?: object): void;
  uninstall(): void;
  runAs<T>(
    executionId: string,
    fn: () => T,
    options?: { userEmail?: string | null; uiAvailable?: boolean },
  ): T;
  onCall(hook: CallHook, options?: { reentrant?: boolean }): () => void;
  runConcurrently(
    tasks: (() => unknown)[],
    options?: {
      seed?: number;
      /** Service calls between two task starts are drawn in 1…maxGap (default 6). */
      maxGap?: number;
      /** Instead of maxGap: the chance that the next task starts at each service call. */
      switchProbability?: number;
      preemptWhileLocked?: boolean;
      userEmails?: (string | null)[];
    },
  ): TaskOutcome[];
}

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a fresh fake Apps Script world (one spreadsheet, empty stores, no triggers). */
export function createFakeAppsScript(options: FakeOptions = {}): FakeAppsScript {
  const ctx = new FakeContext(options);
  const uiState = new UiState();
  const spreadsheet = new FakeSpreadsheet(ctx, uiState);
  if (options.sheets) {
    for (const [name, values] of Object.entries(options.sheets)) spreadsheet.addSheetWithValues(name, values);
  } else {
    spreadsheet._insert(undefined, 0);
  }
  const ui = new FakeUi(uiState);
  const mail = new MailState(ctx.options.mailQuota);
  const triggerStore = new TriggerStore(ctx, () => spreadsheet.id);
  const documentProps = new FakeProperties("document");
  const scriptProps = new FakeProperties("script");
  const userProps = new Map<string, FakeProperties>();
  const userStore = (email: string): FakeProperties => {
    let store = userProps.get(email);
    if (!store) {
      store = new FakeProperties("user");
      userProps.set(email, store);
    }
    return store;
  };
  const documentCache = new FakeCache();
  const scriptCache = new FakeCache();
  const userCaches = new Map<string, FakeCache>();
  const userCache = (email: string): FakeCache => {
    let cache = userCaches.get(email);
    if (!cache) {
      cache = new FakeCache();
      userCaches.set(email, cache);
    }
    return cache;
  };
  const htmlFiles = new Map<string, string>();
  const logs: LogRecord[] = [];
  const utilities = new FakeUtilities(ctx.options.uuidSeed);

  const raw = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet, ui),
    HtmlService: new FakeHtmlService(htmlFiles, ctx.options.htmlDir ?? join(__dirname, "..", "..", "dist")),
    PropertiesService: new FakePropertiesService(documentProps, scriptProps, () =>
      userStore(ctx.execution.userEmail),
    ),
    LockService: new FakeLockService(ctx),
    ScriptApp: new FakeScriptApp(triggerStore, ctx.options.addon),
    MailApp: new FakeMailApp(ctx, mail),
    Session: new FakeSession(ctx),
    Utilities: utilities,
    CacheService: new FakeCacheService(documentCache, scriptCache, () => userCache(ctx.execution.userEmail)),
    Logger: new FakeLogger(logs),
  };
  const globals = {
    ...Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, expose(ctx, v)])),
    console: fakeConsole(logs),
  } as unknown as FakeGlobals;

  let installed: {
    target: Record<string, unknown>;
    previous: Map<string, PropertyDescriptor | undefined>;
  } | null = null;

  const calls: CallCounts = {
    total: () => ctx.calls.length,
    byMethod: () => {
      const out: Record<string, number> = {};
      for (const c of ctx.calls) out[c.method] = (out[c.method] ?? 0) + 1;
      return out;
    },
    count: (method) => ctx.calls.filter((c) => c.method === method).length,
    services: () => [...new Set(ctx.calls.map((c) => c.method.split(".")[0] as string))].sort(),
    log: () => [...ctx.calls],
    reset: () => {
      ctx.calls.length = 0;
      ctx.writes.length = 0;
    },
  };

  const lock: LockModel = {
    holder: (kind = "document", userEmail) => ctx.lockHolders.get(ctx.lockKey(kind, userEmail)) ?? null,
    holdAs: (executionId = "other", kind = "document", userEmail) => {
      const key = ctx.lockKey(kind, userEmail);
      const holder = ctx.lockHolders.get(key);
      if (holder !== undefined && holder !== executionId)
        throw new Error(`The ${kind} lock is held by ${holder}`);
      ctx.lockHolders.set(key, executionId);
    },
    release: (executionId, kind = "document") => {
      for (const [key, holder] of [...ctx.lockHolders]) {
        const kindOfKey = key.startsWith("user:") ? "user" : key;
        if (kindOfKey === kind && (executionId === undefined || holder === executionId))
          ctx.lockHolders.delete(key);
      }
    },
    writes: () => [...ctx.writes],
    writesOutsideLock: () => ctx.writes.filter((w) => !w.lockHeld),
  };

  const triggers: TriggerModel = {
    all: () => [...triggerStore.items],
    forHandler: (name) => triggerStore.items.filter((t) => t.handler === name),
    fire: (trigger, event = {}) => {
      const t = typeof trigger === "string" ? triggerStore.items.find((x) => x.handler === trigger) : trigger;
      if (!t) throw new Error(`No trigger runs ${String(trigger)}`);
      const target = installed?.target ?? (globalThis as unknown as Record<string, unknown>);
      const handler = target[t.handler];
      if (typeof handler !== "function") throw new Error(`Script function not found: ${t.handler}`);
      const e = { authMode: "FULL", triggerUid: t.id, ...event };
      return ctx.runAs(`trigger-${t.id}`, () => handler(e), { userEmail: t.owner, uiAvailable: false });
    },
  };

  const fake: FakeAppsScript = {
    globals,
    spreadsheet,
    calls,
    mail,
    ui: uiState,
    lock,
    triggers,
    properties: {
      document: documentProps,
      script: scriptProps,
      get user() {
        return userStore(ctx.options.userEmail);
      },
      userStore,
    },
    cache: { document: documentCache, script: scriptCache, userCache },
    html: { files: htmlFiles },
    logs,
    writes: ctx.writes,
    utilities,
    get authMode() {
      return ctx.authMode;
    },
    set authMode(mode: AuthModeName) {
      ctx.authMode = mode;
    },
    get execution() {
      return ctx.execution.id;
    },
    install(target: object = globalThis) {
      if (installed) fake.uninstall();
      const t = target as Record<string, unknown>;
      const previous = new Map<string, PropertyDescriptor | undefined>();
      for (const [key, value] of Object.entries(globals)) {
        previous.set(key, Object.getOwnPropertyDescriptor(t, key));
        Object.defineProperty(t, key, { value, configurable: true, writable: true, enumerable: false });
      }
      installed = { target: t, previous };
    },
    uninstall() {
      if (!installed) return;
      for (const [key, descriptor] of installed.previous) {
        if (descriptor) Object.defineProperty(installed.target, key, descriptor);
        else delete installed.target[key];
      }
      installed = null;
    },
    runAs: (executionId, fn, runOptions) => ctx.runAs(executionId, fn, runOptions),
    onCall: (hook, hookOptions) => ctx.addHook(hook, hookOptions?.reentrant ?? false),
    runConcurrently(tasks, runOptions = {}) {
      const random = seededRandom(runOptions.seed ?? 1);
      const maxGap = Math.max(1, Math.floor(runOptions.maxGap ?? 6));
      const p = runOptions.switchProbability;
      const drawGap = (): number => {
        if (p === undefined) return 1 + Math.floor(random() * maxGap);
        let gap = 1;
        while (p < 1 && random() >= p && gap < 10000) gap++;
        return gap;
      };
      const queue = tasks.map((fn, i) => ({ id: `exec-${i + 1}`, fn, user: runOptions.userEmails?.[i] }));
      const outcomes: TaskOutcome[] = [];
      let countdown = drawGap();
      const start = (): void => {
        const task = queue.shift();
        if (!task) return;
        countdown = drawGap();
        try {
          const value = ctx.runAs(task.id, task.fn, task.user === undefined ? {} : { userEmail: task.user });
          outcomes.push({ execution: task.id, ok: true, value });
        } catch (error) {
          outcomes.push({
            execution: task.id,
            ok: false,
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      };
      const remove = ctx.addHook(() => {
        if (queue.length === 0) return;
        if (!runOptions.preemptWhileLocked && ctx.anyLockHeldOnStack()) return;
        countdown -= 1;
        if (countdown <= 0) start();
      }, true);
      try {
        while (queue.length > 0) start();
      } finally {
        remove();
      }
      return outcomes.sort((a, b) => Number(a.execution.slice(5)) - Number(b.execution.slice(5)));
    },
  };
  return fake;
}
