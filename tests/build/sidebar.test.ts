// dist/Sidebar.html is one self-contained file: inline script and style, no external address, no scriptlet.
import { createFakeAppsScript } from "../fakes";
import { readDist } from "./load-bundle";

describe("dist/Sidebar.html", () => {
  const html = readDist("Sidebar.html");

  test("loads nothing from outside", () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?\/\//i);
  });

  test("holds no HtmlService scriptlet", () => {
    expect(html).not.toContain("<?");
  });

  test("has exactly one inline script and one inline style", () => {
    expect(html.match(/<script\b/gi) ?? []).toHaveLength(1);
    expect(html.match(/<\/script/gi) ?? []).toHaveLength(1);
    expect(html.match(/<style\b/gi) ?? []).toHaveLength(1);
    expect(html.match(/<\/style/gi) ?? []).toHaveLength(1);
  });

  test("is what HtmlService.createHtmlOutputFromFile('Sidebar') serves in the fake", () => {
    const { HtmlService } = createFakeAppsScript().globals;
    expect(HtmlService.createHtmlOutputFromFile("Sidebar").getContent()).toBe(html);
  });

  test("stays small enough for the Apps Script editor (under 1 MB)", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
  });
});
