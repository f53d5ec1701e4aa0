// The boundary between code under test and the fake: proxies that count every method call on a service object.
import type { FakeContext } from "./context";

/** Marks a fake service object: its service name in call counts (`Range`, `Sheet`…). */
export const SERVICE = Symbol("fakeService");

/** A fake service object: counted when reached through `expose`. */
export interface ServiceObject {
  readonly [SERVICE]: string;
  /** What a write to this object touches, for the write log (e.g. `'Journal'!A2:K2`). */
  describeTarget?(): string;
}

/** Test-side helpers: callable on the raw objects a test holds, invisible to the code under test. */
const TEST_ONLY = new Set([
  "addSheetWithValues",
  "cellAt",
  "borderAt",
  "valuesOf",
  "describeTarget",
  "constructor",
]);

const proxies = new WeakMap<object, object>();
const raws = new WeakMap<object, object>();

/** True for a fake service object (raw or exposed). */
function isService(value: unknown): value is ServiceObject {
  return typeof value === "object" && value !== null && SERVICE in value;
}

/** The raw fake object behind a proxy (or the value itself). Arrays are unwrapped element by element. */
export function unwrap<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const raw = raws.get(value);
  if (raw) return raw as T;
  if (Array.isArray(value)) return value.map((v) => unwrap(v)) as T;
  return value;
}

/** Wraps a fake service object (or an array of them) so the code under test's calls are counted. */
export function expose<T>(ctx: FakeContext, value: T): T {
  if (Array.isArray(value)) return value.map((v) => expose(ctx, v)) as T;
  if (!isService(value)) return value;
  const cached = proxies.get(value);
  if (cached) return cached as T;
  const target = value;
  const methods = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const member: unknown = Reflect.get(obj, prop, obj);
      if (typeof prop === "symbol") return member;
      if (prop.startsWith("_") || TEST_ONLY.has(prop)) return undefined;
      // Plain data fields are internal state; only enums (capitalised, like `AuthMode`) are visible.
      if (typeof member !== "function") return /^[A-Z]/.test(prop) ? expose(ctx, member) : undefined;
      let wrapper = methods.get(prop);
      if (!wrapper) {
        const fn = member as (...args: unknown[]) => unknown;
        wrapper = (...args: unknown[]) =>
          expose(
            ctx,
            ctx.invoke(
              obj[SERVICE],
              prop,
              () => obj.describeTarget?.() ?? obj[SERVICE],
              () =>
                fn.apply(
                  obj,
                  args.map((a) => unwrap(a)),
                ),
            ),
          );
        methods.set(prop, wrapper);
      }
      return wrapper;
    },
    set() {
      return false;
    },
    has(obj, prop) {
      return typeof prop === "string" && (prop.startsWith("_") || TEST_ONLY.has(prop)) ? false : prop in obj;
    },
  });
  proxies.set(target, proxy);
  raws.set(proxy, target);
  return proxy as T;
}
