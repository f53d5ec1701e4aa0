// dist/Code.js runs in a bare V8 context with only the Apps Script globals, and onOpen builds the menu.
import { runInContext } from "node:vm";
import * as enGas from "../../src/core/i18n/en/gas";
import { loadBundle } from "./load-bundle";

const FRENCH_LABELS = [
  "Ouvrir Relève",
  "Vérifier le planning",
  "Effacer les marques",
  "Générer le briefing",
  "Configurer le classeur",
  "Briefing du matin par e-mail…",
];
const ENGLISH_LABELS = Object.values(enGas.gas.menu);

/** The menu's item captions (separators left out), and the function each item runs. */
function menuItems(bundle: ReturnType<typeof loadBundle>): { caption: string; fn: string }[] {
  const menu = bundle.fake.ui.lastMenu();
  if (!menu) throw new Error("no menu was added to the UI");
  expect(menu.addon).toBe(true);
  return menu.items.flatMap((e) => (e.kind === "item" ? [{ caption: e.caption, fn: e.functionName }] : []));
}

describe("the bundle in a bare context", () => {
  test.each([
    "require",
    "process",
    "setTimeout",
    "setInterval",
    "URL",
    "TextEncoder",
    "TextDecoder",
    "Buffer",
    "atob",
    "btoa",
    "module",
    "exports",
    "global",
  ])("%s is undefined inside the context", (name) => {
    const { context } = loadBundle();
    expect(runInContext(`typeof ${name}`, context)).toBe("undefined");
  });

  test("the Apps Script globals are the fake's", () => {
    const { context } = loadBundle();
    for (const name of [
      "SpreadsheetApp",
      "HtmlService",
      "PropertiesService",
      "LockService",
      "ScriptApp",
      "MailApp",
      "Session",
      "Utilities",
      "CacheService",
      "Logger",
    ]) {
      expect(runInContext(`typeof ${name}`, context)).toBe("object");
    }
  });

  test("loading the bundle touches no service", () => {
    const { fake } = loadBundle();
    expect(fake.calls.log()).toEqual([]);
  });
});

describe("onOpen", () => {
  test("in AuthMode.NONE it builds the French add-on menu and touches nothing but the Ui", () => {
    const bundle = loadBundle({ authMode: "NONE", locale: "en_US" });
    bundle.call("onOpen", { authMode: "NONE" });
    const items = menuItems(bundle);
    expect(items.map((i) => i.caption).sort()).toEqual([...FRENCH_LABELS].sort());
    const methods = Object.keys(bundle.fake.calls.byMethod());
    expect(methods.filter((m) => !/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+)$/.test(m))).toEqual(
      [],
    );
    expect(bundle.fake.calls.count("Menu.addToUi")).toBe(1);
  });

  test("every menu item runs a top-level function of the bundle", () => {
    const bundle = loadBundle();
    bundle.call("onOpen", { authMode: "FULL" });
    for (const item of menuItems(bundle)) {
      expect(typeof bundle.context[item.fn]).toBe("function");
      expect(bundle.source).toMatch(new RegExp(`^function ${item.fn}\\(`, "m"));
    }
  });

  test("in AuthMode.FULL a French spreadsheet gets the French labels", () => {
    const bundle = loadBundle({ locale: "fr_FR" });
    bundle.call("onOpen", { authMode: "FULL" });
    expect(
      menuItems(bundle)
        .map((i) => i.caption)
        .sort(),
    ).toEqual([...FRENCH_LABELS].sort());
  });

  test("in AuthMode.FULL an en_US spreadsheet gets the English labels", () => {
    const bundle = loadBundle({ locale: "en_US" });
    bundle.call("onOpen", { authMode: "FULL" });
    const captions = menuItems(bundle).map((i) => i.caption);
    expect(captions.sort()).toEqual([...ENGLISH_LABELS].sort());
    expect(captions.some((c) => FRENCH_LABELS.includes(c))).toBe(false);
  });

  test("onInstall builds the same menu as onOpen", () => {
    const opened = loadBundle();
    opened.call("onOpen", { authMode: "FULL" });
    const installed = loadBundle();
    installed.call("onInstall", { authMode: "FULL" });
    expect(installed.fake.ui.menus).toEqual(opened.fake.ui.menus);
    const none = loadBundle({ authMode: "NONE" });
    none.call("onInstall", { authMode: "NONE" });
    expect(none.fake.ui.captions()).toEqual(opened.fake.ui.captions());
  });
});
