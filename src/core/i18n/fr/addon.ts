// French: the planning check in Google Sheets — setup, toasts, marks, clear, lock, and the sidebar's Planning panel.
import { pluralFr as plural } from "../plural";
import { addonPanel } from "./addon-panel";

export const addon = {
  busy: "Relève travaille déjà sur ce classeur (vérification, effacement des marques ou configuration en cours). Réessayez dans quelques secondes.",
  yes: "oui",
  no: "non",
  setup: {
    title: "Configurer le classeur",
    codesHeader: ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
    staffHeader: [
      "Nom",
      "Fonction/Qualification",
      "Heures/semaine",
      "Unité",
      "Travailleur de nuit",
      "E-mail",
    ],
    created: (names: string[]) => `Onglets créés : ${names.join(", ")}.`,
    adopted: (names: string[]) => `Onglets existants reconnus (laissés tels quels) : ${names.join(", ")}.`,
    nothing: "Le classeur est déjà configuré : aucun onglet n'a été créé ni modifié.",
  },
  check: {
    toastTitle: "Relève",
    working: (tabs: number) => `Vérification de ${plural(tabs, "onglet", "onglets")}…`,
    counts: (errors: number, warnings: number, infos: number) =>
      `${plural(errors, "erreur", "erreurs")}, ${plural(warnings, "avertissement", "avertissements")}, ${plural(infos, "information", "informations")}.`,
    where: (tab: string) =>
      `Rapport complet dans l'onglet « ${tab} » ; les cellules concernées sont colorées et annotées.`,
    reportRenamed: (taken: string, used: string) =>
      `Un onglet « ${taken} » existe déjà et n'a pas été créé par Relève : il n'a pas été modifié, le rapport est dans « ${used} ».`,
    marksStoreName: "Relève — marques (ne pas modifier)",
  },
  clear: {
    done: (cells: number) =>
      cells === 0
        ? "Aucune marque à effacer."
        : `Marques effacées : ${plural(cells, "cellule remise", "cellules remises")} comme avant.`,
    kept: (cells: number) =>
      `${plural(cells, "cellule modifiée", "cellules modifiées")} depuis la vérification : vos changements sont conservés.`,
    missing: (cells: number) =>
      `${plural(cells, "marque introuvable", "marques introuvables")} (cellule modifiée ou supprimée depuis la vérification) : rien n'y a été changé, un prochain effacement ${cells > 1 ? "les" : "la"} cherchera encore.`,
    withoutRecord: (notes: number, styles: number) =>
      [
        notes > 0
          ? `Le registre des marques (onglet caché) manquait ou était abîmé : ${plural(notes, "note de Relève retirée", "notes de Relève retirées")} (vos notes sont gardées).`
          : "",
        styles > 0
          ? `${plural(styles, "cellule garde", "cellules gardent")} la mise en forme d'une marque (texte gras souligné en couleur) que Relève ne peut pas remettre comme avant sans son registre : à corriger à la main si besoin.`
          : "",
      ]
        .filter(Boolean)
        .join(" "),
  },
  select: {
    noTab: (tab: string) => `L'onglet « ${tab} » n'existe plus.`,
    badCells: "Ces cellules ne peuvent pas être sélectionnées.",
  },
  /** The Planning panel's corrections: a reading setting, a code added to the legend. */
  corrections: {
    fields: {
      tab: "Onglet",
      key: "Réglage",
      layout: "Disposition",
      names: "Colonnes des noms",
      dayRow: "Ligne des jours",
      month: "Mois",
      start: "Début du cycle",
      ignore: "Ignorer",
      code: "Code",
      type: "Type",
      codeStart: "Début",
      codeEnd: "Fin",
    },
    /** A refused value: the field and why, in one sentence. */
    refused: (field: string, reason: string) => `${field} : ${reason}.`,
    reasons: {
      noTab: (tab: string) => `l'onglet « ${tab} » n'existe pas dans ce classeur`,
      addonTab: (tab: string) => `« ${tab} » est un onglet de Relève, pas un planning`,
      badKey: (key: string) =>
        `« ${key} » n'est pas un réglage de lecture (disposition, noms, ligne des jours, mois, début, ignorer)`,
      layout: (value: string) => `« ${value} » n'est pas une disposition connue`,
      names: (value: string) => `« ${value} » n'est pas une liste de colonnes (par exemple C+D)`,
      dayRow: (value: string) => `« ${value} » n'est pas un numéro de ligne (par exemple 4)`,
      month: (value: string) => `« ${value} » n'est pas un mois (par exemple 2026-01)`,
      start: (value: string) => `« ${value} » n'est pas une date (par exemple 2026-01-05)`,
      ignore: (value: string) => `« ${value} » : répondez oui ou non`,
      empty: "à remplir",
      notText: "ce doit être du texte",
      tooLong: (max: number) => `${max} caractères au plus`,
      code: (value: string) =>
        `« ${value} » ne peut pas être un code (pas de formule, pas de retour à la ligne, 20 caractères au plus)`,
      type: (value: string) => `« ${value} » : choisissez travail, absence ou repos`,
      time: (value: string) => `« ${value} » n'est pas une heure (par exemple 07:00)`,
      sameTimes: "le début et la fin sont la même heure",
      exists: (code: string, tab: string, row: number) =>
        `le code « ${code} » existe déjà dans l'onglet « ${tab} » (ligne ${row}) : rien n'a été ajouté`,
      noTimeColumns: (tab: string) =>
        `l'onglet « ${tab} » n'a pas de colonnes Début et Fin où écrire les horaires : ajoutez-les, puis réessayez`,
      noCodesTab:
        "le classeur n'a pas d'onglet Codes : créez-le avec « Configurer le classeur » (menu Relève), puis réessayez",
      noSettingsTab:
        "le classeur n'a pas d'onglet Paramètres : créez-le avec « Configurer le classeur » (menu Relève), puis réessayez",
    },
    /** Said once the setting is written (the check then runs again). */
    settingSaved: (key: string, value: string, tab: string, cell: string) =>
      `« ${key} » = « ${value} » enregistré dans l'onglet « ${tab} » (${cell}). Planning relu.`,
    codeAdded: (code: string, tab: string, row: number) =>
      `Code « ${code} » ajouté à l'onglet « ${tab} » (ligne ${row}). Planning relu.`,
    /** The words written in the settings tab for each reading key. */
    keyWords: {
      layout: "disposition",
      names: "noms",
      dayRow: "ligne des jours",
      month: "mois",
      start: "début",
      ignore: "ignorer",
    },
  },
  panel: addonPanel,
};
