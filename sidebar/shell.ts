// The sidebar shell: one row of WAI-ARIA tabs (Écrire, À lire (n), Coordination); a group tab holds its panels
// as collapsible sections (Planning, Remplacer, Briefing), each panel's own code unchanged.

import type { SidebarData } from "../src/core/handovers/api";
import { type App, createBus, type PanelDefinition, type PanelInstance } from "./app";
import { el } from "./dom";
import type { SidebarTexts } from "./i18n";
import { load, save } from "./storage";

/** A tab that holds several panels as sections (one heading button each, open or closed). */
export interface GroupDefinition {
  id: string;
  label(texts: SidebarTexts): string;
  panels: PanelDefinition[];
}

type Entry = { kind: "panel"; def: PanelDefinition } | { kind: "group"; def: GroupDefinition };

const registry: Entry[] = [];

/** Local storage key of the group sections left open (they open again as they were). */
const OPEN_SECTIONS_KEY = "releve.sections.open";

/** Adds a panel as its own tab (call before `mountShell`); tabs show in registration order. */
export function registerPanel(panel: PanelDefinition): void {
  if (!registry.some((e) => e.def.id === panel.id)) registry.push({ kind: "panel", def: panel });
}

/** Adds a tab holding several panels as collapsible sections. */
export function registerGroup(group: GroupDefinition): void {
  if (!registry.some((e) => e.def.id === group.id)) registry.push({ kind: "group", def: group });
}

/** One section of a group: its heading button, its container and the panel in it. */
interface Section {
  def: PanelDefinition;
  button: HTMLButtonElement;
  container: HTMLElement;
  instance: PanelInstance;
}

/** Builds the shell into `root`: tabs on top, panels below; the first tab is shown. */
export function mountShell(root: HTMLElement, texts: SidebarTexts, data: Promise<SidebarData>): App {
  const tabs: HTMLButtonElement[] = [];
  const tops: { entry: Entry; container: HTMLElement; instance?: PanelInstance; sections: Section[] }[] = [];
  const tablist = el("div", { role: "tablist", class: "tabs", "aria-label": texts.ui.tabs.label });
  const body = el("div", { class: "panels" });
  const bus = createBus();
  const opened = new Set<string>(parseList(load(OPEN_SECTIONS_KEY)));

  const setOpen = (section: Section, open: boolean): void => {
    section.button.setAttribute("aria-expanded", String(open));
    section.container.hidden = !open;
    if (open) opened.add(section.def.id);
    else opened.delete(section.def.id);
    save(OPEN_SECTIONS_KEY, JSON.stringify([...opened]));
    if (open) section.instance.onShow?.();
  };

  const app: App = {
    texts,
    data,
    ...bus,
    show(panelId, focusTab = false) {
      const owner = tops.find(
        (t) => t.entry.def.id === panelId || t.sections.some((s) => s.def.id === panelId),
      );
      if (!owner) return;
      tops.forEach((t, i) => {
        const selected = t === owner;
        const tab = tabs[i] as HTMLButtonElement;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
        t.container.hidden = !selected;
        if (!selected) return;
        t.instance?.onShow?.();
        const section = t.sections.find((s) => s.def.id === panelId);
        if (section) {
          if (section.button.getAttribute("aria-expanded") !== "true") setOpen(section, true);
          if (focusTab) section.button.focus();
        } else {
          for (const s of t.sections) if (!s.container.hidden) s.instance.onShow?.();
          if (focusTab) tab.focus();
        }
      });
    },
    setCount(panelId, count) {
      const at = tops.findIndex((t) => t.entry.def.id === panelId);
      const tab = tabs[at];
      const top = tops[at];
      if (!tab || !top) return;
      const label = top.entry.def.label(texts);
      tab.textContent = count === undefined ? label : texts.ui.tabs.withCount(label, count);
    },
  };

  for (const entry of registry) {
    const tabId = `tab-${entry.def.id}`;
    const panelId = `panel-${entry.def.id}`;
    const tab = el(
      "button",
      { type: "button", role: "tab", id: tabId, "aria-controls": panelId, class: "tab" },
      entry.def.label(texts),
    );
    const container = el("section", {
      role: "tabpanel",
      id: panelId,
      "aria-labelledby": tabId,
      class: "panel",
    });
    tab.addEventListener("click", () => app.show(entry.def.id));
    tab.addEventListener("keydown", (event) => {
      const i = tabs.indexOf(tab);
      const move = (j: number) => {
        const next = registry[(j + registry.length) % registry.length];
        if (next) app.show(next.def.id, true);
      };
      if (event.key === "ArrowRight" || event.key === "ArrowDown") move(i + 1);
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") move(i - 1);
      else if (event.key === "Home") move(0);
      else if (event.key === "End") move(registry.length - 1);
      else return;
      event.preventDefault();
    });
    tabs.push(tab);
    tablist.append(tab);
    body.append(container);
    tops.push({ entry, container, sections: [] });
  }
  root.append(el("h1", { class: "visually-hidden" }, texts.ui.appName), tablist, body);
  keepFocusClearOf(tablist);

  for (const top of tops) {
    if (top.entry.kind === "panel") {
      top.instance = top.entry.def.create(app);
      top.container.append(top.instance.element);
      continue;
    }
    for (const def of top.entry.def.panels) {
      const button = el(
        "button",
        {
          type: "button",
          id: `tab-${def.id}`,
          class: "section-toggle",
          "aria-expanded": "false",
          "aria-controls": `panel-${def.id}`,
        },
        def.label(texts),
      );
      const container = el("div", {
        id: `panel-${def.id}`,
        class: "section-body",
        role: "region",
        "aria-labelledby": `tab-${def.id}`,
        hidden: true,
      });
      const section: Section = { def, button, container, instance: { element: container } };
      button.addEventListener("click", () =>
        setOpen(section, button.getAttribute("aria-expanded") !== "true"),
      );
      top.container.append(el("h2", { class: "section-heading" }, button), container);
      top.sections.push(section);
    }
    for (const section of top.sections) {
      section.instance = section.def.create(app);
      section.container.append(section.instance.element);
      if (opened.has(section.def.id)) {
        section.button.setAttribute("aria-expanded", "true");
        section.container.hidden = false;
      }
    }
  }
  const first = registry[0];
  if (first) app.show(first.def.id);
  return app;
}

function parseList(text: string | null): string[] {
  try {
    const list: unknown = JSON.parse(text ?? "[]");
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The tab bar stays on top while scrolling: the page keeps a scroll padding of its height, so a field that gets
 * the focus is never hidden under it (WCAG 2.4.11), whatever the zoom or the labels' wrapping.
 */
function keepFocusClearOf(bar: HTMLElement): void {
  const pad = (): void => {
    document.documentElement.style.scrollPaddingTop = `${bar.offsetHeight + 8}px`;
  };
  pad();
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(pad).observe(bar);
}
