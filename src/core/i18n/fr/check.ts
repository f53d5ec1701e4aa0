// French: the planning check — rule names, coverage/qualification/contract-hours messages, staff tab, report and marks.
export const check = {
  /** Short rule names, shown in the report and the settings explanations. */
  ruleNames: {
    "unknown-code": "Code inconnu",
    "bad-time": "Horaire impossible",
    "duplicate-person": "Personne en double",
    "bad-layout": "Onglet illisible",
    "unread-tab": "Onglet non lu",
    overlap: "Chevauchement",
    "absence-conflict": "Travail pendant une absence",
    "daily-rest": "Repos quotidien",
    "daily-max": "Durée quotidienne",
    amplitude: "Amplitude",
    "weekly-max": "Durée hebdomadaire",
    "weekly-average": "Moyenne hebdomadaire",
    "weekly-rest": "Repos hebdomadaire",
    "days-per-week": "Jours travaillés par semaine",
    "consecutive-days": "Jours consécutifs",
    "night-max": "Durée d'une nuit",
    "sleep-in-max": "Durée d'une veille",
    "split-shift": "Journée coupée",
    break: "Pause",
    "contract-hours": "Heures au contrat",
    coverage: "Couverture",
    qualification: "Qualification",
    "bad-setting": "Paramètre",
  },
  slotNames: { matin: "matin", soir: "soir", journée: "journée", nuit: "nuit" },
  coverage: (date: string, slot: string, present: number, minimum: number, names: string) =>
    `Couverture insuffisante le ${date} (${slot}) : ${present} personne${present > 1 ? "s" : ""} pour ${minimum} minimum` +
    (names ? ` (${names}).` : "."),
  qualification: (date: string, slot: string, qualification: string) =>
    `Qualification manquante le ${date} (${slot}) : personne avec la qualification « ${qualification} ».`,
  contractHours: (
    person: string,
    month: string,
    planned: string,
    contract: string,
    weekly: string,
    percent: string,
    absences: string,
  ) =>
    `${person} : ${planned} planifiées en ${month}${absences ? ` (dont ${absences} d'absences)` : ""} pour ${contract} au contrat (${weekly}/semaine), écart de ${percent} %.`,
  staff: {
    noHeader: (tab: string) =>
      `Onglet « ${tab} » : ligne d'en-tête introuvable (Nom | Fonction/Qualification | Heures/semaine | Unité | Travailleur de nuit).`,
    badHours: (name: string, cell: string, value: string) =>
      `Équipe, ${name} (${cell}) : « ${value} » n'est pas un nombre d'heures par semaine (par exemple 35 ou 17,5).`,
    badNight: (name: string, cell: string, value: string) =>
      `Équipe, ${name} (${cell}) : « ${value} » n'est pas oui ou non (travailleur de nuit).`,
    duplicate: (name: string, cell: string, firstCell: string) =>
      `Équipe : « ${name} » (${cell}) figure deux fois (déjà en ${firstCell}) : la première ligne est retenue.`,
    badEmail: (name: string, cell: string, value: string) =>
      `Équipe, ${name} (${cell}) : « ${value} » n'est pas une adresse e-mail (une seule par personne, par exemple lea.martin@exemple.fr).`,
  },
  report: {
    title: "Contrôle planning",
    generatedAt: "Vérifié le",
    preset: "Référentiel",
    tabsRead: "Onglets lus",
    tabsIgnored: "Onglets ignorés",
    people: "Personnes",
    shifts: "Séquences de travail",
    errors: "Erreurs",
    warnings: "Avertissements",
    infos: "Informations",
    none: "aucun",
    moreFindings: (n: number) => `… et ${n} autre${n > 1 ? "s" : ""}.`,
    noFinding: "Aucun problème trouvé.",
    columns: ["Gravité", "Règle", "Personne", "Date", "Onglet", "Cellules", "Message"],
  },
  presetNames: {
    "code-du-travail": "Code du travail",
    ccn66: "CCN 66",
    ccn51: "CCN 51",
  },
  marks: {
    /** Prefix of every note the check writes, so that a clear recognises its own notes. */
    notePrefix: "[Relève]",
    more: (n: number) => `… et ${n} autre${n > 1 ? "s" : ""} (voir l'onglet Contrôle planning).`,
  },
};
