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
};
