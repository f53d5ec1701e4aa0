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
  /** The reading block: what was read, tab by tab. */
  reading: {
    title: "Ce que Relève a lu",
    tabs: (n: number) => `Onglets (${n})`,
    layout: "Disposition",
    how: "Lecture",
    people: "Personnes",
    dates: "Dates",
    shifts: "Postes",
    why: "Pourquoi",
    span: (from: string, to: string) => (from === to ? from : `du ${from} au ${to}`),
    none: "—",
  },
  /** "Corriger": one reading setting of a tab. */
  fix: {
    open: "Corriger",
    openLabel: (tab: string) => `Corriger la lecture de « ${tab} »`,
    key: "Réglage",
    value: "Valeur",
    keys: {
      layout: "Disposition",
      names: "Colonnes des noms",
      dayRow: "Ligne des jours",
      month: "Mois",
      start: "Début du cycle",
      ignore: "Ignorer l'onglet",
    },
    hints: {
      layout: "Comment l'onglet est organisé.",
      names: "Les lettres des colonnes des noms, par exemple C+D.",
      dayRow: "Le numéro de la ligne des jours, par exemple 4.",
      month: "Le mois des jours de l'onglet, par exemple 2026-01.",
      start: "La date de la ligne 1 d'une trame, par exemple 2026-01-05.",
      ignore: "Oui : l'onglet n'est plus lu comme un planning.",
    },
    yes: "oui",
    no: "non",
    save: "Enregistrer et relire",
    saving: "Enregistrement…",
  },
  /** "Ajouter à la légende": a code the check did not know. */
  addCode: {
    open: "Ajouter à la légende",
    openLabel: (code: string) => `Ajouter à la légende : « ${code} »`,
    code: "Code",
    type: "Type",
    types: { work: "travail", absence: "absence", rest: "repos" },
    start: "Début",
    end: "Fin",
    timeHint: "Pour un code travaillé, par exemple 07:00.",
    save: "Ajouter et relire",
    saving: "Ajout…",
  },
};
