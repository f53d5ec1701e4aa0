// Sidebar entry: picks the language, builds the shell and registers the panels (one line per tab).
import type { Lang } from "../src/core/i18n";
import { briefingPanel } from "./briefing-panel";
import { textsFor } from "./i18n";
import { inboxPanel } from "./panels/inbox";
import { newEntryPanel } from "./panels/new-entry";
import { planningPanel } from "./planning-panel";
import { replacementPanel } from "./replacement-panel";
import { server } from "./server";
import { mountShell, registerGroup, registerPanel } from "./shell";
import { load, save } from "./storage";

const LANG_KEY = "releve.lang";

// Care staff: Écrire and À lire. Coordinators: the other panels, as sections of one tab.
registerPanel(newEntryPanel);
registerPanel(inboxPanel);
registerGroup({
  id: "coordination",
  label: (texts) => texts.ui.tabs.coordination,
  panels: [planningPanel, replacementPanel, briefingPanel],
});

const root = document.getElementById("app");
if (root) {
  const lang: Lang = load(LANG_KEY) === "en" ? "en" : "fr";
  document.documentElement.lang = lang;
  const data = server.getSidebarData();
  mountShell(root, textsFor(lang), data);
  data.then(
    (d) => {
      if (d.lang !== lang) {
        // The spreadsheet speaks another language: remember it and redraw once in that language.
        save(LANG_KEY, d.lang);
        document.documentElement.lang = d.lang;
        root.replaceChildren();
        mountShell(root, textsFor(d.lang), Promise.resolve(d));
      }
    },
    () => undefined,
  );
}
