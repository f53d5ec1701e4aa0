// French: words shared by every part (severities, product name, units).
export const common = {
  product: "Relève",
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  months: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  severity: { error: "Erreur", warning: "Avertissement", info: "Information" },
  severityPlural: { error: "erreurs", warning: "avertissements", info: "informations" },
  notYetAvailable: (feature: string) =>
    `« ${feature} » n'est pas encore disponible dans cette version de Relève.`,
};
