// Sheet and range protections: description, warning-only mode, editors (the owner always stays an editor).
import { SERVICE, type ServiceObject } from "./counting";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import { FakeUser } from "./user";

/** `SpreadsheetApp.ProtectionType`. */
export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;

type UserLike = string | { getEmail(): string };
const emailOf = (u: UserLike): string => (typeof u === "string" ? u : u.getEmail());

/** `Protection`. */
export class FakeProtection implements ServiceObject {
  readonly [SERVICE] = "Protection";
  description = "";
  warningOnly = false;
  domainEdit = false;
  readonly editors: Set<string>;

  constructor(
    private readonly store: ProtectionStore,
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
    readonly owner: string,
    creator: string,
  ) {
    this.editors = new Set([owner, creator].filter(Boolean));
  }

  describeTarget(): string {
    return `protection '${this.sheet.name}'${this.range ? `!${this.range.getA1Notation()}` : ""}`;
  }

  getProtectionType(): string {
    return this.range ? ProtectionType.RANGE : ProtectionType.SHEET;
  }

  getRange(): FakeRange {
    return this.range ?? this.sheet._rangeAt(1, 1, this.sheet.maxRows, this.sheet.maxCols);
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): FakeProtection {
    this.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }

  getEditors(): FakeUser[] {
    return [...this.editors].map((e) => new FakeUser(e));
  }

  addEditor(user: UserLike): FakeProtection {
    this.editors.add(emailOf(user));
    return this;
  }

  addEditors(users: UserLike[]): FakeProtection {
    for (const u of users) this.editors.add(emailOf(u));
    return this;
  }

  removeEditor(user: UserLike): FakeProtection {
    return this.removeEditors([user]);
  }

  /** Removes editors; the spreadsheet's owner cannot be removed. */
  removeEditors(users: UserLike[]): FakeProtection {
    for (const u of users) if (emailOf(u) !== this.owner) this.editors.delete(emailOf(u));
    return this;
  }

  canEdit(): boolean {
    return this.warningOnly || this.editors.has(this.store.currentUser());
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): FakeProtection {
    this.domainEdit = editable;
    return this;
  }

  remove(): void {
    this.store.remove(this);
  }
}

/** Every protection of a spreadsheet. */
export class ProtectionStore {
  readonly items: FakeProtection[] = [];

  constructor(
    private readonly owner: () => string,
    readonly currentUser: () => string,
  ) {}

  protect(sheet: FakeSheet, range: FakeRange | null): FakeProtection {
    if (!range) {
      const existing = this.items.find((p) => p.sheet === sheet && !p.range);
      if (existing) return existing;
    }
    const protection = new FakeProtection(this, sheet, range, this.owner(), this.currentUser());
    this.items.push(protection);
    return protection;
  }

  list(type: string): FakeProtection[] {
    return this.items.filter((p) => p.getProtectionType() === type);
  }

  remove(item: FakeProtection): void {
    const at = this.items.indexOf(item);
    if (at >= 0) this.items.splice(at, 1);
  }

  dropSheet(sheet: FakeSheet): void {
    for (const p of [...this.items]) if (p.sheet === sheet) this.remove(p);
  }
}
