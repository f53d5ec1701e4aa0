// French: the `releve` command line — help, errors, the check's summary and table, the codes list, npm start.
export const cli = {
  /** Prefix of every one-line error on stderr. */
  errorPrefix: "releve : ",
  help: {
    main: `Relève — contrôle des plannings et transmissions, en ligne de commande.

Utilisation :
  releve check <classeur.xlsx> [--json] [--preset code-du-travail|ccn66|ccn51] [--out rapport.xlsx]
  releve briefing <classeur.xlsx> [--date AAAA-MM-JJ] [--json] [--out briefing.html]
  releve replace <classeur.xlsx> --date AAAA-MM-JJ --shift CODE [--tab ONGLET] [--absent NOM] [--json]
  releve codes [--json]

Commandes :
  check      contrôle les onglets de planning (repos, durées, absences, chevauchements, couverture…)
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

Codes de sortie : 0 aucune erreur dans le planning, 1 au moins une erreur, 2 utilisation incorrecte
ou fichier illisible.
`,
    check: `Utilisation : releve check <classeur.xlsx> [options]

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
                         nom, le rapport va dans « Contrôle planning (Relève) »
  --lang fr|en           langue des constats et du rapport (par défaut celle du classeur : anglais si ses
                         onglets portent les noms anglais, Settings, Staff… ou des mois anglais ; sinon français)
  --debug                affiche le détail technique d'une erreur
  -h, --help             affiche cette aide

Codes de sortie : 0 aucune erreur, 1 au moins une erreur dans le planning, 2 utilisation incorrecte
ou fichier illisible.
`,
    briefing: `Utilisation : releve briefing <classeur.xlsx> [options]

Prépare le briefing du matin à partir de l'onglet « Transmissions » et des plannings : transmissions
urgentes et à surveiller, suivis à faire, rendez-vous du jour, équipe présente et trous de couverture.

Options :
  --date <AAAA-MM-JJ>    date du briefing (par défaut : aujourd'hui)
  --json                 écrit le briefing en JSON sur la sortie standard
  --out <fichier.html>   écrit le briefing dans une page HTML autonome, imprimable
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
    directory: (path: string) => `${path} est un dossier, pas un classeur .xlsx`,
    unreadable: (path: string, detail: string) => `impossible de lire ${path} (${detail})`,
    emptyFile: (path: string) => `${path} est un fichier vide, pas un classeur .xlsx`,
    notXlsx: (path: string) => `${path} n'est pas un classeur Excel .xlsx`,
    encrypted: (path: string) =>
      `${path} est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis réessayez`,
    legacyXls: (path: string) =>
      `${path} est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, puis réessayez`,
    ods: (path: string) =>
      `${path} est un classeur OpenDocument (.ods) : enregistrez-le au format .xlsx, puis réessayez`,
    zipNotWorkbook: (path: string) => `${path} est une archive zip, mais pas un classeur Excel .xlsx`,
    corrupt: (path: string, detail: string) =>
      `${path} est endommagé et ne peut pas être lu${detail ? ` (${detail})` : ""}`,
    emptyWorkbook: (path: string) => `${path} est vide : aucun onglet ne contient de valeur`,
    tooManyCells: (path: string, sheet: string, limit: number) =>
      `${path} contient plus de ${limit.toLocaleString("fr-FR").replace(/\s/g, " ")} cellules remplies ` +
      `(limite de Google Sheets, dépassée dans l'onglet « ${sheet} ») : videz les cellules inutiles, puis réessayez`,
    unknownOption: (option: string, help: string) => `option inconnue : ${option} (voir « ${help} »)`,
    missingValue: (option: string) => `l'option ${option} attend une valeur`,
    unexpectedValue: (option: string) => `l'option ${option} ne prend pas de valeur`,
    unexpectedArgument: (arg: string) => `argument en trop : ${arg}`,
    missingCommand: "commande manquante (voir « releve --help »)",
    unknownCommand: (command: string) =>
      `commande inconnue : ${command} (commandes : check, briefing, replace, codes ; voir « releve --help »)`,
    missingFile: (command: string) => `indiquez le classeur à lire : releve ${command} <classeur.xlsx>`,
    badPreset: (value: string) =>
      `préréglage inconnu : ${value} (valeurs possibles : code-du-travail, ccn66, ccn51)`,
    badDate: (value: string) =>
      `date invalide : ${value} (format attendu AAAA-MM-JJ, par exemple 2026-11-24)`,
    badLang: (value: string) => `langue inconnue : ${value} (valeurs possibles : fr, en)`,
    outSameAsInput: "--out doit désigner un autre fichier que le classeur lu, qui n'est jamais modifié",
    outExtension: (path: string, extension: string) => `--out doit se terminer par ${extension} : ${path}`,
    cannotWrite: (path: string, detail: string) => `impossible d'écrire ${path} (${detail})`,
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
    people: "Personnes",
    shifts: "Postes",
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
