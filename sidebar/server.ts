// A typed promise client over google.script.run, derived from the server API types of src/core.
import type { HandoverServerApi } from "../src/core/handovers/api";

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } } | undefined;

/** Every server function of an API type, returning a promise of its JSON result. */
export type Client<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The message of a failure from google.script.run, without the runtime's "Exception:"/"Error:" prefix. */
export function failureMessage(error: unknown, fallback: string): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const cleaned = text.replace(/^(?:Exception|Error|ScriptError)\s*:\s*/i, "").trim();
  return cleaned === "" ? fallback : cleaned;
}

/** A client for an API type: `client.fn(args)` calls the server function `fn` once and resolves with its result. */
export function createClient<Api>(): Client<Api> {
  return new Proxy({} as Client<Api>, {
    get(_target, name) {
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          if (typeof google === "undefined" || !google?.script?.run) {
            reject(new Error("google.script.run is not available"));
            return;
          }
          const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
          const fn = runner[String(name)];
          if (typeof fn !== "function") {
            reject(new Error(`Unknown server function ${String(name)}`));
            return;
          }
          (fn as (...a: unknown[]) => void).apply(runner, args);
        });
    },
  });
}

/** The handover functions of the server. Other panels create their own client with their API type. */
export const server: Client<HandoverServerApi> = createClient<HandoverServerApi>();
