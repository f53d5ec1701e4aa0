// French: the daily briefing (tab, HTML file, e-mail) and the morning e-mail's status and errors.
import { briefingPanel } from "./briefing-panel";
export const briefing = {
  title: "Briefing",
  /** "mardi 24 novembre 2026". */
  longDate: (weekday: string, day: number, month: string, year: number) =>
    `${weekday} ${day} ${month} ${year}`,
  heading: (establishment: string, date: string) =>
    establishment ? `Briefing du ${date} — ${establishment}` : `Briefing du ${date}`,
  window: (since: string, until: string) => `Transmissions du ${since} au ${until}`,
  generatedAt: (when: string) => `Généré le ${when}`,
  section: {
    alerts: "1. Urgent et à surveiller",
    followUps: "2. Suivis à faire aujourd'hui ou en retard",
    appointments: "3. Rendez-vous du jour",
    staffing: "4. Équipe du jour et planning",
    others: "5. Autres transmissions, par personne",
  },
  columns: { when: "Quand", who: "Personne", what: "Catégorie", text: "Transmission" },
  followUpColumns: { due: "Échéance", who: "Personne", owner: "Par qui", what: "À faire" },
  findingColumns: { date: "Date", severity: "Gravité", message: "Problème" },
  none: {
    alerts: "Aucune transmission urgente ou à surveiller.",
    followUps: "Aucun suivi dû.",
    appointments: "Aucun rendez-vous aujourd'hui.",
    staffing: "Personne n'est prévu au planning aujourd'hui.",
    noPlanning: "Aucun onglet de planning ne couvre cette date.",
    others: "Aucune autre transmission.",
    gaps: "Aucun trou de couverture aujourd'hui ni les deux jours suivants.",
    findings: "Aucun problème de planning aujourd'hui ni les deux jours suivants.",
  },
  label: {
    colon: " : ",
    target: "Cible",
    data: "Données",
    actions: "Actions",
    results: "Résultats",
    followUp: "Suivi",
    due: "pour le",
    owner: "par",
    shift: "poste",
    author: "par",
    readBy: (names: string) => `lu par ${names}`,
    readByNobody: "lu par personne",
    readByTeam: "lu par toute l'équipe du jour",
    unreadBy: (names: string) => `non lu par ${names}`,
    unreadByTeam: "non lu par l'équipe du jour",
    unreadByRest: "non lu par le reste de l'équipe du jour",
    corrected: "corrigée par une transmission suivante",
    corrects: "corrige une transmission précédente",
    editedInSheet: "modifiée dans la feuille après avoir été écrite",
    writtenOn: (when: string) => `écrit le ${when}`,
    dueToday: "aujourd'hui",
    overdue: (days: number) => (days === 1 ? "en retard d'1 jour" : `en retard de ${days} jours`),
    noDue: "sans échéance",
    staffingOf: (slot: string, count: number) => `${slot} (${count})`,
    absent: (count: number) => `Absents (${count})`,
    gaps: "Trous de couverture (aujourd'hui et les deux jours suivants)",
    findings: "Problèmes de planning (aujourd'hui et les deux jours suivants)",
  },
  slot: { matin: "Matin", journée: "Journée", soir: "Soir", nuit: "Nuit" },
  severityLabel: { urgent: "Urgent", watch: "À surveiller", info: "Info" },
  mail: {
    subject: (establishment: string, date: string) =>
      establishment ? `Briefing du ${date} — ${establishment}` : `Briefing du ${date}`,
    intro: (date: string) => `Briefing du ${date}.`,
    privacyNote:
      "Cet e-mail ne contient ni nom de résident ni texte de transmission : ouvrez l'onglet Briefing du classeur pour les lire.",
    counts: "Transmissions depuis le briefing précédent",
    bySeverity: "Par gravité",
    byCategory: "Par catégorie",
    unread: (n: number) => `${n} urgente(s) non lue(s)`,
    followUps: "Suivis",
    followUpsDue: (today: number, overdue: number) => `${today} à faire aujourd'hui, ${overdue} en retard`,
    appointments: (n: number) => `Rendez-vous aujourd'hui : ${n}`,
    staffing: "Équipe du jour",
    errorsToday: "Erreurs de planning aujourd'hui",
    open: "Ouvrir l'onglet Briefing",
    openText: (url: string) => `Onglet Briefing : ${url}`,
    footer: "Envoyé par Relève, le module complémentaire de votre classeur Google Sheets.",
    fullNote: "Briefing complet : à ne pas transférer (données personnelles de santé).",
    testSubject: (subject: string) => `[Essai] ${subject}`,
    testNote:
      "ESSAI envoyé à votre demande depuis le panneau Briefing, à vous seul : ce n'est pas l'envoi du jour, qui partira à l'heure prévue.",
  },
  status: {
    notInstalled: "Désactivé.",
    notInstalledNoRecipient: "Désactivé : ajoutez au moins un destinataire pour pouvoir l'activer.",
    installedNoRecipient: (hour: number, by: string) =>
      `Activé vers ${hour} h (par ${by}), mais aucun destinataire valide : rien ne sera envoyé tant qu'il n'y a pas d'adresse.`,
    recipientsSaved: (tab: string, cell: string) =>
      `Destinataires enregistrés dans l'onglet « ${tab} » (${cell}).`,
    testSent: (to: string) =>
      `Essai envoyé à ${to} (version minimale). Il ne compte pas comme l'envoi du jour.`,
    installed: (hour: number, by: string) => `Activé : chaque jour vers ${hour} h (installé par ${by}).`,
    installedResult: (hour: number, tz: string) =>
      `Le briefing du matin sera envoyé chaque jour entre ${hour} h et ${hour + 1} h (${tz}).`,
    replaced: (hour: number) => `L'envoi quotidien a été déplacé à ${hour} h (un seul envoi par jour).`,
    removed: "Le briefing du matin par e-mail est désactivé.",
    tookOver: (who: string, since: string) =>
      `Le déclencheur de ${who} ne donnait plus signe de vie depuis le ${since} (aucun passage depuis plus de 48 h) : il est remplacé par le vôtre. S'il repartait, le briefing ne serait quand même envoyé qu'une fois par jour.`,
    nothingToRemove: "Le briefing du matin par e-mail n'était pas activé pour votre compte.",
    onlyInstaller: (who: string) =>
      `L'envoi quotidien a été activé par ${who} : seul ce compte peut le désactiver (ou un coordinateur connecté avec ce compte).`,
    lastOk: (when: string, count: number) => `Dernier envoi : ${when}, à ${count} destinataire(s).`,
    lastError: (when: string, message: string) => `Échec de l'envoi du ${when} : ${message}`,
    headerError: (when: string, message: string) =>
      `⚠ Envoi du briefing par e-mail impossible (${when}) : ${message}`,
    headerSent: (when: string, count: number) => `E-mail envoyé le ${when} à ${count} destinataire(s).`,
    alreadySent: (date: string) => `Le briefing du ${date} a déjà été envoyé : rien n'est renvoyé.`,
    sent: (count: number) => `Briefing envoyé à ${count} destinataire(s).`,
    generated: (tab: string) => `Briefing écrit dans l'onglet « ${tab} ».`,
    renamedTab: (userTab: string, tab: string) =>
      `Un onglet « ${userTab} » existe déjà et n'a pas été créé par Relève : le briefing est écrit dans « ${tab} ».`,
  },
  error: {
    badDate: (value: string) => `Date « ${value} » non valide : attendu AAAA-MM-JJ.`,
    installedByOther: (who: string, isoDate: string) =>
      `Le briefing du matin est déjà envoyé chaque jour par le déclencheur de ${who} (activé le ${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}). Un second déclencheur l'enverrait deux fois : demandez d'abord à ${who} de le désactiver depuis son compte (bouton « Désactiver » du briefing du matin), ou à un coordinateur de le faire depuis ce compte.`,
    noEmail:
      "Apps Script ne donne pas l'adresse e-mail de votre compte : Relève ne peut pas savoir qui enverrait le briefing, l'envoi quotidien n'est donc pas activé. Demandez à un coordinateur connecté avec un compte Google de l'activer.",
    badHour: (value: string) => `Heure « ${value} » non valide : attendu un nombre entier de 0 à 23.`,
    busy: "Un autre envoi ou une autre génération du briefing est en cours ; réessayez dans un instant.",
    noRecipients:
      "Aucun destinataire valide : renseignez « briefing.destinataires » dans l'onglet Paramètres (adresses séparées par des virgules).",
    badAddressBlocks: (list: string) =>
      `Adresse(s) non valide(s) dans « briefing.destinataires » : ${list}. Tant qu'elle(s) y reste(nt), aucun e-mail ne part.`,
    badAddress: (list: string) => `Adresse(s) e-mail non valide(s), ignorée(s) : ${list}.`,
    fullRefused: (list: string) =>
      `Mode complet refusé pour ${list} : ces adresses n'ont pas accès en modification au classeur. Elles reçoivent la version minimale (sans nom ni texte). Ajoutez-les comme éditeurs ou passez « briefing.mode » à minimal.`,
    quota: (needed: number, left: number) =>
      `Quota d'e-mails du jour insuffisant : ${needed} destinataire(s) pour ${left} envoi(s) restant(s). Rien n'a été envoyé ; réessayez demain ou réduisez la liste.`,
    sendFailed: (message: string) => `L'envoi a échoué : ${message}`,
    noSettingsTab:
      "Il n'y a pas encore d'onglet Paramètres : lancez « Configurer le classeur » (menu Extensions → Relève), puis réessayez.",
    recipientsChanged: (current: string) =>
      `La liste des destinataires a été modifiée dans l'onglet Paramètres entre-temps (elle contient maintenant « ${current} ») : rien n'a été écrit. Vérifiez-la, puis réessayez.`,
    recipientsRefused: (list: string) =>
      `Adresse(s) e-mail non valide(s) : ${list}. Rien n'a été enregistré.`,
    noEmailForTest:
      "Apps Script ne donne pas l'adresse e-mail de votre compte : impossible de vous envoyer un essai.",
    tooBig:
      "Le briefing complet dépasse la taille permise pour un e-mail : la version minimale a été envoyée.",
  },
  cli: {
    written: (path: string) => `Briefing écrit dans ${path} (page HTML autonome, imprimable sur A4).`,
  },
  panel: briefingPanel,
};
