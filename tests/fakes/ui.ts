// Fake Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService, recording everything shown.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SERVICE, type ServiceObject } from "./counting";

/** `Ui.Button`. */
export const Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
/** `Ui.ButtonSet`. */
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;

/** One entry of a recorded menu. */
export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: MenuRecord };

/** A menu added to the UI. */
export interface MenuRecord {
  /** The menu's name; null for the add-on menu (`createAddonMenu`). */
  title: string | null;
  addon: boolean;
  items: MenuEntry[];
}

/** An alert shown (`Ui.alert`), with the button the fake answered. */
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
}

/** A prompt shown (`Ui.prompt`), with the fake's answer. */
export interface PromptRecord extends AlertRecord {
  responseText: string;
}

/** A sidebar or dialog shown. */
export interface HtmlShown {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

/** A toast shown (`Spreadsheet.toast`). */
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Everything the UI showed, and the answers the test queued for alerts and prompts. */
export class UiState {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: HtmlShown[] = [];
  readonly dialogs: (HtmlShown & { modal: boolean })[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Buttons the next alerts answer, in order; when empty an alert answers its first button (OK or YES). */
  readonly alertAnswers: string[] = [];
  /** Answers of the next prompts, in order; when empty a prompt answers OK with "". */
  readonly promptAnswers: { button?: string; text: string }[] = [];

  /** The last menu added, or undefined. */
  lastMenu(): MenuRecord | undefined {
    return this.menus[this.menus.length - 1];
  }

  /** The captions of a menu's items (separators as "---"), sub-menus flattened with their title. */
  captions(menu: MenuRecord | undefined = this.lastMenu()): string[] {
    if (!menu) return [];
    return menu.items.flatMap((e) =>
      e.kind === "item"
        ? [e.caption]
        : e.kind === "separator"
          ? ["---"]
          : [`${e.menu.title ?? ""} >`, ...this.captions(e.menu)],
    );
  }
}

/** `Menu`: built item by item, recorded by `addToUi`. */
export class FakeMenu implements ServiceObject {
  readonly [SERVICE] = "Menu";
  private readonly items: MenuEntry[] = [];

  constructor(
    private readonly state: UiState,
    private readonly title: string | null,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof functionName !== "string" || functionName === "")
      throw new Error("Invalid argument: functionName");
    this.items.push({ kind: "item", caption: String(caption), functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.items.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.items.push({ kind: "submenu", menu: menu._record() });
    return this;
  }

  addToUi(): void {
    this.state.menus.push(this._record());
  }

  _record(): MenuRecord {
    return { title: this.title, addon: this.title === null, items: this.items.map((e) => ({ ...e })) };
  }
}

/** `Ui`. */
export class FakeUi implements ServiceObject {
  readonly [SERVICE] = "Ui";
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly state: UiState) {}

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.state, null);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.state, String(caption));
  }

  /** `alert(prompt)`, `alert(prompt, buttons)`, `alert(title, prompt, buttons)`: records, returns the queued answer. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? "", c]
        : b !== undefined && b in ButtonSet
          ? ["", a, b]
          : ["", a, ButtonSet.OK];
    const answer = this.state.alertAnswers.shift() ?? (buttons.startsWith("YES") ? Button.YES : Button.OK);
    this.state.alerts.push({ title: String(title), prompt: String(prompt), buttons, answer });
    return answer;
  }

  /** `prompt(prompt)`, `prompt(prompt, buttons)`, `prompt(title, prompt, buttons)`. */
  prompt(a: string, b?: string, c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? "", c]
        : b !== undefined && b in ButtonSet
          ? ["", a, b]
          : ["", a, ButtonSet.OK];
    const queued = this.state.promptAnswers.shift();
    const answer = queued?.button ?? (buttons.startsWith("YES") ? Button.YES : Button.OK);
    const responseText = queued?.text ?? "";
    this.state.prompts.push({ title: String(title), prompt: String(prompt), buttons, answer, responseText });
    return { getResponseText: () => responseText, getSelectedButton: () => answer };
  }

  showSidebar(html: FakeHtmlOutput): void {
    this.state.sidebars.push(html._shown());
  }

  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this.state.dialogs.push({ ...html._shown(), title: String(title), modal: true });
  }

  showModelessDialog(html: FakeHtmlOutput, title: string): void {
    this.state.dialogs.push({ ...html._shown(), title: String(title), modal: false });
  }
}

/** `HtmlOutput`. */
export class FakeHtmlOutput implements ServiceObject {
  readonly [SERVICE] = "HtmlOutput";
  private title = "";
  private width: number | null = null;
  private height: number | null = null;

  constructor(private content: string) {}

  _shown(): HtmlShown {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }

  setSandboxMode(_mode: string): FakeHtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: string): FakeHtmlOutput {
    return this;
  }

  addMetaTag(_name: string, _content: string): FakeHtmlOutput {
    return this;
  }

  setFaviconUrl(_url: string): FakeHtmlOutput {
    return this;
  }
}

/** `HtmlTemplate`: `evaluate()` returns the raw content (scriptlets are not run by the fake). */
export class FakeHtmlTemplate implements ServiceObject {
  readonly [SERVICE] = "HtmlTemplate";
  constructor(private readonly raw: string) {}

  getRawContent(): string {
    return this.raw;
  }

  evaluate(): FakeHtmlOutput {
    return new FakeHtmlOutput(this.raw);
  }
}

/** `HtmlService`: files come from `files` (set by tests) or `<dir>/<name>.html`. */
export class FakeHtmlService implements ServiceObject {
  readonly [SERVICE] = "HtmlService";
  readonly SandboxMode = { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" } as const;
  readonly XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

  constructor(
    private readonly files: Map<string, string>,
    private readonly dir: string,
  ) {}

  private _read(name: string): string {
    const own = this.files.get(name);
    if (own !== undefined) return own;
    const path = join(this.dir, `${name.replace(/\.html$/, "")}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(path, "utf8");
  }

  createHtmlOutput(html = ""): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._read(filename));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(String(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._read(filename));
  }
}
