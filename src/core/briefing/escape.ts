// HTML escaping shared by every briefing renderer: all text goes through it, none is trusted.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe inside HTML element content and quoted attribute values (`& < > " '` escaped). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text with its line breaks kept as `<br>`. */
export function escapeMultiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");
}
