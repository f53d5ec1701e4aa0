// PropertiesService and CacheService: string stores with Apps Script's size limits.
import { SERVICE, type ServiceObject } from "./counting";

const KB = 1024;
const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** A `Properties` store (document, script or one user's): values are strings, 9 KB each, 500 KB in all. */
export class FakeProperties implements ServiceObject {
  readonly [SERVICE] = "Properties";
  readonly data = new Map<string, string>();

  constructor(readonly kind: "document" | "script" | "user") {}

  private _check(next: Map<string, string>): void {
    for (const value of next.values())
      if (bytes(value) > 9 * KB) throw new Error("Argument too large: value");
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > 500 * KB) {
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }

  getProperty(key: string): string | null {
    return this.data.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): FakeProperties {
    const next = new Map(this.data);
    next.set(String(key), String(value));
    this._check(next);
    this.data.set(String(key), String(value));
    return this;
  }

  /** Sets several properties at once; with `deleteAllOthers`, the store holds exactly these afterwards. */
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }

  getKeys(): string[] {
    return [...this.data.keys()];
  }

  deleteProperty(key: string): FakeProperties {
    this.data.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.data.clear();
    return this;
  }
}

/** `PropertiesService`: one document store, one script store, one store per user. */
export class FakePropertiesService implements ServiceObject {
  readonly [SERVICE] = "PropertiesService";
  constructor(
    private readonly document: FakeProperties,
    private readonly script: FakeProperties,
    private readonly user: () => FakeProperties,
  ) {}

  getDocumentProperties(): FakeProperties {
    return this.document;
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }

  getUserProperties(): FakeProperties {
    return this.user();
  }
}

/** A `Cache` (no expiry modelled): values up to 100 KB, keys up to 250 characters. */
export class FakeCache implements ServiceObject {
  readonly [SERVICE] = "Cache";
  readonly data = new Map<string, string>();

  private _check(key: string, value: string): void {
    if (key.length > 250) throw new Error("Argument too large: key");
    if (bytes(value) > 100 * KB) throw new Error("Argument too large: value");
  }

  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, _expirationInSeconds?: number): void {
    this._check(key, String(value));
    this.data.set(key, String(value));
  }

  putAll(values: Record<string, string>, _expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this._check(k, String(v));
    for (const [k, v] of Object.entries(values)) this.data.set(k, String(v));
  }

  remove(key: string): void {
    this.data.delete(key);
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

/** `CacheService`: document, script and per-user caches. */
export class FakeCacheService implements ServiceObject {
  readonly [SERVICE] = "CacheService";
  constructor(
    private readonly document: FakeCache,
    private readonly script: FakeCache,
    private readonly user: () => FakeCache,
  ) {}

  getDocumentCache(): FakeCache {
    return this.document;
  }

  getScriptCache(): FakeCache {
    return this.script;
  }

  getUserCache(): FakeCache {
    return this.user();
  }
}
