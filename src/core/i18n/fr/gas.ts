// French: the add-on's menu, dialogs and toasts in Google Sheets.
export const gas = {
  menu: {
    open: "Ouvrir Relève",
    check: "Vérifier le planning",
    clear: "Effacer les marques",
    briefing: "Générer le briefing",
    setup: "Configurer le classeur",
    morning: "Briefing du matin par e-mail…",
  },
  sidebarTitle: "Relève",
  feature: {
    sidebar: "Ouvrir Relève",
    setup: "Configurer le classeur",
    check: "Vérifier le planning",
    clear: "Effacer les marques",
    addHandover: "Enregistrer une transmission",
    listHandovers: "Lire les transmissions",
    briefing: "Générer le briefing",
    sendBriefing: "Envoyer le briefing du matin",
    installBriefing: "Briefing du matin par e-mail",
    removeBriefing: "Arrêter le briefing du matin",
  },
};
