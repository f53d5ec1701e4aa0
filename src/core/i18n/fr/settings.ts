// French: the settings tab (`Paramètres`) — column headers, key explanations and bad-setting messages.
export const settings = {
  header: { key: "clé", value: "valeur", explanation: "explication" },
  /** Units as shown in explanations. */
  unit: {
    hours: "en heures (11, 11 h, 10h30)",
    minutes: "en minutes (20, 20 min)",
    days: "en jours",
    percent: "en %",
  },
  explain: {
    preset:
      "Base de règles : code-du-travail (par défaut), ccn66 ou ccn51. Les lignes suivantes la modifient.",
    timeZone:
      "Fuseau horaire de l'établissement (nom IANA), par défaut celui du classeur, sinon Europe/Paris.",
    planningTabs: "auto (détection des onglets de planning) ou noms des onglets séparés par des virgules.",
    establishment: "Nom de l'établissement, repris dans le rapport et le briefing.",
    handoverCategories:
      "Catégories des transmissions, séparées par des virgules (vide : Santé, Traitement, Comportement, Incident, Rendez-vous…).",
    handoverDays:
      "Combien de jours en arrière « À lire » cherche les transmissions que chacun n'a pas encore lues (par défaut 7).",
    year: "Année des plannings qui ne la donnent pas (listes par semaine, onglets sans année), par exemple 2026.",
    reading:
      "lecture.<onglet>.<clé> corrige la lecture d'un onglet : disposition, noms (colonnes, ex. B+C), ligne des jours, mois (ex. 2026-11), début (lundi de la ligne 1 d'une trame), ignorer (oui/non). Voir docs/layouts.md.",
    briefingHour: "Heure d'envoi du briefing du matin, de 0 à 23 (par défaut 7).",
    briefingRecipients: "Adresses e-mail des destinataires du briefing, séparées par des virgules.",
    briefingMode: "minimal (par défaut : aucun nom de résident dans l'e-mail) ou complet.",
    ruleSwitch: (rule: string) => `oui/non : active ou désactive la règle « ${rule} ».`,
    ruleWarning: (rule: string, unit: string) =>
      `Seuil d'avertissement de la règle « ${rule} », ${unit} ; « non » pour ne pas avertir.`,
    ruleError: (rule: string, unit: string) =>
      `Seuil d'erreur de la règle « ${rule} », ${unit} ; « non » pour ne pas signaler d'erreur.`,
    weeklyAverageWeeks:
      "Nombre de semaines consécutives sur lesquelles la moyenne hebdomadaire est calculée.",
    weeklyRestDuration: "Durée minimale du repos hebdomadaire continu, en heures (35 = 24 h + 11 h).",
    weeklyRestInsideWeek: "Part minimale de ce repos située dans la semaine, en heures (24).",
    weeklyRestDays: "Nombre minimal de jours de repos par semaine (0 = non vérifié ; 2 en CCN 66).",
    splitSequences: "Nombre maximal de séquences de travail dans une journée.",
    splitMinSequence: "Durée minimale d'une séquence de travail, en heures.",
    breakShift: "Durée de poste à partir de laquelle une pause est due, en heures (6).",
    breakMinimum: "Pause minimale due, en minutes (20).",
    contractDeviation:
      "Écart toléré entre les heures planifiées d'un mois et le contrat (Équipe), en % (10).",
    sleepInPresence: "Chambre de veille : durée de présence comptée forfaitairement, en heures (9).",
    sleepInCounted: "Chambre de veille : heures de travail comptées pour cette présence (3).",
    sleepInFurther: "Chambre de veille : minutes comptées par heure de présence au-delà (30).",
    coverage:
      "couverture.<créneau> = nombre minimum de personnes chaque jour ; créneaux : matin, soir, journée, nuit ; " +
      "un jour avant ou après le créneau limite la règle à ce jour (couverture.samedi.matin = 3, aussi semaine et week-end).",
    coverageQualification:
      "couverture.<créneau>.qualification = qualification requise sur le créneau (colonne Fonction/Qualification de l'onglet Équipe).",
  },
  /** Expected values, used in bad-setting messages. */
  expected: {
    preset: "code-du-travail, ccn66 ou ccn51",
    timeZone: "un fuseau horaire IANA, par exemple Europe/Paris",
    planningTabs: "auto ou des noms d'onglets séparés par des virgules",
    text: "un texte",
    list: "des éléments séparés par des virgules",
    hour: "une heure entière de 0 à 23",
    emails: "des adresses e-mail séparées par des virgules",
    mode: "minimal ou complet",
    boolean: "oui ou non",
    hours: "un nombre d'heures, par exemple 11, 11 h ou 10h30",
    hoursOrNo: "un nombre d'heures (11, 11 h, 10h30) ou « non »",
    minutes: "un nombre de minutes, par exemple 20 ou 20 min",
    days: (min: number, max: number) => `un nombre entier de jours de ${min} à ${max}`,
    daysOrNo: (min: number, max: number) => `un nombre entier de jours de ${min} à ${max} ou « non »`,
    count: (min: number, max: number) => `un nombre entier de ${min} à ${max}`,
    percent: "un pourcentage, par exemple 10 ou 10 %",
    coverageMinimum: "un nombre entier de personnes, 0 ou plus",
    qualification: "le nom d'une qualification, par exemple veilleur",
  },
  badValue: (key: string, cell: string, value: string, expected: string) =>
    `Paramètre « ${key} » (${cell}) : « ${value} » n'est pas valide. Attendu : ${expected}.`,
  badEmails: (key: string, cell: string, bad: string) =>
    `Paramètre « ${key} » (${cell}) : adresse(s) e-mail non valide(s) : ${bad}.`,
  unknownKey: (key: string, cell: string) =>
    `Paramètre inconnu « ${key} » (${cell}) : ligne ignorée. Les clés reconnues sont listées dans l'onglet Paramètres créé par « Configurer le classeur » et par « releve help ».`,
  badReadingValue: (key: string, cell: string, value: string) =>
    `Paramètre « ${key} » (${cell}) : « ${value} » n'est pas valide. Attendu selon la clé : une disposition (grid-people-days, grid-days-people, shift-list, grid-subcolumns, posts-days, cyclic-pattern), des colonnes (B ou B+C), un numéro de ligne, un mois (2026-11), une date (2026-01-05) ou oui/non.`,
  badCoverageKey: (key: string, cell: string) =>
    `Paramètre « ${key} » (${cell}) : créneau ou jour non reconnu. Attendu : couverture.<créneau> avec matin, soir, journée ou nuit, éventuellement un jour (lundi… dimanche, semaine, week-end) et .qualification.`,
  duplicateKey: (key: string, cell: string, firstCell: string) =>
    `Paramètre « ${key} » (${cell}) donné deux fois (déjà en ${firstCell}) : la dernière valeur est retenue.`,
  valueWithoutKey: (cell: string) =>
    `Valeur sans clé en ${cell} : ligne ignorée. Écrivez la clé en colonne A.`,
  unknownTab: (key: string, cell: string, tabs: string) =>
    `Paramètre « ${key} » (${cell}) : onglet(s) introuvable(s) : ${tabs}.`,
};
