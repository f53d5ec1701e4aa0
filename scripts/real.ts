// `npm run real`: reads every workbook of ../shared/plannings-reels/ as `releve read` does and compares the reading
// with the coordinator's expected reading (expected/*.json): tab status, dates, people, hand-checked cells, counts.
// Not part of `npm test` (the corpus is not ours to ship); prints one table and the misses.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readXlsxSnapshot } from "../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../src/core/check/check";
import { readingReport } from "../src/core/planning/reading-report";
import { foldText } from "../src/core/text";
import type { WorkbookSnapshot } from "../src/core/workbook";

const CORPUS = resolve(process.argv[2] ?? join(__dirname, "..", "..", "shared", "plannings-reels"));

interface Sample {
  cell: string;
  raw: string;
  person: string | null;
  date: string | null;
  kind: "work" | "absence" | "rest" | "none";
  start: string | null;
  end: string | null;
}
interface ExpectedTab {
  name: string;
  isPlanning: boolean;
  datable: boolean;
  dates: { from: string; to: string } | null;
  people: string[];
  workCells: number;
  absenceCells: number;
  samples: Sample[];
}
interface Expected {
  file: string;
  tabs: ExpectedTab[];
}

/** Settings a coordinator would give where the workbook lacks a fact (the expected files' notes name them). */
const HINTS: Record<string, Array<[string, string]>> = {
  "fr-magasin-vendeurs-S41-S52.xlsx": [["année", "2025"]],
  "fr-ehpad-planning-exemple.xlsx": [["lecture.Sheet1.mois", "2026-01"]],
};

const norm = (name: string): string =>
  foldText(name)
    .replace(/^dr\.?\s+/, "")
    .replace(/\s*\+$/, "");

/** `'Tab'!A1` or `Tab!A1` → `Tab!A1`. */
function cellKey(ref: string): string {
  const at = ref.lastIndexOf("!");
  const tab = ref
    .slice(0, at)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return `${tab}!${ref.slice(at + 1)}`;
}

interface Found {
  work: Array<{ person: string; date: string | null; start: string | null; end: string | null }>;
  absence: Array<{ person: string; date: string | null }>;
}

async function readBook(path: string, settings: Array<[string, string]> = []): Promise<WorkbookSnapshot> {
  const { snapshot } = await readXlsxSnapshot(path, {});
  if (settings.length > 0) {
    snapshot.tabs.push({ name: "Paramètres", values: [["clé", "valeur"], ...settings] });
  }
  return snapshot;
}

function judge(expected: Expected, snapshot: WorkbookSnapshot, label: string, hinted = false): string[] {
  const result = checkWorkbook(snapshot);
  const report = readingReport(result.timeline, "en");
  const byCell = new Map<string, Found>();
  const tabPeople = new Map<string, Set<string>>();
  const at = (key: string): Found => {
    let f = byCell.get(key);
    if (!f) {
      f = { work: [], absence: [] };
      byCell.set(key, f);
    }
    return f;
  };
  for (const person of report.people) {
    const tabs = new Set<string>();
    for (const row of person.rows) tabs.add(cellKey(row).split("!")[0] as string);
    for (const s of person.shifts) {
      const key = cellKey(s.cell);
      tabs.add(key.split("!")[0] as string);
      at(key).work.push({ person: person.name, date: s.date, start: s.start, end: s.end });
    }
    for (const a of person.absences) {
      const key = cellKey(a.cell);
      tabs.add(key.split("!")[0] as string);
      at(key).absence.push({ person: person.name, date: a.date });
    }
    for (const tab of tabs) {
      let set = tabPeople.get(tab);
      if (!set) {
        set = new Set();
        tabPeople.set(tab, set);
      }
      set.add(norm(person.name));
    }
  }
  // A cyclic pattern's lines are no people: their cells count, their names do not.
  for (const pattern of report.patterns ?? []) {
    for (const line of pattern.lines) {
      for (const s of line.shifts)
        at(cellKey(s.cell)).work.push({ person: line.name, date: s.date, start: s.start, end: s.end });
      for (const a of line.absences) at(cellKey(a.cell)).absence.push({ person: line.name, date: a.date });
    }
  }
  const lines: string[] = [];
  for (const tab of expected.tabs) {
    const got = report.tabs.find((t) => t.tab === tab.name);
    const misses: string[] = [];
    const expectedStatus = !tab.isPlanning ? "ignored" : tab.datable || hinted ? "read" : "undated";
    const status = got?.status ?? "missing";
    const statusOk =
      status === expectedStatus ||
      (expectedStatus === "read" && status === "partial") ||
      (!tab.isPlanning && status === "ignored");
    const datesOk =
      !tab.isPlanning || !tab.datable || (got?.from === tab.dates?.from && got?.to === tab.dates?.to);
    if (!datesOk) misses.push(`dates ${got?.from}→${got?.to} (expected ${tab.dates?.from}→${tab.dates?.to})`);
    const people = tabPeople.get(tab.name) ?? new Set<string>();
    const wanted = new Set(tab.people.map(norm));
    const found = [...wanted].filter((p) => people.has(p)).length;
    const extra = [...people].filter((p) => !wanted.has(p));
    const missing = [...wanted].filter((p) => !people.has(p));
    if (missing.length > 0)
      misses.push(`people missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? "…" : ""}`);
    if (extra.length > 0)
      misses.push(`extra people: ${extra.slice(0, 5).join(", ")}${extra.length > 5 ? "…" : ""}`);
    let samplesOk = 0;
    for (const sample of tab.samples) {
      const f = byCell.get(cellKey(sample.cell)) ?? { work: [], absence: [] };
      const persons = sample.person === null ? [] : sample.person.split(" + ").map(norm);
      const mine = (x: { person: string; date: string | null }): boolean =>
        (persons.length === 0 || persons.includes(norm(x.person))) &&
        (sample.date === null || x.date === sample.date);
      let ok: boolean;
      if (sample.kind === "work") {
        const works = f.work.filter(mine);
        const starts = works
          .map((w) => w.start)
          .filter((s): s is string => s !== null)
          .sort();
        const ends = works.map((w) => w.end).filter((s): s is string => s !== null);
        ok =
          persons.every((p) => works.some((w) => norm(w.person) === p)) &&
          works.length > 0 &&
          (sample.start === null || starts[0] === sample.start) &&
          (sample.end === null || ends[ends.length - 1] === sample.end || ends.includes(sample.end));
      } else if (sample.kind === "absence") ok = f.absence.some(mine);
      else if (sample.kind === "rest") ok = !f.work.some(mine) && !f.absence.some(mine);
      else ok = f.work.length === 0 && f.absence.length === 0;
      if (ok) samplesOk++;
      else
        misses.push(
          `sample ${sample.cell} ${JSON.stringify(sample.raw)} expected ${sample.kind} ${sample.person ?? ""} ${sample.date ?? ""} ${sample.start ?? ""}-${sample.end ?? ""}; got ${JSON.stringify(f)}`,
        );
    }
    const cells = (n: number | undefined, e: number): string => `${n ?? 0}/${e}`;
    lines.push(
      [
        label.padEnd(38),
        tab.name.slice(0, 22).padEnd(22),
        `${statusOk ? "ok " : "NO "}${status.padEnd(8)}`,
        `${got?.layout ?? "-"}`.padEnd(17),
        datesOk ? "dates ok" : "dates NO",
        `people ${found}/${wanted.size}${extra.length ? ` +${extra.length}` : ""}`.padEnd(16),
        `samples ${samplesOk}/${tab.samples.length}`.padEnd(14),
        `work ${cells(got?.shifts, tab.workCells)}`.padEnd(16),
        `abs ${cells(got?.absences, tab.absenceCells)}`,
      ].join(" "),
    );
    for (const miss of misses.slice(0, 6)) lines.push(`      · ${miss.slice(0, 300)}`);
    if (misses.length > 6) lines.push(`      · … ${misses.length - 6} more`);
  }
  const rules = new Map<string, number>();
  for (const f of result.findings) rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  lines.push(`      findings: ${[...rules].map(([r, n]) => `${r} ${n}`).join(", ") || "none"}`);
  return lines;
}

async function main(): Promise<void> {
  const dir = join(CORPUS, "expected");
  if (!existsSync(dir)) {
    console.error(`npm run real: no corpus at ${CORPUS} (give its folder as the first argument)`);
    process.exit(2);
  }
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), "utf8")) as Expected;
    const path = join(CORPUS, expected.file);
    try {
      for (const line of judge(expected, await readBook(path), expected.file)) console.log(line);
      const hints = HINTS[expected.file];
      if (hints) {
        const label = `  with ${hints.map(([k, v]) => `${k}=${v}`).join(", ")}`;
        for (const line of judge(expected, await readBook(path, hints), label, true)) console.log(line);
      }
    } catch (error) {
      console.log(`${expected.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

void main();
