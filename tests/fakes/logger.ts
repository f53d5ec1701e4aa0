// Logger and console: everything logged is recorded in `fake.logs` (nothing is printed).
import { format } from "node:util";
import { SERVICE, type ServiceObject } from "./counting";

/** One logged line. */
export interface LogRecord {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
}

/** `Logger`. */
export class FakeLogger implements ServiceObject {
  readonly [SERVICE] = "Logger";
  constructor(private readonly logs: LogRecord[]) {}

  log(data: unknown, ...values: unknown[]): FakeLogger {
    this.logs.push({ level: "log", text: format(data, ...values) });
    return this;
  }

  getLog(): string {
    return this.logs.map((l) => l.text).join("\n");
  }

  clear(): void {
    this.logs.length = 0;
  }
}

/** The `console` the code under test sees: records, does not print. */
export function fakeConsole(logs: LogRecord[]): Pick<Console, "log" | "info" | "warn" | "error" | "debug"> {
  const at =
    (level: LogRecord["level"]) =>
    (...args: unknown[]): void => {
      logs.push({ level, text: format(...args) });
    };
  return { log: at("log"), info: at("info"), warn: at("warn"), error: at("error"), debug: at("debug") };
}
