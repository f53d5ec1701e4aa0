// The "Remplacer" panel's own styles (scoped to .replacement), kept with the panel so the shared stylesheet stays as it is.
import { el } from "./dom";

const CSS = `
.replacement .rp-section { margin: 14px 0 0; }
.replacement .rp-section > h3,
.replacement details.rp-fold > summary { margin: 0 0 6px; font-size: 16px; }
.replacement details.rp-fold { margin: 14px 0 0; padding: 0 8px; border: 1px solid #d0d7de; border-radius: 6px; }
.replacement .rp-list { margin: 0; padding: 0; list-style: none; }
.replacement .rp-cand {
  margin: 0 0 8px; padding: 6px 8px;
  border: 1px solid #d0d7de; border-left: 4px solid #1a7f37; border-radius: 6px;
}
.replacement .rp-cand.possible { border-left-color: #8a4b00; }
.replacement .rp-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; }
.replacement .rp-name { margin: 0; font-size: 15px; font-weight: 600; }
.replacement .badge.rp-ok { background: #1a7f37; }
.replacement .rp-note { margin: 2px 0; font-size: 14px; overflow-wrap: anywhere; }
.replacement .rp-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 4px; }
.replacement .rp-more { margin: 4px 0 0; font-size: 14px; }
.replacement .rp-more p { margin: 0 0 4px; }
.replacement .rp-more ul,
.replacement .rp-cells ul { margin: 4px 0; padding-left: 18px; font-size: 14px; }
.replacement .rp-cells > summary { min-height: 40px; font-size: 14px; }
.replacement .rp-out li { padding: 4px 0; font-size: 14px; border-top: 1px solid #eaeef2; overflow-wrap: anywhere; }
.replacement .rp-out li:first-child { border-top: none; }
.replacement .rp-filters { display: flex; gap: 8px; margin: 12px 0 0; }
.replacement .rp-filters .field { flex: 1 1 0; min-width: 0; margin: 0; }
.replacement .rp-absent { display: flex; flex-wrap: wrap; align-items: center; gap: 0 8px; margin: 6px 0 0; }
.replacement .rp-absent .check { margin: 0; }
.replacement .rp-absent select { display: inline-block; width: auto; max-width: 100%; min-height: 40px; }
.replacement .vacancy p { margin: 2px 0; }
`;

/** A `<style>` element holding the panel's rules (text only). */
export function replacementStyle(): HTMLStyleElement {
  return el("style", {}, CSS);
}
