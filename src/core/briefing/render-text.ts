// Renders the full briefing to plain text: the text alternative of the full e-mail.
import { type Block, briefingBlocks } from "./blocks";
import type { BriefingModel } from "./types";

const indent = (text: string, prefix: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `${prefix}${line}`)
    .join("\n");

function textOf(block: Block): string {
  switch (block.kind) {
    case "title":
      return `${block.text}\n${"=".repeat(Math.min(block.text.length, 72))}`;
    case "meta":
      return block.text;
    case "section":
      return `\n${block.text}\n${"-".repeat(Math.min(block.text.length, 72))}`;
    case "sub":
      return `\n  ${block.text}`;
    case "note":
      return `  ${block.text}`;
    case "columns":
      return "";
    case "team": {
      const [label, hours, names] = block.cells;
      return `  - ${[label, hours, names].filter((x) => x !== "").join(" · ")}`;
    }
    case "row": {
      const [a, b, c, d] = block.cells;
      const head = [a, b, c.replace(/\n/g, " · ")].filter((x) => x !== "").join(" · ");
      return d === "" ? `  - ${head}` : `  - ${head}\n${indent(d, "    ")}`;
    }
  }
}

/** The full briefing as plain text, section by section. */
export function briefingText(model: BriefingModel): string {
  return `${briefingBlocks(model)
    .map(textOf)
    .filter((line) => line !== "")
    .join("\n")}\n`;
}
