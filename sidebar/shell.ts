// The sidebar shell: a keyboard-operable tab list (WAI-ARIA tabs) and one panel per registered definition.

import type { SidebarData } from "../src/core/handovers/api";
import { type App, createBus, type PanelDefinition, type PanelInstance } from "./app";
import { el } from "./dom";
import type { SidebarTexts } from "./i18n";

const registry: PanelDefinition[] = [];

/** Adds a panel to the sidebar (call before `mountShell`); panels show in registration order. */
export function registerPanel(panel: PanelDefinition): void {
  if (!registry.some((p) => p.id === panel.id)) registry.push(panel);
}

/** Builds the shell into `root`: tabs on top, panels below; the first panel is shown. */
export function mountShell(root: HTMLElement, texts: SidebarTexts, data: Promise<SidebarData>): App {
  const tabs: HTMLButtonElement[] = [];
  const panels: { def: PanelDefinition; instance: PanelInstance; container: HTMLElement }[] = [];
  const tablist = el("div", { role: "tablist", class: "tabs", "aria-label": texts.ui.tabs.label });
  const body = el("div", { class: "panels" });
  const bus = createBus();

  const app: App = {
    texts,
    data,
    ...bus,
    show(panelId, focusTab = false) {
      panels.forEach((p, i) => {
        const selected = p.def.id === panelId;
        const tab = tabs[i] as HTMLButtonElement;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
        p.container.hidden = !selected;
        if (selected) {
          if (focusTab) tab.focus();
          p.instance.onShow?.();
        }
      });
    },
  };

  for (const def of registry) {
    const tabId = `tab-${def.id}`;
    const panelId = `panel-${def.id}`;
    const tab = el(
      "button",
      { type: "button", role: "tab", id: tabId, "aria-controls": panelId, class: "tab" },
      def.label(texts),
    );
    const container = el("section", {
      role: "tabpanel",
      id: panelId,
      "aria-labelledby": tabId,
      class: "panel",
    });
    tab.addEventListener("click", () => app.show(def.id));
    tab.addEventListener("keydown", (event) => {
      const i = tabs.indexOf(tab);
      const move = (j: number) => {
        const next = registry[(j + registry.length) % registry.length];
        if (next) app.show(next.id, true);
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
    panels.push({ def, instance: { element: container }, container });
  }
  root.append(el("h1", { class: "visually-hidden" }, texts.ui.appName), tablist, body);
  for (const p of panels) {
    p.instance = p.def.create(app);
    p.container.append(p.instance.element);
  }
  const first = registry[0];
  if (first) app.show(first.id);
  return app;
}
