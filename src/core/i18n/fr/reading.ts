// French: how the planning tabs were read — statuses, layouts, where names and days came from, why a tab is not read.
/** 1210 → "1 210" (a thin space between thousands, as French writes them). */
const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");

export const reading = {
  status: {
    read: "lu",
    partial: "lu en partie",
    undated: "non daté",
    unread: "non lu",
    ignored: "ignoré",
  },
  layouts: {
    "grid-people-days": "personnes × jours",
    "grid-days-people": "jours × personnes",
    "shift-list": "liste de postes",
    "grid-subcolumns": "jours en sous-colonnes (début, fin)",
    "posts-days": "postes × jours, noms dans les cases",
    "cyclic-pattern": "trame cyclique (lignes × jours de la semaine)",
  },
  sources: {
    dates: "les dates des cellules",
    "tab-name": "le nom de l'onglet",
    title: "un titre au-dessus des jours",
    setting: "les paramètres",
    weekdays: "la ligne des jours de la semaine",
    workbook: "les autres dates du classeur",
    "week-label": "le numéro de semaine",
    "file-name": "le nom du fichier",
  },
  how: {
    names: (cols: string) => `noms : ${cols.includes("+") ? "colonnes" : "colonne"} ${cols}`,
    namesInCells: "noms : dans les cases",
    namesRow: (row: number) => `noms : ligne ${row}`,
    daysRow: (row: number) => `jours : ligne ${row}`,
    daysColumn: (col: string) => `jours : colonne ${col}`,
    dayCells: (n: number) =>
      `${n} ${n > 1 ? "jours déduits" : "jour déduit"} des cases voisines (cellules en erreur)`,
    month: (source: string) => `mois : ${source}`,
    year: (source: string) => `année : ${source}`,
    postsColumn: (col: string) => `postes : colonne ${col}`,
    postsRow: (row: number) => `postes : ligne ${row}`,
    postHours: "horaires : dans l'en-tête des postes, selon le jour de la semaine",
    listColumns: (cols: string) => `colonnes ${cols}`,
    subcolumns: (n: number) => `${n} sous-colonnes par jour`,
    lines: (n: number, col: string) => `${n} lignes (colonne ${col})`,
    blocks: (n: number) => `${n} blocs`,
    tabLegend: (n: number) => `${n} ${n > 1 ? "codes définis" : "code défini"} dans l'onglet`,
    override: "lecture corrigée dans les paramètres",
  },
  /** A cyclic pattern's line, as its pseudo-person is named (`Ligne 3`; `Trame 2, ligne 3` for a second pattern). */
  cycleLine: (line: number, pattern: number) =>
    pattern > 1 ? `Trame ${pattern}, ligne ${line}` : `Ligne ${line}`,
  /** A day of a cyclic pattern in a message, instead of a provisional date: `mardi 19:00 (ligne 3)`. */
  cycleDay: (p: { weekday: string; line: number; time: string; date: string }) =>
    `${p.weekday}${p.date ? ` ${p.date}` : ""}${p.time ? ` ${p.time}` : ""} (ligne ${p.line})`,
  reasons: {
    noYear: "l'année de ses jours est inconnue : indiquez-la avec le paramètre « année »",
    noMonth: (tab: string) =>
      `le mois et l'année de ses jours sont inconnus : indiquez-les avec le paramètre « lecture.${tab}.mois » (par exemple 2026-11)`,
    cycle: (lines: number, tab: string) =>
      `trame de ${lines} lignes sans dates ni noms, vérifiée comme un cycle ; pour la dater, indiquez « lecture.${tab}.début » (le lundi de la ligne 1)`,
    blocksLeft: (rows: string) => `des blocs n'ont pas été lus (lignes ${rows})`,
    daysUnreadable: "ses jours sont illisibles",
    noNames: "aucune colonne de noms à gauche des jours",
    unknownLayout: (tab: string) =>
      `il ressemble à un planning mais sa disposition n'est pas reconnue : voir docs/layouts.md, ou indiquez-la avec « lecture.${tab}.disposition »`,
    notPlanning: "ce n'est pas un planning",
    empty: "onglet vide",
    setting: (key: string): string =>
      key === "ignore" ? "ignoré par les paramètres" : "absent du paramètre « onglets planning »",
  },
  report: {
    title: "Lecture des onglets",
    columns: [
      "Onglet",
      "État",
      "Disposition",
      "Comment",
      "Personnes",
      "Dates",
      "Postes · absences · non compris",
    ],
    counts: (shifts: number, absences: number, unknown: number) => `${shifts} · ${absences} · ${unknown}`,
    dates: (from: string, to: string) => `${from} → ${to}`,
  },
  verdict: {
    nothing: "Aucun planning n'a pu être lu : rien n'a été vérifié (voir les onglets non lus ci-dessous).",
    read: (tabs: number, people: number, shifts: number, span: string) =>
      `${groupDigits(tabs)} ${tabs > 1 ? "onglets lus" : "onglet lu"}, ${groupDigits(people)} ${people > 1 ? "personnes" : "personne"}, ${groupDigits(shifts)} ${shifts > 1 ? "postes" : "poste"}${span}`,
    span: (from: string, to: string) => `, du ${from} au ${to}`,
  },
  unreadTab: (tab: string, status: string, reason: string, cell: string) =>
    `Onglet « ${tab} » ${status} : ${reason}${cell ? ` (cellule ${cell})` : ""}. Il n'est pas vérifié comme planning daté.`,
  partialTab: (tab: string, reason: string) => `Onglet « ${tab} » lu en partie : ${reason}.`,
};
