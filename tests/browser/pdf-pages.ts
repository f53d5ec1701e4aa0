// Counts the pages of a PDF that Chromium printed (each page is one `/Type /Page` object).

/** The number of pages of a PDF made by Chromium's `page.pdf()`. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}
