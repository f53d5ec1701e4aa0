// The sidebar's shared state: texts, the server data loaded once, panel switching and a small event bus.
import type { HandoverEntry, SidebarData } from "../src/core/handovers/api";
import type { SidebarTexts } from "./i18n";

/** Events panels send each other. */
export interface AppEvents {
  /** "Corriger" on an entry: the form opens prefilled, pointing to it. */
  correct: HandoverEntry;
  /** A new entry was saved. */
  saved: HandoverEntry;
}

/** What every panel receives. */
export interface App {
  readonly texts: SidebarTexts;
  /** The sidebar data (persons, categories…), loaded once at start. */
  readonly data: Promise<SidebarData>;
  /** Shows a panel by id (a section of a group opens its group and itself; focuses its tab when asked). */
  show(panelId: string, focusTab?: boolean): void;
  /** Puts a count in a tab's label ("À lire (5)"); undefined shows the label alone. */
  setCount(panelId: string, count: number | undefined): void;
  on<K extends keyof AppEvents>(event: K, handler: (value: AppEvents[K]) => void): void;
  emit<K extends keyof AppEvents>(event: K, value: AppEvents[K]): void;
}

/** A panel instance: its element and what to do when it becomes visible. */
export interface PanelInstance {
  element: HTMLElement;
  onShow?(): void;
}

/** A panel of the sidebar: one module exports one of these, main.ts registers it with one line. */
export interface PanelDefinition {
  id: string;
  label(texts: SidebarTexts): string;
  create(app: App): PanelInstance;
}

/** A minimal typed event bus. */
export function createBus(): Pick<App, "on" | "emit"> {
  const handlers = new Map<string, ((value: never) => void)[]>();
  return {
    on(event, handler) {
      const list = handlers.get(event) ?? [];
      list.push(handler as (value: never) => void);
      handlers.set(event, list);
    },
    emit(event, value) {
      for (const handler of handlers.get(event) ?? []) (handler as (v: typeof value) => void)(value);
    },
  };
}
