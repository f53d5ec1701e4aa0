// French: one-line descriptions of every rule and the messages of the planning rules' findings.
import type { RuleId } from "../../findings";

/** Plural helper: `1 jour`, `2 jours`. */
const days = (n: number): string => `${n} jour${n > 1 ? "s" : ""}`;

export const rules = {
  descriptions: {
    "unknown-code": "Cellule qui n'est ni un code de la légende ni un horaire lisible.",
    "bad-time": "Horaire impossible (25h-7h, 7h-7h, 14h30-).",
    "duplicate-person": "Même personne sur deux lignes d'un onglet.",
    "bad-layout": "Onglet qui ressemble à un planning mais dont les jours sont illisibles.",
    "unread-tab":
      "Onglet qui contient quelque chose mais n'a pas été lu comme un planning, ou seulement en partie, ou dont les dates sont inconnues : la raison, jamais en silence.",
    overlap: "Deux postes d'une même personne se chevauchent, dans un onglet ou entre deux onglets.",
    "absence-conflict": "Travail prévu un jour où la personne est absente (CA, RTT, AM, F…).",
    "daily-rest": "Repos quotidien trop court entre deux journées de travail (11 h par défaut).",
    "daily-max": "Trop d'heures de travail dans une journée (10 h par défaut).",
    amplitude: "Amplitude trop longue entre le début et la fin d'une journée de travail (13 h par défaut).",
    "weekly-max": "Trop d'heures de travail dans une semaine (48 h par défaut).",
    "weekly-average": "Moyenne hebdomadaire trop élevée sur 12 semaines consécutives (44 h par défaut).",
    "weekly-rest": "Pas de repos hebdomadaire de 35 h d'affilée (24 h + 11 h) dans la semaine.",
    "days-per-week": "Plus de 6 jours travaillés dans une semaine.",
    "consecutive-days": "Plus de 6 jours travaillés d'affilée, d'une semaine ou d'un onglet à l'autre.",
    "night-max": "Poste de nuit trop long (8 h ; 12 h au plus par accord de branche).",
    "sleep-in-max": "Nuit en chambre de veille de plus de 12 h.",
    "split-shift": "Journée coupée en trop de séquences, ou avec une séquence trop courte.",
    break: "Poste de 6 h ou plus dont la légende prévoit une pause de moins de 20 min.",
    "contract-hours": "Heures prévues dans le mois éloignées du contrat de plus de 10 %.",
    coverage: "Créneau avec moins de personnes que le minimum prévu.",
    qualification: "Créneau sans la qualification requise (veilleur, IDE…).",
    "bad-setting": "Paramètre illisible ou hors limites dans l'onglet Paramètres.",
  } satisfies Record<RuleId, string>,
  overlap: (p: { duration: string; first: string; second: string }) =>
    `Deux postes se chevauchent pendant ${p.duration} : ${p.first} et ${p.second}.`,
  absenceConflict: (p: { date: string; work: string; absence: string }) =>
    `Travail prévu le ${p.date} (${p.work}) un jour d'absence (${p.absence}).`,
  dailyRest: (p: { duration: string; from: string; to: string; limit: string }) =>
    `Repos quotidien de ${p.duration} entre le ${p.from} et le ${p.to} (minimum ${p.limit}).`,
  dailyMax: (p: { duration: string; date: string; limit: string }) =>
    `${p.duration} de travail le ${p.date} (maximum ${p.limit}).`,
  amplitude: (p: { duration: string; from: string; to: string; limit: string }) =>
    `Amplitude de ${p.duration} entre le ${p.from} et le ${p.to} (maximum ${p.limit}).`,
  splitShift: (p: { date: string; sequences: number; maxSequences: number }) =>
    `Journée du ${p.date} coupée en ${p.sequences} séquences (maximum ${p.maxSequences}).`,
  splitShiftShort: (p: { date: string; duration: string; limit: string }) =>
    `Journée coupée du ${p.date} avec une séquence de ${p.duration} (minimum ${p.limit}).`,
  breakMissing: (p: { code: string; duration: string; limit: string; minShift: string }) =>
    `Le code ${p.code} (${p.duration}) ne prévoit pas de pause : il faut au moins ${p.limit} de pause à partir de ${p.minShift}.`,
  breakTooShort: (p: {
    code: string;
    duration: string;
    breakDuration: string;
    limit: string;
    minShift: string;
  }) =>
    `Le code ${p.code} (${p.duration}) prévoit ${p.breakDuration} de pause : il en faut au moins ${p.limit} à partir de ${p.minShift}.`,
  nightMax: (p: { duration: string; from: string; to: string; limit: string }) =>
    `Poste de nuit de ${p.duration} entre le ${p.from} et le ${p.to} (maximum ${p.limit}).`,
  sleepInMax: (p: { duration: string; from: string; to: string; limit: string }) =>
    `Chambre de veille de ${p.duration} entre le ${p.from} et le ${p.to} (maximum ${p.limit}).`,
  weeklyMax: (p: { duration: string; monday: string; limit: string }) =>
    `${p.duration} de travail la semaine du ${p.monday} (maximum ${p.limit}).`,
  weeklyAverage: (p: { duration: string; weeks: number; monday: string; limit: string }) =>
    `Moyenne de ${p.duration} par semaine sur les ${p.weeks} semaines à partir du ${p.monday} (maximum ${p.limit}).`,
  weeklyRest: (p: {
    monday: string;
    longest: string;
    /** The longest rest's part inside the week, when some of it lies outside; null when it lies wholly inside. */
    longestInside: string | null;
    from: string;
    to: string;
    run: string;
    inside: string;
  }) =>
    `Pas de repos hebdomadaire de ${p.run} d'affilée dont ${p.inside} dans la semaine du ${p.monday} ` +
    (p.longestInside === null
      ? `(plus long repos dans la semaine : ${p.longest}, du ${p.from} au ${p.to}).`
      : `(plus long repos : ${p.longest}, du ${p.from} au ${p.to}, dont ${p.longestInside} dans la semaine).`),
  restDays: (p: { monday: string; restDays: number; minimum: number }) =>
    `${days(p.restDays)} de repos la semaine du ${p.monday} (minimum ${days(p.minimum)}).`,
  daysPerWeek: (p: { monday: string; days: number; limit: number }) =>
    `${days(p.days)} travaillés la semaine du ${p.monday} (maximum ${days(p.limit)}).`,
  consecutiveDays: (p: { first: string; last: string; days: number; limit: number }) =>
    `${days(p.days)} travaillés d'affilée du ${p.first} au ${p.last} (maximum ${days(p.limit)}).`,
};
