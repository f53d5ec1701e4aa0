// The "Remplacer" panel's write: one confirmed applyReplacement, its status line, and the "Annuler" that undoes it.
import type { replacementPanel as frPanel } from "../src/core/i18n/fr/replacement-panel";
import type { ApplyRequest, ReplacementServerApi } from "../src/gas/replacement/api-types";
import { clear, el } from "./dom";
import { type Client, failureMessage } from "./server";

/** The status line and the write/undo state shared by every "Choisir" of the list. */
export interface Writer {
  /** Shows a message in the status line (`success` green, `error` red). */
  say(text: string, kind?: "success" | "error" | ""): void;
  /** A "Choisir" button: disabled while a call runs and while a write waits for its undo (forgotten once removed). */
  register(button: HTMLButtonElement): void;
  /** Disables the registered buttons and the search buttons while a server call runs. */
  setBusy(busy: boolean): void;
  /** Sends the write; `back` (the confirmation's buttons) is disabled meanwhile and hidden once written. */
  write(request: ApplyRequest, back: HTMLButtonElement[]): void;
  /** A new list: forgets its buttons and any pending undo. */
  reset(): void;
}

/**
 * The writer: `status` is the panel's live status line, `undoRow` where "Annuler" appears, `others` the search
 * buttons that are disabled while a call runs.
 */
export function createWriter(
  server: Client<ReplacementServerApi>,
  t: typeof frPanel,
  serverError: string,
  parts: { status: HTMLElement; undoRow: HTMLElement; others: HTMLButtonElement[] },
): Writer {
  let buttons: HTMLButtonElement[] = [];
  let written = false;
  let busy = false;

  const say = (text: string, kind: "success" | "error" | "" = ""): void => {
    parts.status.textContent = text;
    parts.status.className = kind ? `status ${kind}` : "status";
  };
  const sync = (): void => {
    for (const b of parts.others) b.disabled = busy;
    buttons = buttons.filter((b) => b.isConnected);
    for (const b of buttons) b.disabled = busy || written;
  };
  const setBusy = (value: boolean): void => {
    busy = value;
    sync();
  };

  const showUndo = (token: string | null): void => {
    clear(parts.undoRow);
    parts.undoRow.hidden = token === null;
    if (token === null) return;
    const undo = el("button", { type: "button", class: "secondary" }, t.undo);
    undo.addEventListener("click", () => {
      undo.disabled = true;
      undo.textContent = t.undoing;
      server.undoReplacement(token).then(
        (result) => {
          written = false;
          showUndo(null);
          sync();
          say(result.message, "success");
        },
        (error: unknown) => {
          undo.disabled = false;
          undo.textContent = t.undo;
          say(failureMessage(error, serverError), "error");
        },
      );
    });
    parts.undoRow.append(undo);
    undo.focus();
  };

  return {
    say,
    setBusy,
    register(button) {
      buttons.push(button);
      button.disabled = busy || written;
    },
    write(request, back) {
      setBusy(true);
      for (const b of back) b.disabled = true;
      say(t.writing);
      server.applyReplacement(request).then(
        (result) => {
          written = true;
          setBusy(false);
          say(result.message, "success");
          for (const b of back) b.closest(".confirm")?.setAttribute("hidden", "");
          showUndo(result.token);
        },
        (error: unknown) => {
          setBusy(false);
          for (const b of back) b.disabled = false;
          say(failureMessage(error, serverError), "error");
        },
      );
    },
    reset() {
      buttons = [];
      written = false;
      showUndo(null);
      sync();
    },
  };
}
