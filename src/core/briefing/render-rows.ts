// Renders the briefing to sheet rows plus per-cell formatting, for one batched write of the Briefing tab.
import { type Block, BRIEFING_COLUMNS, briefingBlocks } from "./blocks";
import type { BriefingModel } from "./types";

/** The kind of a sheet row, which decides its formatting. */
export type RowKind =
  | "title"
  | "meta"
  | "status"
  | "section"
  | "columns"
  | "sub"
  | "urgent"
  | "watch"
  | "plain"
  | "team"
  | "note";

/**
 * The formatting of every cell of the rows, as 2-D arrays the size of `values` (one call each). Font sizes are
 * not per cell: the body is `BODY_FONT_SIZE` and the title row `TITLE_FONT_SIZE` (one call each).
 */
export interface SheetFormatting {
  backgrounds: string[][];
  fontWeights: Array<Array<"bold" | "normal">>;
  fontColors: string[][];
  wraps: boolean[][];
}

/** The Briefing tab's content: values (plain text, not yet protected against formulas), kinds and layout. */
export interface SheetLayout {
  values: string[][];
  kinds: RowKind[];
  /** Column widths in pixels: together they fit an A4 portrait page. */
  columnWidths: number[];
  /** Rows to freeze at the top (the title). */
  frozenRows: number;
  /** 0-based index of the row where the e-mail status (or its error) is shown. */
  statusRow: number;
}

/** Column widths of the tab (pixels): when, person, category, text — about 720 px, an A4 portrait page. */
export const COLUMN_WIDTHS = [82, 140, 118, 380];

const STYLE: Record<
  RowKind,
  { background: string; weight: "bold" | "normal"; color: string; wrap: boolean }
> = {
  title: { background: "#ffffff", weight: "bold", color: "#1a1a1a", wrap: false },
  meta: { background: "#ffffff", weight: "normal", color: "#555555", wrap: false },
  status: { background: "#ffffff", weight: "normal", color: "#555555", wrap: true },
  section: { background: "#d9e2ec", weight: "bold", color: "#1a1a1a", wrap: false },
  columns: { background: "#f0f0f0", weight: "bold", color: "#333333", wrap: true },
  sub: { background: "#f7f7f7", weight: "bold", color: "#1a1a1a", wrap: false },
  urgent: { background: "#fde2e1", weight: "normal", color: "#1a1a1a", wrap: true },
  watch: { background: "#fff3cd", weight: "normal", color: "#1a1a1a", wrap: true },
  plain: { background: "#ffffff", weight: "normal", color: "#1a1a1a", wrap: true },
  team: { background: "#ffffff", weight: "normal", color: "#1a1a1a", wrap: true },
  note: { background: "#ffffff", weight: "normal", color: "#555555", wrap: false },
};

/** Font size of the whole tab (points). */
export const BODY_FONT_SIZE = 10;
/** Font size of the title row (points). */
export const TITLE_FONT_SIZE = 14;

/** The colour of an error line in the status row. */
export const STATUS_ERROR_COLOR = "#b00020";

const blank = (): string[] => Array.from({ length: BRIEFING_COLUMNS }, () => "");

function rowOf(block: Block): { values: string[]; kind: RowKind } {
  switch (block.kind) {
    case "title":
    case "meta":
    case "section":
    case "sub":
    case "note": {
      const values = blank();
      values[0] = block.text;
      return { values, kind: block.kind };
    }
    case "columns":
      return { values: [...block.cells], kind: "columns" };
    case "row":
      return { values: [...block.cells], kind: block.tone };
    case "team": {
      // The names go to the wide text column, where they wrap.
      const [label, hours, names] = block.cells;
      return { values: [label, hours, "", names], kind: "team" };
    }
  }
}

/**
 * The Briefing tab's rows: title (frozen), the window line, the e-mail status line (`statusText`, may be
 * empty), then the five sections. Headings and notes are single cells that overflow to the right.
 */
export function briefingSheet(model: BriefingModel, statusText = ""): SheetLayout {
  const blocks = briefingBlocks(model);
  const values: string[][] = [];
  const kinds: RowKind[] = [];
  let statusRow = 0;
  for (const block of blocks) {
    const row = rowOf(block);
    values.push(row.values);
    kinds.push(row.kind);
    if (block.kind === "meta") {
      statusRow = values.length;
      const status = blank();
      status[0] = statusText;
      values.push(status);
      kinds.push("status");
    }
    if (block.kind === "section" && values.length > 4) {
      // A blank line before every section but the first keeps the printout readable.
      values.splice(values.length - 1, 0, blank());
      kinds.splice(kinds.length - 1, 0, "note");
    }
  }
  return { values, kinds, columnWidths: [...COLUMN_WIDTHS], frozenRows: 1, statusRow };
}

/** The formatting arrays of a layout, one entry per cell. */
export function sheetFormatting(layout: SheetLayout, statusIsError = false): SheetFormatting {
  const per = <T>(pick: (kind: RowKind, row: number) => T): T[][] =>
    layout.kinds.map((kind, row) => Array.from({ length: BRIEFING_COLUMNS }, () => pick(kind, row)));
  return {
    backgrounds: per((k) => STYLE[k].background),
    fontWeights: per((k, row): "bold" | "normal" =>
      row === layout.statusRow && statusIsError ? "bold" : STYLE[k].weight,
    ),
    fontColors: per((k, row) =>
      row === layout.statusRow && statusIsError ? STATUS_ERROR_COLOR : STYLE[k].color,
    ),
    wraps: per((k) => STYLE[k].wrap),
  };
}
