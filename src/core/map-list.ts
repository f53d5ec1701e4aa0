// Maps of lists: append to a key's list without copying it (building lists by key stays linear).

/** Appends `value` to the list of `key` (a new list for a new key). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
