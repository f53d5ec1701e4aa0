// Many addHandover calls interleaved through the fake's lock model: no entry lost, no write outside the lock.
import { acknowledgeHandover, addHandover, closeFollowUp, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { handoverTab, INPUT, setUp, tearDown } from "./handovers-setup";

let fake: FakeAppsScript;
afterEach(() => tearDown(fake));

const BUSY = "Un collègue enregistre en même temps, réessayez dans un instant.";

describe("concurrent handovers", () => {
  it.each([1, 2, 3])("interleaved writers waiting on the lock lose nothing (seed %i)", (seed) => {
    fake = setUp();
    const tasks = Array.from({ length: 40 }, (_, i) => () => addHandover({ ...INPUT, data: `Entrée ${i}` }));
    const outcomes = fake.runConcurrently(tasks, { seed });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const stored = listHandovers({ since: "2026-11-24" });
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((e) => e.data))).toEqual(new Set(tasks.map((_, i) => `Entrée ${i}`)));
    expect(new Set(stored.map((e) => e.id)).size).toBe(40);
    expect(handoverTab(fake).getLastRow()).toBe(41);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  it("a writer arriving inside another's critical section is told to retry, and its retry saves", () => {
    fake = setUp();
    const errors: string[] = [];
    const stop = fake.onCall((call) => {
      if (call.execution === "main" && call.method === "Sheet.appendRow") {
        try {
          fake.runAs("colleague", () => addHandover({ ...INPUT, data: "Collègue" }), {
            userEmail: "sam@example.org",
          });
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    });
    addHandover({ ...INPUT, data: "Moi" });
    stop();
    expect(errors).toEqual([BUSY]);
    fake.runAs("colleague", () => addHandover({ ...INPUT, data: "Collègue" }), {
      userEmail: "sam@example.org",
    });
    expect(listHandovers({ since: "2026-11-24" }).map((e) => `${e.author}: ${e.data}`)).toEqual([
      "sam@example.org: Collègue",
      "lea@example.org: Moi",
    ]);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  it("writers preempted at random, even inside critical sections, are either saved or told to retry", () => {
    fake = setUp();
    addHandover({ ...INPUT, data: "Amorce" });
    const data = Array.from({ length: 30 }, (_, i) => `Entrée ${i}`);
    const outcomes = fake.runConcurrently(
      data.map((d) => () => addHandover({ ...INPUT, data: d })),
      { seed: 11, preemptWhileLocked: true },
    );
    const failed = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => !o.ok);
    for (const { o } of failed) expect(o.error?.message).toBe(BUSY);
    for (const { i } of failed) addHandover({ ...INPUT, data: data[i] });
    const stored = listHandovers({ since: "2026-11-24" }).map((e) => e.data);
    expect(stored.sort()).toEqual(["Amorce", ...data].sort());
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  it("acknowledgements and follow-up closures interleaved with new entries keep every reader and entry", () => {
    fake = setUp();
    const first = addHandover({ ...INPUT, severity: "urgent", followUp: { what: "Rappeler" } });
    const readers = Array.from({ length: 12 }, (_, i) => `r${i}@example.org`);
    const tasks = [
      ...readers.map(() => () => acknowledgeHandover(first.id)),
      ...Array.from({ length: 12 }, (_, i) => () => addHandover({ ...INPUT, data: `Nouvelle ${i}` })),
      () => closeFollowUp(first.id),
    ];
    const outcomes = fake.runConcurrently(tasks, {
      seed: 5,
      userEmails: [...readers, ...readers, "coord@example.org"],
    });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const stored = listHandovers({ since: "2026-11-24" });
    expect(stored).toHaveLength(13);
    const again = stored.find((e) => e.id === first.id);
    expect(new Set(again?.readBy)).toEqual(new Set(readers));
    expect(again?.followUpStatus).toBe("done");
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });
});
