// The argument parser and the locale: what users type, and how it is understood or refused.
import { parseArgs, UsageError } from "../../src/cli/args";
import { localeOfEnvironment, localeOfLangOption } from "../../src/cli/locale";

const specs = { json: { takesValue: false }, out: { takesValue: true }, help: { takesValue: false } };

describe("parseArgs", () => {
  test("positionals, flags, valued options in both forms, -h and --", () => {
    expect(parseArgs(["a.xlsx", "--json", "--out", "r.xlsx", "-h"], specs)).toEqual({
      positionals: ["a.xlsx"],
      options: { json: true, out: "r.xlsx", help: true },
    });
    expect(parseArgs(["--out=r 2.xlsx", "--", "--json"], specs)).toEqual({
      positionals: ["--json"],
      options: { out: "r 2.xlsx" },
    });
  });

  test.each([
    [["--jsno"], "unknown-option", "--jsno"],
    [["--jsno=1"], "unknown-option", "--jsno"],
    [["-x"], "unknown-option", "-x"],
    [["--out"], "missing-value", "--out"],
    [["--out", "--json"], "missing-value", "--out"],
    [["--out="], "missing-value", "--out"],
    [["--json=yes"], "unexpected-value", "--json"],
  ])("%j is refused (%s)", (argv, problem, subject) => {
    let caught: unknown;
    try {
      parseArgs(argv, specs);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect(caught).toMatchObject({ problem, subject });
  });
});

describe("locale", () => {
  test("--lang values", () => {
    expect(localeOfLangOption("en")).toBe("en_US");
    expect(localeOfLangOption("FR")).toBe("fr_FR");
    expect(localeOfLangOption("en-gb")).toBe("en_GB");
    expect(localeOfLangOption("de")).toBeUndefined();
  });

  test("LC_ALL wins over LC_MESSAGES over LANG; C, POSIX and other languages give French", () => {
    expect(localeOfEnvironment({ LC_ALL: "en_US.UTF-8", LANG: "fr_FR.UTF-8" })).toBe("en_US");
    expect(localeOfEnvironment({ LC_ALL: "", LC_MESSAGES: "en_GB", LANG: "fr_FR" })).toBe("en_GB");
    expect(localeOfEnvironment({ LANG: "fr_CA.UTF-8@euro" })).toBe("fr_CA");
    expect(localeOfEnvironment({ LANG: "C.UTF-8" })).toBe("fr_FR");
    expect(localeOfEnvironment({ LANG: "de_DE.UTF-8" })).toBe("fr_FR");
    expect(localeOfEnvironment({})).toBe("fr_FR");
  });
});
