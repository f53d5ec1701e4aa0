// E-mail addresses as typed in a settings cell or the sidebar: split, checked (no i18n, so the sidebar can bundle it).

const EMAIL = /^[^\s@,;<>()"'[\]\\]+@[^\s@,;<>()"'[\]\\]+\.[a-z]{2,}$/i;

/** True when a text is a plausible e-mail address (`name@domain.tld`, nothing around it). */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** Addresses from a settings cell: separated by commas, semicolons, spaces or line breaks. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The addresses of a typed list, split into valid and invalid ones (each once, in the order typed). */
export function recipientsOfText(text: string): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const address of splitAddresses(text)) {
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    (isEmailAddress(address) ? valid : invalid).push(address);
  }
  return { valid, invalid };
}
