// The fake's lock model: executions holding locks, interleaved executions, and the write log.
import { createFakeAppsScript, type FakeAppsScript, LOCK_TIMEOUT_MESSAGE } from "./index";

/** Appends one entry by reading the last row then writing below it: the read-modify-write that needs a lock. */
function appendEntry(fake: FakeAppsScript, text: string, useLock: boolean): void {
  const { SpreadsheetApp, LockService, Utilities } = fake.globals;
  const lock = LockService.getDocumentLock();
  if (useLock) lock.waitLock(10000);
  try {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal");
    if (!sheet) throw new Error("no Journal");
    const row = sheet.getLastRow() + 1;
    sheet.getRange(row, 1, 1, 2).setValues([[Utilities.getUuid(), text]]);
  } finally {
    if (useLock) lock.releaseLock();
  }
}

function journal(): FakeAppsScript {
  const fake = createFakeAppsScript({ uuidSeed: 1 });
  fake.spreadsheet.addSheetWithValues("Journal", [["id", "texte"]]);
  return fake;
}

const texts = (fake: FakeAppsScript): unknown[] =>
  fake.spreadsheet
    .getSheetByName("Journal")
    ?.valuesOf()
    .slice(1)
    .map((r) => r[1]) ?? [];

describe("locks", () => {
  test("tryLock, hasLock and releaseLock within one execution", () => {
    const fake = createFakeAppsScript();
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(fake.globals.LockService.getDocumentLock().hasLock()).toBe(true);
    expect(fake.lock.holder()).toBe("main");
    lock.releaseLock();
    expect([lock.hasLock(), fake.lock.holder()]).toEqual([false, null]);
  });

  test("a lock held by another execution: tryLock is false and waitLock throws Apps Script's message", () => {
    const fake = createFakeAppsScript();
    fake.lock.holdAs("other-user");
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe("Lock timeout: another process was holding the lock for too long.");
    fake.lock.release("other-user");
    expect(lock.tryLock(5000)).toBe(true);
  });

  test("an execution's locks end with it; releasing someone else's lock does nothing", () => {
    const fake = createFakeAppsScript();
    const { LockService } = fake.globals;
    fake.runAs("sidebar-call", () => {
      expect(LockService.getDocumentLock().tryLock(100)).toBe(true);
      expect(fake.execution).toBe("sidebar-call");
    });
    expect(fake.lock.holder()).toBeNull();
    fake.lock.holdAs("x");
    LockService.getDocumentLock().releaseLock();
    expect(fake.lock.holder()).toBe("x");
  });

  test("user locks are per user; the script lock is shared", () => {
    const fake = createFakeAppsScript({ userEmail: "ana@example.org" });
    const { LockService } = fake.globals;
    expect(LockService.getUserLock().tryLock(1)).toBe(true);
    expect(LockService.getScriptLock().tryLock(1)).toBe(true);
    fake.runAs(
      "bob",
      () => {
        expect(LockService.getUserLock().tryLock(1)).toBe(true);
        expect(LockService.getScriptLock().tryLock(1)).toBe(false);
      },
      { userEmail: "bob@example.org" },
    );
  });

  test("a negative timeout is refused", () => {
    expect(() => createFakeAppsScript().globals.LockService.getDocumentLock().tryLock(-1)).toThrow();
  });
});

describe("write log", () => {
  test("each write records whether its execution held the document lock", () => {
    const fake = journal();
    appendEntry(fake, "sans verrou", false);
    appendEntry(fake, "avec verrou", true);
    expect(fake.lock.writes().map((w) => [w.method, w.target, w.lockHeld])).toEqual([
      ["Range.setValues", "'Journal'!A2:B2", false],
      ["Range.setValues", "'Journal'!A3:B3", true],
    ]);
    expect(fake.lock.writesOutsideLock()).toHaveLength(1);
  });

  test("appendRow is logged with its tab; a write that throws is not logged", () => {
    const fake = journal();
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal");
    sheet?.appendRow(["id", "texte", "x"]);
    expect(() => sheet?.getRange("A1:B1").setValues([[1]])).toThrow();
    expect(fake.writes.map((w) => w.target)).toEqual(["'Journal'"]);
  });

  test("reads, activation and test-side writes are not logged", () => {
    const fake = journal();
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal");
    sheet?.getDataRange().getValues();
    sheet?.activate();
    fake.spreadsheet.getSheetByName("Journal")?.getRange("A5").setValue("test");
    expect(fake.writes).toEqual([]);
  });
});

describe("interleaved executions", () => {
  test("onCall lets another execution write between a read and a write", () => {
    const fake = journal();
    let injected = false;
    fake.onCall((call) => {
      if (call.method === "Range.setValues" && call.execution === "main" && !injected) {
        injected = true;
        fake.runAs("other", () => appendEntry(fake, "autre", false));
      }
    });
    appendEntry(fake, "moi", false);
    expect(texts(fake)).toEqual(["moi"]);
  });

  test("without the lock, concurrent appends overwrite each other", () => {
    const fake = journal();
    const outcomes = fake.runConcurrently(
      Array.from({ length: 10 }, (_, i) => () => appendEntry(fake, `e${i}`, false)),
      { seed: 3 },
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(texts(fake).length).toBeLessThan(10);
    expect(fake.lock.writesOutsideLock()).toHaveLength(10);
  });

  test("with the lock held around read and write, every append lands and no write is outside the lock", () => {
    const fake = journal();
    const outcomes = fake.runConcurrently(
      Array.from({ length: 10 }, (_, i) => () => appendEntry(fake, `e${i}`, true)),
      { seed: 3 },
    );
    expect(outcomes.map((o) => o.ok)).toEqual(Array(10).fill(true));
    expect([...texts(fake)].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `e${i}`).sort());
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("tasks interleave: some start before an earlier one has finished", () => {
    const fake = journal();
    const order: string[] = [];
    fake.runConcurrently(
      Array.from({ length: 4 }, (_, i) => () => {
        order.push(`start ${i}`);
        appendEntry(fake, `e${i}`, true);
        order.push(`end ${i}`);
      }),
      { seed: 3, maxGap: 1 },
    );
    expect(order[1]).toBe("start 1");
  });

  test("preempting inside critical sections makes later executions meet a busy lock", () => {
    const fake = journal();
    const outcomes = fake.runConcurrently(
      Array.from({ length: 6 }, (_, i) => () => appendEntry(fake, `e${i}`, true)),
      { seed: 5, maxGap: 3, preemptWhileLocked: true },
    );
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(f.error?.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(texts(fake)).toHaveLength(outcomes.length - failed.length);
  });

  test("runConcurrently gives each task its user", () => {
    const fake = createFakeAppsScript({ userEmail: "main@example.org" });
    const outcomes = fake.runConcurrently(
      [
        () => fake.globals.Session.getActiveUser().getEmail(),
        () => fake.globals.Session.getActiveUser().getEmail(),
      ],
      { userEmails: ["a@example.org", null] },
    );
    expect(outcomes.map((o) => [o.execution, o.value])).toEqual([
      ["exec-1", "a@example.org"],
      ["exec-2", ""],
    ]);
  });
});
