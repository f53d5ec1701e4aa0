// French: "Qui peut remplacer ?" — vacancy errors, candidate reasons, swaps and the `releve replace` output.
import { replacementPanel } from "./replacement-panel";
export const replacement = {
  errors: {
    missingOption: (option: string) => `l'option ${option} est obligatoire (voir « releve replace --help »)`,
    badDate: (value: string) =>
      `date invalide : ${value} (format attendu AAAA-MM-JJ, par exemple 2026-11-24)`,
    unknownShift: (shift: string) =>
      `poste inconnu : ${shift} (ni un code ou un libellé de la légende, ni des horaires comme 14h-22h)`,
    ambiguousShift: (shift: string, codes: string) =>
      `« ${shift} » est le libellé de plusieurs codes de la légende (${codes}) : indiquez le code`,
    notWork: (shift: string) => `${shift} n'est pas un poste de travail mais un code d'absence ou de repos`,
    unknownTab: (tab: string, tabs: string) =>
      `onglet de planning introuvable : ${tab} (onglets lus : ${tabs || "aucun"})`,
    dateOutside: (date: string) => `le ${date} n'est couvert par aucun onglet de planning`,
    dateOutsideTab: (date: string, tab: string) => `le ${date} n'est pas couvert par l'onglet « ${tab} »`,
    unknownPerson: (name: string) => `personne introuvable dans le planning : ${name}`,
  },
  /** The vacancy, as a title: `S du dimanche 15/11/2026 (14:00–22:00)`. */
  vacancy: (shift: string, date: string, times: string) => `${shift} du ${date} (${times})`,
  inTab: (tab: string) => `onglet « ${tab} »`,
  absent: (name: string) => `absent(e) : ${name}`,
  required: (qualification: string) => `qualification requise : ${qualification}`,
  reasons: {
    qualificationMissing: (qualification: string, held: string) =>
      held === ""
        ? `N'a pas la qualification « ${qualification} » (aucune qualification dans l'onglet Équipe).`
        : `N'a pas la qualification « ${qualification} » (qualifications : ${held}).`,
    alreadyWorks: (labels: string) => `Travaille déjà ce jour : ${labels}.`,
    absentThatDay: (code: string) => `Absent(e) ce jour (${code}).`,
    restThatDay: (code: string) => `En repos ce jour (${code}) : le poste remplace ce repos.`,
    notInTab: (tab: string) => `N'a pas de ligne dans l'onglet « ${tab} » : le code est à écrire à la main.`,
  },
  /** Between the parts of a summary line. */
  separator: " ; ",
  hours: {
    week: (before: string, after: string, contract: string) => `semaine ${before} → ${after} sur ${contract}`,
    month: (before: string, after: string, contract: string) => `mois ${before} → ${after} sur ${contract}`,
    noContract: "sans heures au contrat (onglet Équipe) : comparé à 35 h par semaine",
  },
  rest: {
    before: (duration: string) => `repos avant ${duration}`,
    after: (duration: string) => `repos après ${duration}`,
    noneBefore: "aucun poste avant dans les 2 semaines",
    noneAfter: "aucun poste après dans les 2 semaines",
    overlap: "chevauche un autre poste",
  },
  severityCounts: (errors: number, warnings: number, infos: number) =>
    [
      errors > 0 ? `${errors} erreur${errors > 1 ? "s" : ""}` : "",
      warnings > 0 ? `${warnings} avertissement${warnings > 1 ? "s" : ""}` : "",
      infos > 0 ? `${infos} information${infos > 1 ? "s" : ""}` : "",
    ]
      .filter((s) => s !== "")
      .join(", "),
  swap: {
    describe: (giver: string, vacancy: string, given: string, taker: string) =>
      `${giver} prend ${vacancy} et cède ${given} à ${taker}`,
    shiftOn: (shift: string, date: string) => `${shift} du ${date}`,
    none: (tried: number) =>
      `Aucun échange possible : ${tried} combinaison${tried > 1 ? "s" : ""} essayée${tried > 1 ? "s" : ""} sans en trouver une qui ne crée aucune erreur.`,
    capped: (tried: number) =>
      `Aucun échange trouvé dans les ${tried} combinaisons essayées (recherche limitée) : il peut en exister d'autres.`,
  },
  /** The add-on's server functions (`applyReplacement`, `undoReplacement`, the selection). */
  addon: {
    notOneCell: "Sélectionnez une seule cellule : celle du poste à remplacer.",
    noSelection:
      "Aucune cellule sélectionnée : cliquez dans le planning sur le poste à remplacer, ou choisissez une date et un poste.",
    notPlanningTab: (tab: string) =>
      `L'onglet « ${tab} » n'est pas un onglet de planning lu par Relève : sélectionnez le poste à remplacer dans un onglet de planning, ou choisissez une date et un poste.`,
    notShiftCell: (cell: string) =>
      `La cellule ${cell} ne contient pas un poste de travail : sélectionnez la cellule du poste de la personne absente (par exemple « S » sur sa ligne), ou choisissez une date et un poste.`,
    badRequest: "Demande incomplète ou invalide : indiquez une date (AAAA-MM-JJ) et un code de poste.",
    badWrite: "Demande d'écriture invalide : relancez « Qui peut remplacer ? ».",
    formulaText: (text: string) =>
      `« ${text} » n'est pas un code de poste : un texte commençant par =, +, - ou @ serait lu comme une formule. Rien n'a été écrit.`,
    notCode: (text: string) =>
      `« ${text} » n'est pas un code de poste (Sheets le lirait comme un nombre ou une date). Rien n'a été écrit.`,
    noTab: (tab: string) => `L'onglet « ${tab} » n'existe plus : rien n'a été écrit.`,
    sameCell: "La cellule de l'absent et celle du remplaçant sont la même : rien n'a été écrit.",
    hasFormula: (cell: string) =>
      `La cellule ${cell} contient une formule : Relève ne l'écrase pas. Modifiez-la à la main.`,
    changed: (cell: string, now: string, expected: string) =>
      `La cellule ${cell} a changé depuis la recherche (elle contient « ${now} », et non plus « ${expected} ») : quelqu'un l'a modifiée entre-temps. Rien n'a été écrit : relancez « Qui peut remplacer ? ».`,
    written: (text: string, cell: string) => `« ${text} » écrit en ${cell}.`,
    markedAbsent: (code: string, cell: string) => `« ${code} » écrit en ${cell}.`,
    badToken: "Rien à annuler : ce changement a déjà été annulé ou il est trop ancien.",
    undoChanged: (cell: string, now: string, written: string) =>
      `La cellule ${cell} contient maintenant « ${now} » au lieu de « ${written} » : quelqu'un l'a modifiée depuis. Rien n'a été annulé ; utilisez l'historique des modifications de Sheets si besoin.`,
    undone: (cells: string) =>
      `Annulé : ${cells} ${cells.includes(",") ? "ont retrouvé leur" : "a retrouvé sa"} valeur d'avant.`,
    empty: "vide",
  },
  /** The sidebar's "Remplacer" panel. */
  panel: replacementPanel,
  cli: {
    title: (vacancy: string) => `Qui peut remplacer ? ${vacancy}`,
    bestHeader: (n: number) => `Meilleurs choix (${n})`,
    moreHeader: (n: number) => `Autres possibles (${n})`,
    unavailableHeader: (n: number) => `Non disponibles (${n})`,
    noneAvailable: "Personne n'est disponible pour ce poste sans enfreindre une règle.",
    noCandidate: "Personne d'autre dans le planning.",
    suitable: "disponible",
    /** Between a label and its text. */
    colon: " : ",
    note: (text: string) => `note : ${text}`,
    swapsHeader: (n: number) => `Échanges proposés (${n})`,
    writeAt: (cell: string, text: string) => `écrire « ${text} » en ${cell}`,
    clearAt: (cell: string) => `vider ${cell}`,
    help: `Utilisation : releve replace <classeur.xlsx> --date AAAA-MM-JJ --shift <code> [options]

« Qui peut remplacer ? » : la réponse d'abord. Les trois meilleurs choix parmi les personnes disponibles
(aucune erreur ni avertissement créé — une information n'est qu'une note —, puis avertissements seulement),
avec leurs heures de la semaine et du mois face au contrat (onglet « Équipe »), leur repos avant et après
et la cellule à écrire ; puis les autres possibles ; puis, quand personne n'est disponible sans problème,
des échanges de postes entre deux personnes ; enfin les personnes non disponibles (absentes ce jour, déjà
au travail à cette heure, une erreur créée, sans la qualification exigée), chacune avec sa raison.
Mêmes règles que « releve check ». Le classeur n'est jamais modifié.

Options :
  --date <AAAA-MM-JJ>       jour du poste à remplacer (obligatoire)
  --shift <code>            code ou libellé du poste (S, soir, nuit…) ou horaires (14h-22h) (obligatoire)
  --tab <nom>               onglet de planning du poste (par défaut : celui de la personne absente)
  --absent <nom>            personne absente (exclue des remplaçants)
  --qualification <q>       qualification exigée (par exemple veilleur, IDE)
  --preset <nom>            règles appliquées : code-du-travail, ccn66 ou ccn51
  --json                    écrit la réponse en JSON sur la sortie standard
  --lang fr|en              langue des messages
  -h, --help                affiche cette aide

Codes de sortie : 0 au moins une personne disponible sans problème ou un échange, 1 aucune,
2 utilisation incorrecte ou fichier illisible.
`,
  },
};
