// Value objects and their builders: rich text with links, data validation rules, conditional format rules.
import { SERVICE, type ServiceObject } from "./counting";

/** One run of rich text: characters [start, end) and its link, if any. */
export interface TextRun {
  start: number;
  end: number;
  linkUrl: string | null;
}

/** A rich text value: text and per-run links (`getText`, `getLinkUrl`, `getRuns`). */
export class FakeRichTextValue implements ServiceObject {
  readonly [SERVICE] = "RichTextValue";
  constructor(
    private readonly text: string,
    private readonly links: readonly TextRun[],
  ) {}

  getText(): string {
    return this.text;
  }

  /** Link of the whole text (or of [start, end)): null unless one link covers all of it. */
  getLinkUrl(start?: number, end?: number): string | null {
    const from = start ?? 0;
    const to = end ?? this.text.length;
    const covering = this.links.find((l) => l.start <= from && l.end >= to);
    return covering?.linkUrl ?? null;
  }

  getStartIndex(): number {
    return 0;
  }

  getEndIndex(): number {
    return this.text.length;
  }

  /** Runs covering the whole text, linked or not. */
  getRuns(): FakeRichTextValue[] {
    const cuts = new Set([0, this.text.length]);
    for (const l of this.links) {
      cuts.add(l.start);
      cuts.add(l.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: FakeRichTextValue[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i] as number, points[i + 1] as number];
      const link = this.getLinkUrl(s, e);
      runs.push(
        new FakeRichTextValue(this.text.slice(s, e), link ? [{ start: 0, end: e - s, linkUrl: link }] : []),
      );
    }
    return runs;
  }

  copy(): FakeRichTextValueBuilder {
    const builder = new FakeRichTextValueBuilder();
    builder.setText(this.text);
    for (const l of this.links) if (l.linkUrl) builder.setLinkUrl(l.start, l.end, l.linkUrl);
    return builder;
  }

  /** The links, for storage in a cell. */
  _linkRuns(): readonly TextRun[] {
    return this.links;
  }
}

/** `SpreadsheetApp.newRichTextValue()`. */
export class FakeRichTextValueBuilder implements ServiceObject {
  readonly [SERVICE] = "RichTextValueBuilder";
  private text = "";
  private links: TextRun[] = [];

  setText(text: string): FakeRichTextValueBuilder {
    this.text = String(text);
    this.links = [];
    return this;
  }

  /** `setLinkUrl(url)` links the whole text; `setLinkUrl(start, end, url)` characters [start, end). */
  setLinkUrl(
    startOrUrl: number | string | null,
    end?: number,
    url?: string | null,
  ): FakeRichTextValueBuilder {
    if (typeof startOrUrl !== "number") {
      this.links = [{ start: 0, end: this.text.length, linkUrl: startOrUrl }];
      return this;
    }
    const start = startOrUrl;
    if (end === undefined || start < 0 || end > this.text.length || start >= end) {
      throw new Error(`Invalid argument: the link range [${start}, ${end}) is outside the text`);
    }
    this.links = this.links.filter((l) => l.end <= start || l.start >= end);
    this.links.push({ start, end, linkUrl: url ?? null });
    this.links.sort((a, b) => a.start - b.start);
    return this;
  }

  /** Text styles are accepted and not modelled. */
  setTextStyle(..._args: unknown[]): FakeRichTextValueBuilder {
    return this;
  }

  build(): FakeRichTextValue {
    return new FakeRichTextValue(
      this.text,
      this.links.filter((l) => l.linkUrl),
    );
  }
}

/** `SpreadsheetApp.DataValidationCriteria` (the ones the fake builds). */
export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  CHECKBOX: "CHECKBOX",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
} as const;

/** A data validation rule. */
export class FakeDataValidation implements ServiceObject {
  readonly [SERVICE] = "DataValidation";
  constructor(
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}

  getCriteriaType(): string {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.criteria, [...this.values], this.allowInvalid, this.helpText);
  }
}

/** `SpreadsheetApp.newDataValidation()`. */
export class FakeDataValidationBuilder implements ServiceObject {
  readonly [SERVICE] = "DataValidationBuilder";
  constructor(
    private criteria: string | null = null,
    private values: unknown[] = [],
    private allowInvalid = true,
    private helpText: string | null = null,
  ) {}

  requireValueInList(values: unknown[], showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values) || values.length === 0) throw new Error("Invalid argument: values");
    this.criteria = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [values.map(String), showDropdown];
    return this;
  }

  requireValueInRange(range: unknown, showDropdown = true): FakeDataValidationBuilder {
    this.criteria = DataValidationCriteria.VALUE_IN_RANGE;
    this.values = [range, showDropdown];
    return this;
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): FakeDataValidationBuilder {
    this.criteria = DataValidationCriteria.CHECKBOX;
    this.values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this;
  }

  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    this.criteria = DataValidationCriteria.NUMBER_BETWEEN;
    this.values = [start, end];
    return this;
  }

  requireDate(): FakeDataValidationBuilder {
    this.criteria = DataValidationCriteria.DATE_IS_VALID_DATE;
    this.values = [];
    return this;
  }

  requireFormulaSatisfied(formula: string): FakeDataValidationBuilder {
    this.criteria = DataValidationCriteria.CUSTOM_FORMULA;
    this.values = [formula];
    return this;
  }

  setAllowInvalid(allowInvalid: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.helpText = helpText;
    return this;
  }

  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("You must set a validation criteria before building the rule.");
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

/** An opaque conditional format rule: what the builder was told, and its ranges. */
export class FakeConditionalFormatRule implements ServiceObject {
  readonly [SERVICE] = "ConditionalFormatRule";
  constructor(
    readonly settings: Readonly<Record<string, unknown[]>>,
    private readonly ranges: readonly unknown[],
  ) {}

  getRanges(): unknown[] {
    return [...this.ranges];
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder({ ...this.settings }, [...this.ranges]);
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`: every `when…`/`set…` call is recorded as given. */
export class FakeConditionalFormatRuleBuilder implements ServiceObject {
  readonly [SERVICE] = "ConditionalFormatRuleBuilder";
  constructor(
    private readonly settings: Record<string, unknown[]> = {},
    private ranges: unknown[] = [],
  ) {
    const record =
      (name: string) =>
      (...args: unknown[]): FakeConditionalFormatRuleBuilder => {
        this.settings[name] = args;
        return this;
      };
    for (const name of [
      "whenTextEqualTo",
      "whenTextContains",
      "whenFormulaSatisfied",
      "whenNumberGreaterThan",
      "whenNumberLessThan",
      "whenCellEmpty",
      "whenCellNotEmpty",
      "setBackground",
      "setFontColor",
      "setBold",
      "setItalic",
    ]) {
      Object.defineProperty(this, name, { value: record(name), enumerable: false, configurable: true });
    }
  }

  setRanges(ranges: unknown[]): FakeConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this;
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule({ ...this.settings }, this.ranges);
  }
}
