// Local storage that never throws (the sidebar's iframe may refuse it): drafts and small preferences.

/** Reads a stored string, or null. */
export function load(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a string (silently ignored when storage is unavailable). */
export function save(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, quota): the draft simply is not kept.
  }
}

/** Removes a stored string. */
export function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
