// French: the sidebar's addon panel (kept apart so the sidebar bundles only its own texts).
import { pluralFr as plural } from "../plural";
export const addonPanel = {
  tab: "Planning",
  intro: "Vérifie tous les onglets de planning selon les règles du référentiel choisi dans Paramètres.",
  run: "Vérifier le planning",
  running: "Vérification en cours…",
  clear: "Effacer les marques",
  clearing: "Effacement en cours…",
  counts: (errors: number, warnings: number, infos: number) =>
    `${plural(errors, "erreur", "erreurs")}, ${plural(warnings, "avertissement", "avertissements")}, ${plural(infos, "information", "informations")}`,
  noFinding: "Aucun problème trouvé.",
  groups: { error: "Erreurs", warning: "Avertissements", info: "Informations" },
  truncated: (shown: number, tab: string) =>
    `Seuls les ${shown} premiers constats sont listés ici ; tous sont dans l'onglet « ${tab} ».`,
  report: (tab: string) => `Rapport complet dans l'onglet « ${tab} ».`,
  selectHint: "Cliquez sur un constat pour sélectionner ses cellules dans la feuille.",
  cells: (refs: string) => `Cellules : ${refs}`,
  selected: (refs: string) => `Sélection : ${refs}`,
  /** The counts bar: one chip per severity. */
  countsLabel: "Constats",
  countChips: {
    error: (n: number) => plural(n, "erreur", "erreurs"),
    warning: (n: number) => plural(n, "avertissement", "avertissements"),
    info: (n: number) => plural(n, "information", "informations"),
  },
  arrangeLabel: "Regrouper",
  byPerson: "Par personne",
  byWeek: "Par semaine",
  week: (monday: string) => `Semaine du ${monday}`,
  noPerson: "Sans personne (onglets, paramètres, couverture)",
  noDate: "Sans date",
  /** A section heading with its number of findings. */
  section: (title: string, count: number) => `${title} (${count})`,
  /** The toggle of a group's list of findings. */
  dates: (count: number) => `Voir les ${count} dates`,
  /** Said when a finding's cells are selected in the sheet (the counts stay). */
  selectedIn: (tab: string, range: string) => `Sélectionné dans « ${tab} » : ${range}`,
};
