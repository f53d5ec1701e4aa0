// Utilities.formatDate: a SimpleDateFormat subset (y M d E H h k a m s S X Z z, 'quoted text'), English names.
import { knownZone, offsetMs, zonedParts } from "./zoned";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, "0");

function offsetText(offset: number, letter: "X" | "Z", count: number): string {
  const totalMinutes = Math.round(offset / 60000);
  if (letter === "X" && totalMinutes === 0) return "Z";
  const sign = totalMinutes < 0 ? "-" : "+";
  const hours = pad(Math.floor(Math.abs(totalMinutes) / 60), 2);
  const minutes = pad(Math.abs(totalMinutes) % 60, 2);
  if (letter === "Z") return `${sign}${hours}${minutes}`;
  if (count === 1) return `${sign}${hours}`;
  if (count === 2) return `${sign}${hours}${minutes}`;
  return `${sign}${hours}:${minutes}`;
}

/**
 * Formats a date like Apps Script's `Utilities.formatDate(date, timeZone, pattern)`.
 * An unknown time zone falls back to GMT, as Java's TimeZone does.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new Error("Invalid argument: date");
  }
  const zoneName = knownZone(timeZone) ? timeZone : "UTC";
  const ms = date.getTime();
  const p = zonedParts(ms, zoneName);
  const offset = offsetMs(ms, zoneName);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in the date pattern: ${pattern}`);
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === c) count++;
    i += count;
    switch (c) {
      case "y":
        out += count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
        break;
      case "M":
        out +=
          count >= 4
            ? (MONTHS[p.month - 1] as string)
            : count === 3
              ? (MONTHS[p.month - 1] as string).slice(0, 3)
              : pad(p.month, count);
        break;
      case "d":
        out += pad(p.day, count);
        break;
      case "E":
        out += count >= 4 ? (DAYS[p.weekday] as string) : (DAYS[p.weekday] as string).slice(0, 3);
        break;
      case "u":
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case "H":
        out += pad(p.hour, count);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, count);
        break;
      case "h":
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "m":
        out += pad(p.minute, count);
        break;
      case "s":
        out += pad(p.second, count);
        break;
      case "S":
        out += pad(p.millisecond, Math.max(count, 3)).slice(0, Math.max(count, 3));
        break;
      case "X":
      case "Z":
        out += offsetText(offset, c, count);
        break;
      case "z":
        out += `GMT${offsetText(offset, "X", 3).replace("Z", "+00:00")}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}
