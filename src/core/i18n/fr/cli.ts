// French: the `releve` command line — help, errors, the check's summary and table, the codes list, npm start.

/** 2000000 → `2 000 000`. */
const thousands = (n: number): string => n.toLocaleString("fr-FR").replace(/\s/g, " ");
export const cli = {
  /** Prefix of every one-line error on stderr. */
  errorPrefix: "releve : ",
  help: {
    main: `Relève — contrôle des plannings et transmissions, en ligne de commande.

Utilisation :
  releve check <classeur> [--json] [--preset code-du-travail|ccn66|ccn51] [--out rapport.xlsx] [--force]
  releve read <classeur> [--json]
  releve briefing <classeur> [--date AAAA-MM-JJ] [--json] [--out briefing.html] [--force]
  releve replace <classeur> --date AAAA-MM-JJ --shift CODE [--tab ONGLET] [--absent NOM] [--json]
  releve codes [--json]

Classeurs lus : Excel .xlsx et .xlsm (macros non exécutées), LibreOffice .ods, texte .csv (séparateur
« ; », « , » ou tabulation ; UTF-8 ou Windows-1252 ; un seul onglet, nommé comme le fichier ; chaque
champ lu comme texte). Les formats .xls (97-2003) et .xlsb sont à enregistrer d'abord en .xlsx.

Commandes :
  check      contrôle les onglets de planning (repos, durées, absences, chevauchements, couverture…)
  read       montre ce qui a été compris de chaque onglet (disposition, noms, jours, personnes, postes)
  briefing   prépare le briefing du matin (transmissions, suivis, équipe du jour)
  replace    qui peut remplacer ? les personnes qui peuvent prendre un poste sans enfreindre de règle
  codes      affiche la légende des codes par défaut (M, S, N, CA…)

Options générales :
  --lang fr|en   langue des messages ; sans --lang, les constats d'un classeur (et le rapport) sont
                 dans la langue du classeur, l'aide et les erreurs d'utilisation dans celle du système
                 (LC_ALL, LC_MESSAGES, LANG), sinon le français
  --debug        affiche le détail technique d'une erreur
  -h, --help     affiche cette aide ; « releve <commande> --help » pour l'aide d'une commande
  --version      affiche la version

Langue du classeur : anglais quand ses onglets de l'extension portent les noms anglais (Settings, Staff,
Residents, Handovers, Planning check) ou que ses onglets de mois sont nommés en anglais
(« November 2026 ») ; français sinon.

Codes de sortie : 0 aucune erreur dans le planning, 1 au moins une erreur, 2 utilisation incorrecte,
fichier illisible ou trop grand.
`,
    check: `Utilisation : releve check <classeur> [options]

Lit chaque onglet de planning du classeur (grille personnes × jours, grille jours × personnes ou liste de
postes) et signale ce qui enfreint les règles : repos quotidien et hebdomadaire, durées maximales, travail
pendant une absence, chevauchements, couverture des postes… Les onglets « Paramètres », « Codes » et
« Équipe » sont lus s'ils existent ; sinon les valeurs par défaut s'appliquent.

Options :
  --json                 écrit le résultat en JSON sur la sortie standard, et rien d'autre
  --preset <nom>         règles appliquées : code-du-travail (par défaut), ccn66 ou ccn51 ;
                         remplace le préréglage de l'onglet « Paramètres »
  --out <fichier.xlsx>   écrit une copie du classeur avec l'onglet « Contrôle planning » et les cellules
                         signalées marquées (couleur et note) ; le classeur lu n'est jamais modifié.
                         Seul un rapport écrit par Relève est remplacé : si un onglet à vous porte déjà ce
                         nom, le rapport va dans « Contrôle planning (Relève) ». Un classeur .ods ou .csv
                         (ou un .xlsx trop grand ou illisible pour la copie) donne une copie .xlsx de ses
                         valeurs, sans mise en forme ni formules
  --force                remplace le fichier --out même s'il n'est pas un classeur .xlsx (jamais le
                         classeur lu)
  --lang fr|en           langue des constats et du rapport (par défaut celle du classeur : anglais si ses
                         onglets portent les noms anglais, Settings, Staff… ou des mois anglais ; sinon français)
  --debug                affiche le détail technique d'une erreur
  -h, --help             affiche cette aide

Codes de sortie : 0 aucune erreur, 1 au moins une erreur dans le planning, 2 utilisation incorrecte
ou fichier illisible.
`,
    briefing: `Utilisation : releve briefing <classeur> [options]

Prépare le briefing du matin à partir de l'onglet « Transmissions » et des plannings : transmissions
urgentes et à surveiller, suivis à faire, rendez-vous du jour, équipe présente et trous de couverture.

Options :
  --date <AAAA-MM-JJ>    date du briefing (par défaut : aujourd'hui)
  --json                 écrit le briefing en JSON sur la sortie standard
  --out <fichier.html>   écrit le briefing dans une page HTML autonome, imprimable ; un fichier
                         existant qui n'est pas une page HTML n'est remplacé qu'avec --force, le classeur
                         lu jamais
  --force                remplace le fichier --out même s'il n'est pas une page HTML
  --lang fr|en           langue des messages
  --debug                affiche le détail technique d'une erreur
  -h, --help             affiche cette aide
`,
    read: `Utilisation : releve read <classeur> [--json]

Montre ce que Relève a compris de chaque onglet, sans rien juger : son état (lu, lu en partie, non daté,
non lu, ignoré) et pourquoi, la disposition reconnue, d'où viennent les noms, les jours et le mois, le
nombre de personnes, la première et la dernière date, les postes, les absences et les cases non comprises.
Une lecture se corrige avec les paramètres « lecture.<onglet>.<clé> » (voir docs/layouts.md).

Options :
  --json                 écrit la lecture en JSON : { tabs: [...], people: [...] } (chaque personne avec ses
                         lignes, ses postes et ses absences)
  --lang fr|en           langue des messages
  --debug                affiche le détail technique d'une erreur
  -h, --help             affiche cette aide
`,
    codes: `Utilisation : releve codes [--json]

Affiche la légende par défaut : les codes compris sans onglet « Codes » dans le classeur (code, libellé,
horaires, type). Un onglet « Codes » (Code | Libellé | Début | Fin | Pause (min) | Type) la remplace.

Options :
  --json                 écrit la légende en JSON sur la sortie standard
  --lang fr|en           langue des messages
  -h, --help             affiche cette aide
`,
  },
  errors: {
    missing: (path: string) => `fichier introuvable : ${path}`,
    directory: (path: string) => `${path} est un dossier, pas un classeur`,
    notRegular: (path: string) =>
      `${path} n'est pas un fichier ordinaire (périphérique, tube ou socket) : indiquez un classeur .xlsx, .xlsm, .ods ou .csv`,
    unreadable: (path: string, detail: string) => `impossible de lire ${path} (${detail})`,
    emptyFile: (path: string) => `${path} est un fichier vide, pas un classeur`,
    notXlsx: (path: string) =>
      `${path} n'est pas un classeur lisible (formats acceptés : .xlsx, .xlsm, .ods et .csv)`,
    encrypted: (path: string) =>
      `${path} est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis réessayez`,
    legacyXls: (path: string) =>
      `${path} est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, puis réessayez`,
    xlsb: (path: string) =>
      `${path} est un classeur Excel binaire (.xlsb) : enregistrez-le au format .xlsx, puis réessayez`,
    zipNotWorkbook: (path: string) =>
      `${path} est une archive zip, mais pas un classeur (.xlsx, .xlsm ou .ods)`,
    corrupt: (path: string, detail: string) =>
      `${path} est endommagé et ne peut pas être lu${detail ? ` (${detail})` : ""}`,
    emptyWorkbook: (path: string) => `${path} est vide : aucun onglet ne contient de valeur`,
    tooManyCells: (path: string, count: number, limit: number) =>
      `${path} est trop grand pour être lu (${thousands(count)} cellules remplies, limite ${thousands(limit)}) : ` +
      "videz les cellules inutiles ou répartissez le classeur en plusieurs fichiers, puis réessayez",
    tooWide: (path: string, count: number, limit: number, sheet: string, cell: string) =>
      `${path} est trop grand pour être lu (${thousands(count)} cellules, limite ${thousands(limit)}) : ` +
      `l'onglet « ${sheet} » s'étend jusqu'à ${cell} ; videz les cellules éloignées du planning, puis réessayez`,
    tooManyBytes: (path: string, limitMb: number) =>
      `${path} est trop grand pour être lu (plus de ${thousands(limitMb)} Mo une fois décompressé, ` +
      `limite ${thousands(limitMb)} Mo)`,
    tooSlow: (path: string, cells: number, seconds: number) =>
      `${path} est trop grand pour être lu (${thousands(cells)} cellules lues en ${seconds} s, limite ${seconds} s) : ` +
      "répartissez le classeur en plusieurs fichiers, puis réessayez",
    unknownOption: (option: string, help: string) => `option inconnue : ${option} (voir « ${help} »)`,
    missingValue: (option: string) => `l'option ${option} attend une valeur`,
    unexpectedValue: (option: string) => `l'option ${option} ne prend pas de valeur`,
    unexpectedArgument: (arg: string) => `argument en trop : ${arg}`,
    missingCommand: "commande manquante (voir « releve --help »)",
    unknownCommand: (command: string) =>
      `commande inconnue : ${command} (commandes : check, briefing, replace, codes ; voir « releve --help »)`,
    missingFile: (command: string) => `indiquez le classeur à lire : releve ${command} <classeur>`,
    badPreset: (value: string) =>
      `préréglage inconnu : ${value} (valeurs possibles : code-du-travail, ccn66, ccn51)`,
    badDate: (value: string) =>
      `date invalide : ${value} (format attendu AAAA-MM-JJ, par exemple 2026-11-24)`,
    badLang: (value: string) => `langue inconnue : ${value} (valeurs possibles : fr, en)`,
    outSameAsInput: "--out doit désigner un autre fichier que le classeur lu, qui n'est jamais modifié",
    outExtension: (path: string, extension: string) => `--out doit se terminer par ${extension} : ${path}`,
    outNotOwnKind: (path: string, kind: string) =>
      `${path} existe et n'est pas un fichier ${kind} : choisissez un autre nom, ou ajoutez --force pour le remplacer`,
    outDirectory: (path: string) => `--out désigne un dossier : ${path}`,
    outNotRegular: (path: string) =>
      `--out désigne un fichier spécial (périphérique, tube ou socket) : ${path}`,
    outTooLarge: (path: string, cells: number, limit: number) =>
      `${path} contient ${thousands(cells)} cellules remplies : une copie marquée (--out) n'est écrite que ` +
      `jusqu'à ${thousands(limit)} cellules ; le contrôle fonctionne sans --out`,
    cannotWrite: (path: string, reason: string) => `impossible d'écrire ${path} : ${reason}`,
    writeReasons: {
      EACCES: "permission refusée",
      EPERM: "opération non permise",
      EROFS: "le système de fichiers est en lecture seule",
      ENOSPC: "plus de place sur le disque",
      EDQUOT: "quota de disque dépassé",
      ENOENT: "le dossier n'existe pas",
      ENOTDIR: "un élément du chemin n'est pas un dossier",
      EEXIST: "un élément du chemin existe déjà et n'est pas un dossier",
      EISDIR: "c'est un dossier",
      ENAMETOOLONG: "le nom est trop long",
      EIO: "erreur de lecture ou d'écriture sur le disque",
      EBUSY: "le fichier est occupé",
      EMFILE: "trop de fichiers ouverts",
      ENFILE: "trop de fichiers ouverts",
      EFBIG: "le fichier serait trop gros",
    } as Record<string, string>,
    internal: (detail: string) => `erreur interne : ${detail} (relancez avec --debug pour le détail)`,
  },
  progress: {
    reading: (file: string, done: number, total: number) => `Lecture de ${file} : onglet ${done}/${total}`,
    checking: "Contrôle du planning…",
    writing: (file: string) => `Écriture de ${file}…`,
  },
  check: {
    title: (file: string) => `Contrôle de ${file}`,
    preset: "Préréglage",
    presetNames: { "code-du-travail": "Code du travail", ccn66: "CCN 66", ccn51: "CCN 51" } as Record<
      string,
      string
    >,
    tabsRead: "Onglets lus",
    tabsIgnored: "Onglets ignorés",
    none: "aucun",
    result: "Résultat",
    counts: (errors: number, warnings: number, infos: number) =>
      `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}, ` +
      `${infos} information${infos > 1 ? "s" : ""}`,
    noFinding: "Aucun problème trouvé dans le planning.",
    workbookLevel: "Classeur",
    columns: { rule: "Règle", person: "Personne", date: "Date", cells: "Cellules", message: "Message" },
    moreCells: (n: number) => `+${n}`,
    reportWritten: (path: string, tab: string) =>
      `Rapport écrit dans ${path} (onglet « ${tab} » et cellules marquées).`,
    valuesOnlyCopy:
      "La copie reprend les valeurs du classeur, sans sa mise en forme ni ses formules : ce fichier (.ods, .csv, " +
      "très grand, ou écrit par un programme que la copie ne sait pas relire) ne peut pas être recopié tel quel.",
  },
  read: {
    title: (file: string) => `Lecture de ${file}`,
    counts: (people: number, dates: string, shifts: number, absences: number, unknown: number) =>
      [
        `${people} ${people > 1 ? "personnes" : "personne"}`,
        dates,
        `${shifts} ${shifts > 1 ? "postes" : "poste"}`,
        `${absences} ${absences > 1 ? "absences" : "absence"}`,
        `${unknown} ${unknown > 1 ? "cases non comprises" : "case non comprise"}`,
      ]
        .filter((part) => part !== "")
        .join(" · "),
    dates: (from: string, to: string) => `du ${from} au ${to}`,
  },
  codes: {
    title: "Légende par défaut (utilisée quand le classeur n'a pas d'onglet « Codes »)",
    columns: { code: "Code", label: "Libellé", hours: "Heures", type: "Type" },
    breakMinutes: (minutes: number) => `pause ${minutes} min`,
  },
  start: {
    building: "Construction de la ligne de commande (dist/cli)…",
    checking: (file: string, out: string) => `▶ releve check ${file} --out ${out}`,
    briefing: (file: string, date: string, out: string) =>
      `▶ releve briefing ${file} --date ${date} --out ${out}`,
    expectedErrors:
      "Le classeur de démonstration contient volontairement des erreurs de planning : le code de sortie 1 du contrôle est attendu.",
    outputs: "Sorties :",
    report: (path: string) => `  rapport du contrôle (copie du classeur marquée) : ${path}`,
    briefingFile: (path: string) => `  briefing : ${path}`,
    failed: (what: string, code: number | null) => `${what} a échoué (code de sortie ${code ?? "inconnu"})`,
  },
};
