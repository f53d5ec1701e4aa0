// French: the sidebar's briefing panel (kept apart so the sidebar bundles only its own texts).
export const briefingPanel = {
  title: "Briefing",
  generate: "Générer le briefing du jour",
  generating: "Génération…",
  date: "Date",
  generated: (tab: string, alerts: number, followUps: number) =>
    `Briefing écrit dans « ${tab} » : ${alerts} transmission(s) urgente(s) ou à surveiller, ${followUps} suivi(s) dû(s).`,
  morning: "Briefing du matin par e-mail",
  hour: "Heure d'envoi",
  install: "Activer l'envoi quotidien",
  changeHour: "Changer l'heure d'envoi",
  remove: "Désactiver",
  refresh: "Actualiser",
  recipients: (list: string, mode: string) => `Destinataires : ${list} (mode ${mode}).`,
  noRecipients: "Aucun destinataire dans l'onglet Paramètres (briefing.destinataires).",
  modes: { minimal: "minimal", full: "complet" },
  loading: "Chargement…",
};
