// The list of open follow-ups (row and id of each entry), kept in document properties so they are found at once.

/** Property key of the list; longer lists continue in `…open.1`, `…open.2` (9 KB per property value). */
export const OPEN_KEY = "releve.handovers.open";
const CHUNK = 8_000;

/** One open follow-up: the row of its entry and the entry's id (the row is checked against the id). */
export interface OpenFollowUp {
  row: number;
  id: string;
}

/** The open follow-ups, oldest first, and how many property chunks hold them. */
export function readOpenFollowUps(): { items: OpenFollowUp[]; chunks: number } {
  const props = PropertiesService.getDocumentProperties();
  const head = props.getProperty(OPEN_KEY);
  if (!head) return { items: [], chunks: 0 };
  const bar = head.indexOf("|");
  const chunks = Math.max(1, Number(head.slice(0, bar)) || 1);
  let text = head.slice(bar + 1);
  for (let i = 1; i < chunks; i++) text += props.getProperty(`${OPEN_KEY}.${i}`) ?? "";
  const items = text
    .split(",")
    .map((pair) => {
      const [row, id] = pair.split(":");
      return { row: Number(row), id: id ?? "" };
    })
    .filter((item) => Number.isInteger(item.row) && item.row >= 2 && item.id !== "");
  return { items, chunks };
}

/** Replaces the list (under the document lock). */
export function writeOpenFollowUps(items: readonly OpenFollowUp[], previousChunks: number): void {
  const props = PropertiesService.getDocumentProperties();
  const text = items.map((item) => `${item.row}:${item.id}`).join(",");
  const parts: string[] = [];
  for (let i = 0; i < text.length || parts.length === 0; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
  props.setProperty(OPEN_KEY, `${parts.length}|${parts[0]}`);
  for (let i = 1; i < parts.length; i++) props.setProperty(`${OPEN_KEY}.${i}`, parts[i] as string);
  for (let i = parts.length; i < previousChunks; i++) props.deleteProperty(`${OPEN_KEY}.${i}`);
}
