// Workbook files written by hand for the reader tests: .xlsx packages as other programs write them, and .ods.
import { makeZip } from "./zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One worksheet: its name, the XML inside `<sheetData>`, merged ranges, and its state. */
export interface RawSheet {
  name: string;
  /** Rows as XML (`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), with the `x:` prefix when the book has one. */
  rows: string;
  merges?: string[];
  state?: "hidden" | "veryHidden";
}

/** How the package is written. */
export interface RawXlsxOptions {
  sheets: RawSheet[];
  /** Shared strings, as XML inside `<si>` (`<t>text</t>`, or rich runs). */
  strings?: string[];
  /** Cell formats: the number format code of each style index (`s`), e.g. `["General", "dd/mm/yyyy"]`. */
  formats?: string[];
  date1904?: boolean;
  /**
   * Write every SpreadsheetML element with this namespace prefix (`x`, as the OpenXML SDK does), with absolute
   * relationship targets, worksheets named `sheet.xml`, `sheet2.xml`…, and a byte-order mark.
   */
  prefix?: string;
  /** Deflate the entries (large generated sheets). */
  deflate?: boolean;
}

/** The bytes of an .xlsx package written by hand. */
export function rawXlsx(options: RawXlsxOptions): Buffer {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const bom = options.prefix ? "\uFEFF" : "";
  const head = `${bom}<?xml version="1.0" encoding="utf-8"?>`;
  const abs = options.prefix ? "/xl/" : "";
  const sheetFile = (i: number) =>
    options.prefix ? `sheet${i === 0 ? "" : i + 1}.xml` : `sheet${i + 1}.xml`;
  const files: Record<string, string> = {};
  files["[Content_Types].xml"] =
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    options.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/${sheetFile(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    "</Types>";
  files["_rels/.rels"] =
    `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="R1" Type="${REL}/officeDocument" Target="${options.prefix ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`;
  const rels = options.sheets.map(
    (_, i) => `<Relationship Id="rS${i}" Type="${REL}/worksheet" Target="${abs}worksheets/${sheetFile(i)}"/>`,
  );
  rels.push(`<Relationship Id="rStr" Type="${REL}/sharedStrings" Target="${abs}sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rSty" Type="${REL}/styles" Target="${abs}styles.xml"/>`);
  files["xl/_rels/workbook.xml.rels"] =
    `${head}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  files["xl/workbook.xml"] =
    `${head}<${p}workbook ${ns} xmlns:r="${REL}">` +
    (options.date1904 ? `<${p}workbookPr date1904="1"/>` : "") +
    `<${p}sheets>` +
    options.sheets
      .map(
        (s, i) =>
          `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rS${i}"/>`,
      )
      .join("") +
    `</${p}sheets></${p}workbook>`;
  options.sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
      : "";
    files[`xl/worksheets/${sheetFile(i)}`] =
      `${head}<${p}worksheet ${ns}><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>` +
      `<${p}sheetData>${sheet.rows}</${p}sheetData>${merges}</${p}worksheet>`;
  });
  const strings = options.strings ?? [];
  files["xl/sharedStrings.xml"] =
    `${head}<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((si) => `<${p}si>${si}</${p}si>`).join("") +
    `</${p}sst>`;
  const formats = options.formats ?? ["General"];
  const custom = formats.map((code, i) => ({ id: 164 + i, code })).filter((f) => f.code !== "General");
  files["xl/styles.xml"] =
    `${head}<${p}styleSheet ${ns}>` +
    (custom.length
      ? `<${p}numFmts count="${custom.length}">${custom.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`).join("")}</${p}numFmts>`
      : "") +
    `<${p}cellStyleXfs count="1"><${p}xf numFmtId="14"/></${p}cellStyleXfs>` +
    `<${p}cellXfs count="${formats.length}">` +
    formats
      .map((code, i) => `<${p}xf numFmtId="${code === "General" ? 0 : 164 + i}" applyNumberFormat="1"/>`)
      .join("") +
    `</${p}cellXfs></${p}styleSheet>`;
  return makeZip(files, { deflate: options.deflate });
}

/** Text escaped for XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';

/** The bytes of an OpenDocument spreadsheet whose body holds these `<table:table>` elements. */
export function rawOds(tables: string, options: { mimetype?: string; deflate?: boolean } = {}): Buffer {
  const mimetype = options.mimetype ?? "application/vnd.oasis.opendocument.spreadsheet";
  return makeZip(
    {
      mimetype,
      "content.xml":
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS} office:version="1.3">` +
        `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
      "META-INF/manifest.xml":
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
    { deflate: options.deflate ?? true },
  );
}
