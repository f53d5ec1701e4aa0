// French: the sidebar's briefing panel (kept apart so the sidebar bundles only its own texts).
export const briefingPanel = {
  title: "Briefing",
  generate: "Générer le briefing du jour",
  generating: "Génération…",
  date: "Date",
  generated: (tab: string, alerts: number, followUps: number) =>
    `Briefing écrit dans « ${tab} » : ${alerts} transmission(s) urgente(s) ou à surveiller, ${followUps} suivi(s) dû(s).`,
  morning: "E-mail du matin",
  hour: "Heure d'envoi",
  install: "Activer l'envoi quotidien",
  changeHour: "Changer l'heure d'envoi",
  remove: "Désactiver",
  refresh: "Actualiser",
  recipients: "Destinataires",
  recipientsHint: (mode: string) => `Séparées par des virgules. ${mode}`,
  modes: {
    minimal: "Version minimale : des nombres, ni nom ni texte.",
    full: "Version complète, aux seuls éditeurs du classeur.",
  },
  invalidAddresses: (list: string) => `Adresse(s) non valide(s) : ${list}.`,
  needRecipient: "Ajoutez au moins une adresse valide pour activer l'envoi.",
  saveRecipients: "Enregistrer les destinataires",
  saving: "Enregistrement…",
  test: "M'envoyer un essai",
  testing: "Envoi de l'essai…",
  loading: "Chargement…",
};
