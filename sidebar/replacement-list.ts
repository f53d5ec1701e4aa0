// The answer of "Qui peut remplacer ?": the vacancy, the absent person's mark, filters, the best three, swaps, then
// "Non disponibles (n)" folded.
import type { replacementPanel as frPanel } from "../src/core/i18n/fr/replacement-panel";
import { groupCandidates } from "../src/core/replacement/groups";
import type { CandidateJson, ReplacementList, SwapJson } from "../src/gas/replacement/api-types";
import { clear, el, uid } from "./dom";
import { select } from "./fields";
import { type CandidateContext, candidateCard, cellName, unavailableLine } from "./replacement-candidate";
import type { Writer } from "./replacement-write";

type PanelTexts = typeof frPanel;

/** The vacancy: shift, day and times; the absent person, the tab, the qualification asked. */
function vacancyHead(list: ReplacementList, t: PanelTexts): HTMLElement {
  const v = list.vacancy;
  return el(
    "section",
    { class: "vacancy" },
    el("p", {}, el("strong", {}, t.vacancy(v.shift, v.dayLabel, v.times))),
    v.absent ? el("p", { class: "meta" }, t.absent(v.absent)) : null,
    v.tab ? el("p", { class: "meta" }, t.tabLine(v.tab)) : null,
    v.qualification ? el("p", { class: "meta" }, t.required(v.qualification)) : null,
  );
}

/** "Marquer … absent(e)", ticked, with the legend's absence codes; null when there is no absent cell or code. */
function absentControl(
  list: ReplacementList,
  t: PanelTexts,
): { element: HTMLElement; mark(): string | null } | null {
  if (!list.absentCell || list.absenceCodes.length === 0) return null;
  const box = el("input", { type: "checkbox", checked: true });
  const codes = select(
    list.absenceCodes.map((c) => ({ value: c.code, label: t.absenceOption(c.code, c.label) })),
  );
  codes.id = uid("rp-code");
  box.addEventListener("change", () => {
    codes.disabled = !box.checked;
  });
  const element = el(
    "div",
    { class: "rp-absent" },
    el("label", { class: "check" }, box, el("span", {}, t.markAbsent(list.vacancy.absent ?? ""))),
    el("label", { for: codes.id }, t.absenceCode),
    codes,
  );
  return { element, mark: () => (box.checked ? codes.value : null) };
}

/** The distinct non-empty values, sorted as French sorts them. */
function distinct(values: ReadonlyArray<string | null>): string[] {
  const set = new Set(values.filter((v): v is string => v !== null && v !== ""));
  return [...set].sort((a, b) => a.localeCompare(b, "fr"));
}

/** One filter select (`Toutes` first), or null when the list has fewer than two values to choose from. */
function filterField(values: string[], t: PanelTexts): HTMLSelectElement | null {
  if (values.length < 2) return null;
  const control = select([{ value: "", label: t.all }, ...values.map((v) => ({ value: v, label: v }))]);
  control.id = uid("rp-filter");
  return control;
}

/** A titled section of cards. */
function section(title: string, items: HTMLElement[], empty: string): HTMLElement {
  const id = uid("rp-group");
  return el(
    "section",
    { class: "rp-section group", "aria-labelledby": id },
    el("h3", { id }, title),
    items.length > 0 ? el("ul", { class: "rp-list" }, ...items) : el("p", { class: "empty" }, empty),
  );
}

/** A folded list (closed until opened). */
function fold(title: string, list: HTMLElement, className: string): HTMLElement {
  return el("details", { class: `rp-fold ${className}` }, el("summary", {}, title), list);
}

/** One swap: the sentence, then its warnings and the cells to change, folded under a summary that counts them. */
function swapItem(s: SwapJson, t: PanelTexts): HTMLElement {
  const cells = s.writes.map((w) =>
    el(
      "li",
      {},
      w.text === "" ? t.swapClear(cellName(w.tab, w.a1)) : t.swapWrite(cellName(w.tab, w.a1), w.text),
    ),
  );
  return el(
    "li",
    { class: "rp-cand possible" },
    el("p", { class: "rp-note" }, s.description),
    el(
      "details",
      { class: "rp-cells" },
      el("summary", {}, t.swapSummary(cells.length, s.warnings.length)),
      ...s.warnings.map((w) => el("p", { class: "meta" }, w)),
      cells.length > 0 ? el("ul", { class: "reasons" }, ...cells) : null,
    ),
  );
}

/** The swaps section (only when some were searched for). */
function swapsSection(list: ReplacementList, t: PanelTexts): HTMLElement | null {
  if (list.swaps.length === 0 && list.swapMessage === "") return null;
  const swaps = section(
    t.swapsHeader(list.swaps.length),
    list.swaps.map((s) => swapItem(s, t)),
    list.swapMessage,
  );
  if (list.swaps.length > 0) swaps.append(el("p", { class: "hint" }, t.swapByHand));
  return swaps;
}

/**
 * The list's elements: the vacancy, the absent person's mark, the job and unit filters, then the groups (best three,
 * other possible folded, swaps, not available folded) — redrawn when a filter changes, the filters keeping focus.
 */
export function renderReplacementList(list: ReplacementList, t: PanelTexts, writer: Writer): HTMLElement[] {
  const absent = absentControl(list, t);
  const ctx: CandidateContext = { t, list, writer, absentMark: () => absent?.mark() ?? null };
  const jobFilter = filterField(distinct(list.candidates.map((c) => c.job)), t);
  const unitFilter = filterField(distinct(list.candidates.map((c) => c.unit)), t);
  const groups = el("div", { class: "rp-groups" });
  const parts: HTMLElement[] = [vacancyHead(list, t)];
  if (absent) parts.push(absent.element);
  if (jobFilter || unitFilter) {
    const filters = el("div", { class: "rp-filters", role: "group" });
    for (const [label, control] of [
      [t.job, jobFilter],
      [t.unit, unitFilter],
    ] as const) {
      if (!control) continue;
      control.addEventListener("change", () => draw());
      filters.append(el("div", { class: "field" }, el("label", { for: control.id }, label), control));
    }
    parts.push(filters);
  }
  parts.push(groups);

  const matches = (c: CandidateJson): boolean =>
    (!jobFilter?.value || c.job === jobFilter.value) && (!unitFilter?.value || c.unit === unitFilter.value);

  const draw = (): void => {
    clear(groups);
    if (list.candidates.length === 0) {
      groups.append(el("p", { class: "empty" }, t.noCandidate));
      return;
    }
    const filtered = list.candidates.filter(matches);
    const { best, more, unavailable } = groupCandidates(filtered);
    const narrowed = filtered.length < list.candidates.length;
    groups.append(
      section(
        t.bestHeader(best.length),
        best.map((c) => candidateCard(c, ctx)),
        narrowed ? t.noneFiltered : t.noneAvailable,
      ),
    );
    if (more.length > 0)
      groups.append(
        fold(
          t.moreHeader(more.length),
          el("ul", { class: "rp-list" }, ...more.map((c) => candidateCard(c, ctx))),
          "rp-others",
        ),
      );
    const swaps = swapsSection(list, t);
    if (swaps) groups.append(swaps);
    if (unavailable.length > 0)
      groups.append(
        fold(
          t.unavailableHeader(unavailable.length),
          el("ul", { class: "rp-list rp-out" }, ...unavailable.map(unavailableLine)),
          "rp-unavailable",
        ),
      );
  };
  draw();
  return parts;
}
