// The demo's handover log: three weeks of realistic, fictional entries of the Transmissions tab.
import { type HandoverEntry, makeEntryId } from "../../src/core/handovers";
import { CATEGORY_KEYS, type CategoryKey, defaultCategories } from "../../src/core/handovers/categories";
import { shiftLabelAt } from "../../src/core/handovers/shift";
import { dayNumber, isoSecondsWithOffset, zone } from "../../src/core/time";

/** The children of the home (fictional first names and an initial: the tab holds names only). */
export const RESIDENTS: ReadonlyArray<{ name: string; unit: string; active: boolean }> = [
  { name: "Adam B.", unit: "Hirondelles", active: true },
  { name: "Inaya C.", unit: "Hirondelles", active: true },
  { name: "Kylian D.", unit: "Hirondelles", active: true },
  { name: "Lina F.", unit: "Hirondelles", active: true },
  { name: "Noah G.", unit: "Hirondelles", active: true },
  { name: "Sarah H.", unit: "Hirondelles", active: true },
  { name: "Théo L.", unit: "Hirondelles", active: false },
  { name: "Jade M.", unit: "Mésanges", active: true },
  { name: "Rayan N.", unit: "Mésanges", active: true },
  { name: "Maëlys P.", unit: "Mésanges", active: true },
  { name: "Nathan R.", unit: "Mésanges", active: true },
  { name: "Zoé S.", unit: "Mésanges", active: true },
  { name: "Ethan T.", unit: "Mésanges", active: true },
];

const paris = zone("Europe/Paris");

interface Seed {
  /** `YYYY-MM-DD HH:MM`, Paris wall clock. */
  at: string;
  author: string;
  person: string;
  category: CategoryKey;
  severity: HandoverEntry["severity"];
  target?: string;
  data: string;
  actions?: string;
  results?: string;
  followUp?: HandoverEntry["followUp"];
  followUpStatus?: "open" | "done";
  /** When a done follow-up was closed (`YYYY-MM-DD HH:MM`), by its owner. */
  closed?: string;
  readBy?: string[];
}

const SEEDS: readonly Seed[] = [
  {
    at: "2026-11-05 13:50",
    author: "Durand Yanis",
    person: "Adam B.",
    category: "health",
    severity: "info",
    target: "Sommeil",
    data: "Adam dit avoir mal dormi, bâille beaucoup en classe selon l'enseignante.",
    actions: "Coucher avancé à 20 h 30 ce soir.",
    readBy: ["Bernard Hugo", "Girard Karim"],
  },
  {
    at: "2026-11-05 21:55",
    author: "Moreau Théo",
    person: "Service",
    category: "logistics",
    severity: "info",
    data: "Le lave-linge de la buanderie fuit à nouveau.",
    actions: "Bon d'intervention déposé au secrétariat.",
    followUp: { what: "Relancer l'entretien pour le lave-linge", due: "2026-11-09", owner: "Fournier Nadia" },
    followUpStatus: "done",
    closed: "2026-11-09 11:00",
    readBy: ["Fournier Nadia"],
  },
  {
    at: "2026-11-06 06:40",
    author: "Lambert Sophie",
    person: "Noah G.",
    category: "behaviour",
    severity: "watch",
    target: "Nuit agitée",
    data: "Noah s'est levé trois fois entre 1 h et 3 h, pleurs, dit faire des cauchemars.",
    actions: "Présence rassurante, verre d'eau, veilleuse laissée allumée.",
    results: "Endormi vers 3 h 20.",
    readBy: ["Martin Léa"],
  },
  {
    at: "2026-11-09 13:45",
    author: "Fontaine Lucas",
    person: "Jade M.",
    category: "appointment",
    severity: "info",
    data: "Rendez-vous orthodontiste confirmé le 26/11 à 16 h 30, cabinet du Dr Salaün.",
    followUp: {
      what: "Accompagner Jade chez l'orthodontiste (16 h 30)",
      due: "2026-11-26",
      shift: "soir",
      owner: "Roux Manon",
    },
    followUpStatus: "open",
  },
  {
    at: "2026-11-10 21:40",
    author: "Moreau Théo",
    person: "Kylian D.",
    category: "school",
    severity: "info",
    target: "Devoirs",
    data: "Kylian a terminé son exposé sur les volcans, fier de lui.",
    readBy: ["Petit Camille"],
  },
  {
    at: "2026-11-12 13:55",
    author: "Robin Mathis",
    person: "Rayan N.",
    category: "family",
    severity: "watch",
    target: "Visite médiatisée",
    data: "Le père de Rayan ne s'est pas présenté à la visite médiatisée. Rayan a attendu 45 min puis s'est replié dans sa chambre.",
    actions: "Temps d'échange avec Rayan ; appel au service de l'ASE.",
    followUp: {
      what: "Informer la référente ASE et proposer une nouvelle date",
      due: "2026-11-16",
      owner: "Chevalier Inès",
    },
    followUpStatus: "done",
    closed: "2026-11-16 10:30",
    readBy: ["Chevalier Inès", "Mercier Aline"],
  },
  {
    at: "2026-11-13 07:05",
    author: "Lambert Sophie",
    person: "Sarah H.",
    category: "health",
    severity: "watch",
    target: "Fièvre",
    data: "Sarah a 38,4 °C à 2 h, frissons.",
    actions: "Paracétamol selon le protocole, hydratation, surveillance toutes les deux heures.",
    results: "37,6 °C à 6 h, dort.",
    followUp: {
      what: "Reprendre la température et appeler le médecin si plus de 38,5 °C",
      due: "2026-11-13",
      shift: "matin",
      owner: "Bernard Hugo",
    },
    followUpStatus: "done",
    closed: "2026-11-13 09:15",
    readBy: ["Bernard Hugo", "Durand Yanis"],
  },
  {
    at: "2026-11-16 14:10",
    author: "Leroy Chloé",
    person: "Lina F.",
    category: "medication",
    severity: "info",
    data: "Nouvelle ordonnance : Ventoline 2 bouffées si gêne respiratoire, à emporter aux activités sportives.",
    actions: "Ordonnance rangée dans le classeur des traitements, inhalateur dans le sac de sport.",
    readBy: ["Durand Yanis", "Girard Karim"],
  },
  {
    at: "2026-11-18 21:50",
    author: "Fontaine Lucas",
    person: "Nathan R.",
    category: "incident",
    severity: "urgent",
    target: "Conflit",
    data: "Nathan a frappé Ethan au visage pendant le dîner après une dispute sur la télévision. Petite rougeur sur la joue d'Ethan, pas de plaie.",
    actions: "Séparation des deux enfants, glace sur la joue d'Ethan, reprise au calme avec Nathan.",
    results: "Les deux enfants se sont excusés avant le coucher.",
    followUp: {
      what: "Rédiger la fiche d'incident et prévenir la cheffe de service",
      due: "2026-11-19",
      owner: "Robin Mathis",
    },
    followUpStatus: "done",
    closed: "2026-11-19 13:30",
    readBy: ["Robin Mathis", "Faure Olivier"],
  },
  {
    at: "2026-11-19 13:40",
    author: "Robin Mathis",
    person: "Nathan R.",
    category: "behaviour",
    severity: "watch",
    data: "Fiche d'incident rédigée et transmise. Nathan calme ce matin, a demandé à appeler sa mère.",
    actions: "Appel passé avec sa mère à 12 h 30.",
    readBy: ["Fontaine Lucas"],
  },
  {
    at: "2026-11-20 06:50",
    author: "Mercier Aline",
    person: "Service",
    category: "logistics",
    severity: "info",
    data: "Ampoule grillée dans le couloir de l'étage des Mésanges ; veilleuse de secours utilisée.",
    followUp: { what: "Changer l'ampoule du couloir de l'étage", due: "2026-11-27", owner: "Garnier Fatou" },
    followUpStatus: "open",
  },
  {
    at: "2026-11-23 13:50",
    author: "Leroy Chloé",
    person: "Inaya C.",
    category: "school",
    severity: "watch",
    target: "Absentéisme",
    data: "Le collège signale trois retards d'Inaya cette semaine en première heure.",
    actions: "Discussion avec Inaya : elle dit se sentir mal à l'aise dans sa classe.",
    followUp: { what: "Prendre rendez-vous avec le CPE du collège", due: "2026-11-25", owner: "Martin Léa" },
    followUpStatus: "open",
    readBy: ["Martin Léa"],
  },
  {
    at: "2026-11-24 21:45",
    author: "Martin Léa",
    person: "Adam B.",
    category: "health",
    severity: "urgent",
    target: "Chute",
    data: "Adam est tombé du vélo dans la cour à 18 h, douleur au poignet gauche, gonflement.",
    actions: "Glace, poignet immobilisé, appel au médecin de garde : radio conseillée demain matin.",
    followUp: {
      what: "Emmener Adam faire une radio du poignet",
      due: "2026-11-25",
      shift: "matin",
      owner: "Martin Léa",
    },
    followUpStatus: "done",
    closed: "2026-11-25 13:35",
    readBy: ["Lambert Sophie"],
  },
  {
    at: "2026-11-25 06:55",
    author: "Lambert Sophie",
    person: "Adam B.",
    category: "health",
    severity: "watch",
    target: "Chute",
    data: "Adam a dormi par intermittence, se plaint du poignet au moindre mouvement.",
    actions: "Antalgique donné à 2 h selon le protocole.",
    readBy: [],
  },
  {
    at: "2026-11-25 13:40",
    author: "Martin Léa",
    person: "Adam B.",
    category: "appointment",
    severity: "watch",
    data: "Radio faite : fracture du poignet sans déplacement, plâtre pour quatre semaines.",
    actions: "Attestation pour le collège (dispense de sport) déposée au bureau.",
    followUp: { what: "Rendez-vous de contrôle en orthopédie", due: "2026-12-09", owner: "Petit Camille" },
    followUpStatus: "open",
  },
  {
    at: "2026-11-25 21:30",
    author: "Roux Manon",
    person: "Zoé S.",
    category: "family",
    severity: "info",
    data: "Appel de la grand-mère de Zoé, qui souhaite l'accueillir le week-end du 5 décembre.",
    followUp: {
      what: "Transmettre la demande de la grand-mère à la référente ASE",
      due: "2026-11-27",
      owner: "Chevalier Inès",
    },
    followUpStatus: "open",
  },
  {
    at: "2026-11-26 06:45",
    author: "Mercier Aline",
    person: "Service",
    category: "general",
    severity: "info",
    data: "Nuit calme aux Mésanges. Porte de la cuisine retrouvée ouverte à 23 h, refermée à clé.",
    readBy: [],
  },
];

/** The instant (epoch minutes) of a Paris wall-clock `YYYY-MM-DD HH:MM`. */
function instantOf(at: string): number {
  const [date, time] = at.split(" ") as [string, string];
  const [h, m] = time.split(":").map(Number) as [number, number];
  return paris.toInstant(dayNumber(date), h * 60 + m);
}

/** The demo's handover entries, oldest first, with deterministic ids. */
export function demoHandovers(): HandoverEntry[] {
  const labels = defaultCategories("fr");
  return SEEDS.map((seed, index) => {
    const instant = instantOf(seed.at);
    const epochMs = instant * 60_000;
    const entry: HandoverEntry = {
      id: makeEntryId(epochMs, paris, `d${String(index + 1).padStart(3, "0")}demo`),
      writtenAt: isoSecondsWithOffset(epochMs, paris),
      author: seed.author,
      shift: shiftLabelAt(instant, paris, "fr"),
      person: seed.person,
      category: labels[CATEGORY_KEYS.indexOf(seed.category)] as string,
      severity: seed.severity,
      data: seed.data,
      readBy: seed.readBy ?? [],
    };
    if (seed.target) entry.target = seed.target;
    if (seed.actions) entry.actions = seed.actions;
    if (seed.results) entry.results = seed.results;
    if (seed.followUp) {
      entry.followUp = seed.followUp;
      entry.followUpStatus = seed.followUpStatus ?? "open";
      if (seed.closed) {
        entry.followUpClosedBy = seed.followUp.owner ?? seed.author;
        entry.followUpClosedAt = isoSecondsWithOffset(instantOf(seed.closed) * 60_000, paris);
      }
    }
    return entry;
  });
}
