// French: the planning reader — legend labels, code types and the findings raised while reading planning tabs.
export const planning = {
  /** Names of legend types, as written in the Type column of the `Codes` tab. */
  codeTypes: { work: "travail", night: "nuit", "sleep-in": "veille", absence: "absence", rest: "repos" },
  /** Labels of the default legend, by code. */
  legendLabels: {
    M: "Matin",
    S: "Soir",
    J: "Journée",
    N: "Nuit",
    CV: "Chambre de veille",
    R: "Repos",
    RH: "Repos hebdomadaire",
    RC: "Repos compensateur",
    RTT: "Jour de RTT",
    CA: "Congés annuels",
    AM: "Arrêt maladie",
    AT: "Accident du travail",
    F: "Formation",
    JF: "Jour férié chômé",
    CSS: "Congé sans solde",
    ABS: "Absence",
    TP: "Temps partiel (jour non travaillé)",
    OFF: "Repos (off)",
    MA: "Maladie",
    CEX: "Congé exceptionnel",
    FO: "Formation (journée travaillée)",
    AL: "Congé (holiday)",
  } as Record<string, string>,
  unknownCode: (text: string, date: string) =>
    `Code « ${text} » inconnu le ${date} : ce n'est ni un code de la légende ni un horaire lisible.`,
  cycleUnknownCode: (text: string, count: number, tab: string) =>
    `Code « ${text} » inconnu dans la trame « ${tab} » (${count} ${count > 1 ? "cases" : "case"}) : ce n'est ni un code de la légende ni un horaire lisible, ${count > 1 ? "ces cases ne sont pas vérifiées" : "cette case n'est pas vérifiée"}.`,
  notAPerson: (text: string, count: number) =>
    `« ${text} » (${count} ${count > 1 ? "cases" : "case"}) n'est pas lu comme un nom de personne (une équipe, un créneau, une note ?) : ces cases ne comptent pour personne.`,
  doubtfulCode: (code: string, meaning: string, count: number) =>
    `« ${code} » (${count} ${count > 1 ? "cases" : "case"}) est lu comme « ${meaning} », un poste aux horaires inconnus : la légende par défaut y voit une maladie, mais les autres codes de l'onglet sont des postes et aucun « M » n'y figure. Si c'est autre chose, définissez ${code} dans l'onglet Codes.`,
  codeWithTimes: (text: string, date: string, code: string, type: string) =>
    `« ${text} » le ${date} : le code ${code} (${type}) ne prend pas d'horaire.`,
  badTime: (text: string, date: string, reason: string) =>
    `Horaire impossible « ${text} » le ${date} : ${reason}.`,
  badTimeReasons: {
    hour: "heure au-delà de 24 h",
    startAt24: "24 h ne peut être qu'une fin",
    minute: "minutes au-delà de 59",
    same: "le début et la fin sont identiques",
    missingEnd: "il manque l'heure de fin",
    missingStart: "il manque l'heure de début",
  },
  badDate: (text: string) =>
    `Date illisible ou improbable : « ${text} » (loin des autres dates de l'onglet, ou hors des années 1900 à 2200). Ligne non lue.`,
  duplicatePerson: (name: string, tab: string, rows: string) =>
    `${name} figure sur plusieurs lignes de l'onglet « ${tab} » (${rows}).`,
  rowsWord: (list: string) => `lignes ${list}`,
  columnsWord: (list: string) => `colonnes ${list}`,
  badLayout: (tab: string, reason: string) =>
    `L'onglet « ${tab} » ressemble à un planning mais ses jours sont illisibles : ${reason}. Onglet non vérifié.`,
  badLayoutReasons: {
    noDays: "aucun jour lisible : l'onglet est pourtant désigné comme planning dans les paramètres",
    monthUnknown: "mois ou année inconnus (ni dans le nom de l'onglet, ni dans un titre au-dessus des jours)",
    notInOrder: (cell: string) => `les jours ne se suivent pas (cellule ${cell})`,
    dayTwice: (cell: string) => `un jour figure deux fois (cellule ${cell})`,
    notADay: (text: string, cell: string) => `« ${text} » n'est pas un jour du mois (cellule ${cell})`,
    improbableDay: (text: string, cell: string) =>
      `« ${text} » est une date improbable, loin des autres jours ou hors des années 1900 à 2200 (cellule ${cell})`,
  },
  badSetting: (tab: string, row: number, reason: string) =>
    `Onglet « ${tab} », ligne ${row} : ${reason}. Ligne ignorée.`,
  codesNoHeader: (tab: string) =>
    `L'onglet « ${tab} » n'a pas l'en-tête Code | Libellé | Début | Fin | Pause (min) | Type : la légende par défaut est utilisée.`,
  badSettingReasons: {
    noCode: "code manquant",
    badType: (text: string) => `type « ${text} » inconnu (travail, nuit, veille, absence ou repos)`,
    noStart: (code: string) => `le code ${code} n'a pas d'heure de début`,
    noEnd: (code: string) => `le code ${code} n'a pas d'heure de fin`,
    badStart: (text: string) => `heure de début « ${text} » illisible`,
    badEnd: (text: string) => `heure de fin « ${text} » illisible`,
    sameTimes: (code: string) => `le code ${code} commence et finit à la même heure`,
    badBreak: (text: string) => `pause « ${text} » illisible (un nombre de minutes)`,
    duplicate: (code: string) => `le code ${code} est déjà défini plus haut`,
  },
};
