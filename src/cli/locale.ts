// The command line's locale: `--lang`, else the environment (LC_ALL, LC_MESSAGES, LANG), else French.

/** The locale a `--lang` value names (`fr` → `fr_FR`, `en-GB` → `en_GB`), or undefined when it names none. */
export function localeOfLangOption(value: string): string | undefined {
  const match = /^(fr|en)(?:[_-]([a-z]{2}))?$/i.exec(value.trim());
  if (!match) return undefined;
  const lang = (match[1] as string).toLowerCase();
  const region = match[2]?.toUpperCase() ?? (lang === "en" ? "US" : "FR");
  return `${lang}_${region}`;
}

/**
 * The locale from the environment as POSIX programs read it (first set of LC_ALL, LC_MESSAGES, LANG), without its
 * encoding; `fr_FR` when unset, `C`/`POSIX`, or neither French nor English.
 */
export function localeOfEnvironment(env: Readonly<Record<string, string | undefined>>): string {
  const raw = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "");
  const base = raw?.trim().split(/[.@]/)[0] ?? "";
  return localeOfLangOption(base) ?? "fr_FR";
}
