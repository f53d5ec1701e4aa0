// The workbook reader on files other programs write: OpenXML SDK exports, .xlsm, .ods, .csv — values as Sheets gives them.
import { readXlsxSnapshot, type XlsxReadError } from "../../src/cli/xlsx-snapshot";
import type { CellValue } from "../../src/core/workbook";
import { rawOds, rawXlsx } from "./support/packages";
import { tempDir, writeRaw } from "./support/workbooks";
import { makeZip } from "./support/zip";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function tabsOf(name: string, bytes: Uint8Array | string): Promise<Record<string, CellValue[][]>> {
  const { snapshot } = await readXlsxSnapshot(writeRaw(tmp.path(name), bytes));
  return Object.fromEntries(snapshot.tabs.map((t) => [t.name, t.values]));
}

const utc = (y: number, m: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, m - 1, d, h, mi));

describe(".xlsx as the OpenXML SDK writes it (x: prefix, absolute targets, rows without r)", () => {
  const strings = [
    "<x:t>Nom</x:t>",
    "<x:t>Martin, Léa\r\n07:00 - 14:00</x:t>",
    '<x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Ber</x:t></x:r><x:r><x:t>nard Hugo</x:t></x:r>' +
      '<x:rPh sb="0" eb="1"><x:t>ベ</x:t></x:rPh>',
    "<x:t>Clear_x001B_[2J and _x005F_x0041_</x:t>",
  ];
  const rows =
    '<x:row><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>46350</x:v></x:c></x:row>' +
    '<x:row><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c s="2"><x:v>0.3125</x:v></x:c></x:row>' +
    '<x:row r="4"><x:c r="A4" t="s"><x:v>3</x:v></x:c><x:c r="C4" t="e"><x:v>#VALUE!</x:v></x:c>' +
    '<x:c r="D4" t="inlineStr"><x:is><x:t>en ligne</x:t></x:is></x:c><x:c r="E4" t="b"><x:v>1</x:v></x:c>' +
    '<x:c r="F4" t="str"><x:f>CONCAT("C","A")</x:f><x:v>CA</x:v></x:c><x:c r="G4"><x:f>1/0</x:f><x:v>7.5</x:v></x:c>' +
    '<x:c r="H4" t="d"><x:v>2026-11-24T07:30:00</x:v></x:c><x:c r="I4" s="1"/></x:row>';
  let tabs: Record<string, CellValue[][]>;

  beforeAll(async () => {
    const bytes = rawXlsx({
      prefix: "x",
      strings,
      formats: ["General", "dd/mm/yyyy", "[h]:mm"],
      sheets: [
        { name: "WardWorkRoster", rows },
        { name: "Caché", rows: '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>', state: "hidden" },
      ],
    });
    tabs = await tabsOf("sdk.xlsx", bytes);
  });

  test("every tab is read in order, a hidden one too", () => {
    expect(Object.keys(tabs)).toEqual(["WardWorkRoster", "Caché"]);
    expect(tabs.Caché).toEqual([[1]]);
  });

  test("shared, rich and inline strings; line ends as XML gives them; phonetic guides left out", () => {
    const sheet = tabs.WardWorkRoster as CellValue[][];
    expect(sheet[0]?.[0]).toBe("Nom");
    expect(sheet[1]?.[0]).toBe("Martin, Léa\n07:00 - 14:00");
    expect(sheet[1]?.[1]).toBe("Bernard Hugo");
    expect(sheet[3]?.[3]).toBe("en ligne");
  });

  test("_xHHHH_ escapes are decoded (ESC is a real ESC in the value; _x005F_ is an underscore)", () => {
    expect((tabs.WardWorkRoster as CellValue[][])[3]?.[0]).toBe("Clear\u001b[2J and _x0041_");
  });

  test("date and time formats give Dates (wall clock in UTC fields), other numbers stay numbers", () => {
    const sheet = tabs.WardWorkRoster as CellValue[][];
    expect(sheet[0]?.[1]).toEqual(utc(2026, 11, 24));
    expect(sheet[1]?.[2]).toEqual(utc(1899, 12, 30, 7, 30));
    expect(sheet[3]?.[6]).toBe(7.5);
    expect(sheet[3]?.[7]).toEqual(utc(2026, 11, 24, 7, 30));
  });

  test("errors give their text, booleans stay booleans, formulas their cached result", () => {
    const row = (tabs.WardWorkRoster as CellValue[][])[3];
    expect(row?.[2]).toBe("#VALUE!");
    expect(row?.[4]).toBe(true);
    expect(row?.[5]).toBe("CA");
    expect(row).toHaveLength(8); // the styled empty I4 is no value
    expect((tabs.WardWorkRoster as CellValue[][])[2]).toEqual([]);
  });
});

describe("other .xlsx details", () => {
  test("the 1904 date system (Excel for Mac) is honoured", async () => {
    const tabs = await tabsOf(
      "mac.xlsx",
      rawXlsx({
        date1904: true,
        formats: ["General", "dd/mm/yyyy"],
        sheets: [{ name: "A", rows: '<row r="1"><c r="A1" s="1"><v>44888</v></c></row>' }],
      }),
    );
    expect(tabs.A?.[0]?.[0]).toEqual(utc(2026, 11, 24));
  });

  test("a merged range keeps its value in the top-left cell only, even when other cells hold one", async () => {
    const tabs = await tabsOf(
      "merged.xlsx",
      rawXlsx({
        sheets: [
          {
            name: "A",
            rows:
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c><c r="B1"><v>2</v></c></row>' +
              '<row r="2"><c r="A2"><v>3</v></c><c r="D2"><v>4</v></c></row>',
            merges: ["A1:C2"],
          },
        ],
      }),
    );
    expect(tabs.A).toEqual([["Titre"], [null, null, null, 4]]);
  });

  test("an .xlsm (macros) is read like an .xlsx, named by its content", async () => {
    const bytes = rawXlsx({
      sheets: [{ name: "Planning", rows: '<row r="1"><c r="A1"><v>5</v></c></row>' }],
    });
    expect((await tabsOf("macros.xlsm", bytes)).Planning).toEqual([[5]]);
  });

  test("a binary .xlsb is refused with what to do", async () => {
    const error = await readXlsxSnapshot(
      writeRaw(
        tmp.path("binaire.xlsb"),
        makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" }),
      ),
    ).catch((e: unknown) => e);
    expect((error as XlsxReadError).problem).toBe("xlsb");
  });
});

describe(".ods (LibreOffice)", () => {
  const cell = (attrs: string, text = "") =>
    `<table:table-cell ${attrs}>${text === "" ? "" : `<text:p>${text}</text:p>`}</table:table-cell>`;
  let tabs: Record<string, CellValue[][]>;

  beforeAll(async () => {
    const planning =
      '<table:table table:name="Novembre 2026"><table:table-column table:number-columns-repeated="3"/>' +
      `<table:table-row>${cell('office:value-type="string"', "Nom")}${cell('office:value-type="date" office:date-value="2026-11-24"', "24/11")}` +
      `${cell('office:value-type="date" office:date-value="2026-11-25T21:00:00"', "25/11 21:00")}</table:table-row>` +
      `<table:table-row>${cell('office:value-type="string"', "Martin <text:s/>Léa</text:p><text:p>2e ligne")}` +
      `${cell('office:value-type="time" office:time-value="PT07H30M00S"', "07:30")}` +
      `${cell('office:value-type="float" office:value="7.5"', "7,5")}${cell('office:value-type="percentage" office:value="0.5"', "50 %")}` +
      `${cell('office:value-type="currency" office:value="12" office:currency="EUR"', "12 €")}` +
      `${cell('office:value-type="boolean" office:boolean-value="true"', "VRAI")}</table:table-row>` +
      '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      `<table:table-row>${cell('table:number-columns-spanned="2" office:value-type="string"', "Fusion")}` +
      `<table:covered-table-cell office:value-type="string"><text:p>caché</text:p></table:covered-table-cell>` +
      `${cell('table:number-columns-repeated="2" office:value-type="string"', "M")}` +
      `${cell('table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"', "#DIV/0!")}` +
      `<table:table-cell office:value-type="string"><office:annotation><text:p>une note</text:p></office:annotation><text:p>S</text:p></table:table-cell>` +
      "</table:table-row>" +
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      "</table:table>";
    const hidden =
      '<table:table table:name="Masqué" table:display="false"><table:table-row>' +
      `${cell('office:value-type="string"', "x")}</table:table-row></table:table>`;
    tabs = await tabsOf("calc.ods", rawOds(planning + hidden));
  });

  test("every table is a tab, in order, hidden ones too", () => {
    expect(Object.keys(tabs)).toEqual(["Novembre 2026", "Masqué"]);
    expect(tabs.Masqué).toEqual([["x"]]);
  });

  test("dates, times, numbers, percentages, currencies and booleans as Sheets gives them", () => {
    const sheet = tabs["Novembre 2026"] as CellValue[][];
    expect(sheet[0]).toEqual(["Nom", utc(2026, 11, 24), utc(2026, 11, 25, 21)]);
    expect(sheet[1]?.slice(1)).toEqual([utc(1899, 12, 30, 7, 30), 7.5, 0.5, 12, true]);
  });

  test("text: paragraphs joined by a line break, text:s spaces kept", () => {
    expect((tabs["Novembre 2026"] as CellValue[][])[1]?.[0]).toBe("Martin  Léa\n2e ligne");
  });

  test("repeated rows and columns; covered cells empty; an error shows its text; notes are not the text", () => {
    const sheet = tabs["Novembre 2026"] as CellValue[][];
    expect(sheet).toHaveLength(6);
    expect(sheet[2]).toEqual([]);
    expect(sheet[5]).toEqual(["Fusion", null, "M", "M", "#DIV/0!", "S"]);
  });
});

describe(".csv", () => {
  test("semicolons, quotes, line breaks inside quotes, CRLF, a BOM; every field stays text", async () => {
    const text = '\uFEFFNom;1;2\r\n"Martin; Léa";07:00;"14h-22h"\r\n"Bernard ""Hugo""\r\nbis";7,5;\r\n';
    const tabs = await tabsOf("Novembre 2026.csv", text);
    expect(tabs["Novembre 2026"]).toEqual([
      ["Nom", "1", "2"],
      ["Martin; Léa", "07:00", "14h-22h"],
      ['Bernard "Hugo"\r\nbis', "7,5"],
    ]);
  });

  test("commas and tabs are recognised as delimiters", async () => {
    expect((await tabsOf("virgules.csv", "Nom,Lundi\nLéa,M\n")).virgules).toEqual([
      ["Nom", "Lundi"],
      ["Léa", "M"],
    ]);
    expect((await tabsOf("tabs.tsv", "Nom\tLundi\nLéa\tS\n")).tabs).toEqual([
      ["Nom", "Lundi"],
      ["Léa", "S"],
    ]);
  });

  test("bytes that are not UTF-8 are read as Windows-1252 (Excel in French)", async () => {
    const bytes = Buffer.from([
      ...Buffer.from("Nom;F"),
      0xe9,
      ...Buffer.from("vrier\nL"),
      0xe9,
      0x61,
      0x3b,
      0x4d,
    ]);
    expect((await tabsOf("ansi.csv", bytes)).ansi).toEqual([
      ["Nom", "Février"],
      ["Léa", "M"],
    ]);
  });

  test("a text file not named .csv is still refused", async () => {
    const error = await readXlsxSnapshot(writeRaw(tmp.path("notes.xlsx"), "Nom;Lundi\n")).catch(
      (e: unknown) => e,
    );
    expect((error as XlsxReadError).problem).toBe("not-xlsx");
  });
});
