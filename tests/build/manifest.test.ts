// dist/appsscript.json: V8, Europe/Paris, Stackdriver logging, and exactly the scopes decided up front.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDist } from "./load-bundle";

/** The scopes of shared/domain/apps-script-platform.md: a new scope must be a conscious decision. */
const SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/script.send_mail",
  "https://www.googleapis.com/auth/script.scriptapp",
  "https://www.googleapis.com/auth/userinfo.email",
];

describe("dist/appsscript.json", () => {
  const manifest = JSON.parse(readDist("appsscript.json")) as Record<string, unknown>;

  test("runs on V8 in Europe/Paris and logs exceptions to Stackdriver", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Europe/Paris");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
  });

  test("declares exactly the five scopes, each once", () => {
    const scopes = manifest.oauthScopes as string[];
    expect([...scopes].sort()).toEqual([...SCOPES].sort());
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  test("is the repository's appsscript.json, copied unchanged", () => {
    const source = readFileSync(join(__dirname, "..", "..", "appsscript.json"), "utf8");
    expect(manifest).toEqual(JSON.parse(source));
  });
});
