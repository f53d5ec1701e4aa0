// Parses the settings tab (`Paramètres`: clé | valeur | explication) into typed Settings, reporting each bad row on its cell.
import type { Finding, Severity } from "../findings";
import { type Lang, messages } from "../i18n";
import { type CoverageRule, defaultSettings, type PresetId, type Settings } from "../settings";
import { readCoverageKey } from "../settings/coverage-key";
import { findSettingKey, foldKey, SETTING_KEYS, type SettingKey, type SettingValue } from "../settings/keys";
import { applyReadingValue, readingKeyOf } from "../settings/reading-key";
import {
  type DateReader,
  displayValue,
  isBlank,
  isOffWord,
  type Read,
  readBoolean,
  readDuration,
  readEmails,
  readPercent,
  readTimeZone,
  readWholeNumber,
  splitList,
  utcDateReader,
} from "../settings/values";
import { foldText } from "../text";
import { isTimeZone } from "../time";
import { a1, type CellValue, cellText } from "../workbook";

export { SLOTS, type Slot } from "../settings/coverage-key";
export { COVERAGE_KEY_DOCS, findSettingKey, SETTING_KEYS, type SettingKey } from "../settings/keys";

/** Options of `parseSettingsTab`. */
export interface ParseSettingsOptions {
  /** A preset chosen outside the tab (the CLI's `--preset`): it wins over the tab's `preset` row. */
  preset?: PresetId;
  /** The time zone used when the tab names none (the spreadsheet's); Europe/Paris when absent or unknown. */
  timeZone?: string;
  /** How time cells (Dates) are read; UTC fields by default (exceljs). */
  readDate?: DateReader;
}

/** What the settings tab says, the problems found in it, and where each key's value sits. */
export interface SettingsTabResult {
  settings: Settings;
  findings: Finding[];
  /** A1 of the value cell of each key found, by its French key (`onglets planning` → `B4`). */
  cells: Record<string, string>;
}

const HEADER_WORDS = new Set(["cle", "key", "parametre", "parametres", "setting", "settings"]);

const PRESET_WORDS: Record<string, PresetId> = {
  codedutravail: "code-du-travail",
  cdt: "code-du-travail",
  labourcode: "code-du-travail",
  laborcode: "code-du-travail",
  ccn66: "ccn66",
  ccn51: "ccn51",
};

/** Reads a preset name: `code-du-travail`, `Code du travail`, `CCN 66`, `ccn-51`… */
export function readPreset(value: CellValue): Read<PresetId> {
  if (typeof value !== "string" && typeof value !== "number") return { ok: false };
  const folded = foldText(String(value)).replace(/[^a-z0-9]/g, "");
  const preset = PRESET_WORDS[folded];
  return preset ? { ok: true, value: preset } : { ok: false };
}

interface Row {
  row: number;
  keyText: string;
  value: CellValue;
}

/**
 * Parses the settings tab: the preset row first (unless `options.preset` is given), then every other row
 * overrides the preset's defaults. Never throws: a bad value is a `bad-setting` finding (error) on its value cell,
 * an unknown key a `bad-setting` warning on its key cell; both leave the default in place.
 */
export function parseSettingsTab(
  values: readonly (readonly CellValue[])[],
  tabName: string,
  lang: Lang,
  options: ParseSettingsOptions = {},
): SettingsTabResult {
  const t = messages(lang).settings;
  const findings: Finding[] = [];
  const cells: Record<string, string> = {};
  const report = (severity: Severity, cell: string, message: string, details: Finding["details"]): void => {
    findings.push({
      ruleId: "bad-setting",
      severity,
      person: null,
      date: null,
      tab: tabName,
      cells: [cell],
      message,
      details,
    });
  };

  const rows = collectRows(values, lang, report);
  const firstCell = new Map<string, string>();
  const seen = (id: string, row: Row): void => {
    const previous = firstCell.get(id);
    if (previous !== undefined)
      report("warning", a1(row.row, 0), t.duplicateKey(row.keyText, a1(row.row, 0), previous), {
        key: row.keyText,
      });
    else firstCell.set(id, a1(row.row, 0));
  };

  // Pass 1: the preset.
  let tabPreset: PresetId | undefined;
  for (const row of rows) {
    const key = findSettingKey(row.keyText);
    if (key?.kind !== "preset") continue;
    seen(key.fr, row);
    cells[key.fr] = a1(row.row, 1);
    const read = readPreset(row.value);
    if (read.ok) tabPreset = read.value;
    else badValue(row, t.expected.preset);
  }
  const settings = defaultSettings(options.preset ?? tabPreset ?? "code-du-travail");
  if (options.timeZone && isTimeZone(options.timeZone)) settings.timeZone = options.timeZone;

  // Pass 2: every other row, in order.
  const coverage = new Map<string, CoverageRule[]>();
  for (const row of rows) {
    const key = findSettingKey(row.keyText);
    if (key?.kind === "preset") continue;
    if (key) {
      seen(key.fr, row);
      cells[key.fr] = a1(row.row, 1);
      const value = readValue(key, row.value, options.readDate ?? utcDateReader);
      if (value.ok) key.apply(settings, value.value);
      else if (value.badEmails) {
        const cell = a1(row.row, 1);
        report("error", cell, t.badEmails(row.keyText, cell, value.badEmails.join(", ")), {
          key: row.keyText,
          value: displayValue(row.value),
        });
      } else badValue(row, expectedText(key, lang));
      continue;
    }
    const reading = readingKeyOf(row.keyText);
    if (reading) {
      const id = `reading:${foldText(reading.tab)}:${reading.field}`;
      seen(id, row);
      const tabKey = foldText(reading.tab);
      settings.reading[tabKey] ??= {};
      const override = settings.reading[tabKey];
      if (!applyReadingValue(override, reading.field, row.value, options.readDate ?? utcDateReader)) {
        const cell = a1(row.row, 1);
        report("error", cell, t.badReadingValue(row.keyText, cell, displayValue(row.value)), {
          key: row.keyText,
          value: displayValue(row.value),
        });
      }
      continue;
    }
    const folded = foldKey(row.keyText);
    const cov = readCoverageKey(folded);
    if (cov === null) {
      const cell = a1(row.row, 0);
      report("warning", cell, t.unknownKey(row.keyText, cell), { key: row.keyText });
      continue;
    }
    if (cov === "bad") {
      const cell = a1(row.row, 0);
      report("error", cell, t.badCoverageKey(row.keyText, cell), { key: row.keyText });
      continue;
    }
    const id = `coverage:${cov.slot}:${cov.weekdays?.join("+") ?? "*"}:${cov.qualification}`;
    seen(id, row);
    const source = { tab: tabName, row: row.row };
    const base = cov.weekdays
      ? { slot: cov.slot, weekdays: cov.weekdays, source }
      : { slot: cov.slot, source };
    if (cov.qualification) {
      const names = splitList(displayValue(row.value));
      if (names.length === 0) badValue(row, t.expected.qualification);
      else
        coverage.set(
          id,
          names.map((qualification) => ({ ...base, minimum: 1, qualification })),
        );
    } else {
      const minimum = readWholeNumber(row.value, 0, 1000);
      if (minimum.ok) coverage.set(id, [{ ...base, minimum: minimum.value }]);
      else badValue(row, t.expected.coverageMinimum);
    }
  }
  settings.coverage = [...coverage.values()].flat();
  return { settings, findings, cells };

  function badValue(row: Row, expected: string): void {
    const cell = a1(row.row, 1);
    const shown = displayValue(row.value);
    report("error", cell, t.badValue(row.keyText, cell, shown, expected), {
      key: row.keyText,
      value: shown,
      expected,
    });
  }
}

function collectRows(
  values: readonly (readonly CellValue[])[],
  lang: Lang,
  report: (severity: Severity, cell: string, message: string, details: Finding["details"]) => void,
): Row[] {
  const rows: Row[] = [];
  values.forEach((cellsOfRow, r) => {
    const keyText = cellText(cellsOfRow[0]);
    const value = cellsOfRow[1] ?? null;
    if (r === 0 && HEADER_WORDS.has(foldText(keyText))) return;
    if (keyText === "") {
      if (!isBlank(value)) {
        const cell = a1(r, 1);
        report("warning", cell, messages(lang).settings.valueWithoutKey(cell), {
          value: displayValue(value),
        });
      }
      return;
    }
    if (keyText.startsWith("#")) return;
    // A blank value keeps the default: the setup tab lists keys with empty values for coordinators to fill.
    if (isBlank(value)) return;
    rows.push({ row: r, keyText, value });
  });
  return rows;
}

type ValueRead = { ok: true; value: SettingValue } | { ok: false; badEmails?: string[] };

function readValue(key: SettingKey, value: CellValue, readDate: DateReader): ValueRead {
  const min = key.min ?? 0;
  const max = key.max ?? 1000;
  switch (key.kind) {
    case "preset":
      return readPreset(value);
    case "timeZone":
      return readTimeZone(value);
    case "planningTabs": {
      const text = displayValue(value);
      if (["auto", "automatique", "automatic"].includes(foldText(text))) return { ok: true, value: "auto" };
      const names = splitList(text);
      return names.length > 0 ? { ok: true, value: names } : { ok: false };
    }
    case "list": {
      const items = splitList(displayValue(value));
      return items.length > 0 ? { ok: true, value: items } : { ok: false };
    }
    case "text":
      return typeof value === "string" || typeof value === "number"
        ? { ok: true, value: String(value).trim() }
        : { ok: false };
    case "hour": {
      const d = readDuration(value, "hours", readDate);
      return d.ok && d.value % 60 === 0 && d.value / 60 <= 23
        ? { ok: true, value: d.value / 60 }
        : { ok: false };
    }
    case "emails": {
      const { emails, bad } = readEmails(value);
      return bad.length > 0 ? { ok: false, badEmails: bad } : { ok: true, value: emails };
    }
    case "mode": {
      const folded = typeof value === "string" ? foldText(value) : "";
      if (["minimal", "minimale", "minimum"].includes(folded)) return { ok: true, value: "minimal" };
      if (["complet", "complete", "full"].includes(folded)) return { ok: true, value: "full" };
      return { ok: false };
    }
    case "boolean":
      return readBoolean(value);
    case "hours":
      return readDuration(value, "hours", readDate);
    case "hoursOrNo":
      return isOffWord(value) ? { ok: true, value: null } : readDuration(value, "hours", readDate);
    case "minutes":
      return readDuration(value, "minutes", readDate);
    case "days":
    case "count":
      return readWholeNumber(value, min, max);
    case "daysOrNo":
      return isOffWord(value) ? { ok: true, value: null } : readWholeNumber(value, min, max);
    case "percent":
      return readPercent(value);
  }
}

function expectedText(key: SettingKey, lang: Lang): string {
  const e = messages(lang).settings.expected;
  const min = key.min ?? 0;
  const max = key.max ?? 1000;
  switch (key.kind) {
    case "preset":
      return e.preset;
    case "timeZone":
      return e.timeZone;
    case "planningTabs":
      return e.planningTabs;
    case "list":
      return e.list;
    case "text":
      return e.text;
    case "hour":
      return e.hour;
    case "emails":
      return e.emails;
    case "mode":
      return e.mode;
    case "boolean":
      return e.boolean;
    case "hours":
      return e.hours;
    case "hoursOrNo":
      return e.hoursOrNo;
    case "minutes":
      return e.minutes;
    case "days":
      return e.days(min, max);
    case "daysOrNo":
      return e.daysOrNo(min, max);
    case "count":
      return e.count(min, max);
    case "percent":
      return e.percent;
  }
}

/**
 * The rows `setupWorkbook` writes in a new settings tab: the header (`clé | valeur | explication`), every fixed
 * key with the preset's value and its explanation, then the coverage keys with empty values to fill in.
 */
export function settingsTabRows(lang: Lang, preset: PresetId = "code-du-travail"): string[][] {
  const t = messages(lang).settings;
  const defaults = defaultSettings(preset);
  const name = (k: { fr: string; en: string }): string => (lang === "en" ? k.en : k.fr);
  const rows: string[][] = [[t.header.key, t.header.value, t.header.explanation]];
  for (const key of SETTING_KEYS) {
    rows.push([name(key), String(key.display(defaults, lang)), key.explanation(lang)]);
  }
  const cov = lang === "en" ? "coverage" : "couverture";
  const slots = messages(lang).check.slotNames;
  const e = t.explain;
  rows.push([`${cov}.${slots.matin}`, "", e.coverage]);
  rows.push([`${cov}.${slots.soir}`, "", e.coverage]);
  rows.push([`${cov}.${slots.nuit}`, "", e.coverage]);
  rows.push([`${cov}.${slots.nuit}.qualification`, "", e.coverageQualification]);
  rows.push([lang === "en" ? "reading.<tab>.month" : "lecture.<onglet>.mois", "", e.reading]);
  return rows;
}
