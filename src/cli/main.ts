// The `releve` command line (placeholder until the CLI lands).
process.stderr.write("releve : la ligne de commande n'est pas encore disponible.\n");
process.exitCode = 2;
