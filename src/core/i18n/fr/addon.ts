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
  panel: addonPanel,
};
