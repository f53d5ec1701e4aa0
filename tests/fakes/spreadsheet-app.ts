// SpreadsheetApp: the active spreadsheet, the Ui, builders and enums.
import {
  DataValidationCriteria,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeRichTextValueBuilder,
} from "./builders";
import type { FakeContext } from "./context";
import { SERVICE, type ServiceObject } from "./counting";
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from "./metadata";
import { ProtectionType } from "./protection";
import { BorderStyle, type FakeRange, WrapStrategy } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeUi } from "./ui";

/** `SpreadsheetApp`. */
export class FakeSpreadsheetApp implements ServiceObject {
  readonly [SERVICE] = "SpreadsheetApp";
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = { COLUMNS: "COLUMNS", ROWS: "ROWS" } as const;
  /** How many times `flush` was called (also in the call counts). */
  flushes = 0;

  constructor(
    private readonly ctx: FakeContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): FakeRange {
    return this.spreadsheet.getActiveRange();
  }

  /** The Ui; throws like Apps Script when no UI is there (time-driven triggers, `fake.triggers.fire`). */
  getUi(): FakeUi {
    if (!this.ctx.execution.uiAvailable)
      throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return this.ui;
  }

  flush(): void {
    this.flushes++;
  }

  /** Only the current spreadsheet is reachable under the `spreadsheets.currentonly` scope. */
  openById(_id: string): never {
    throw new Error(
      "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
  }

  newRichTextValue(): FakeRichTextValueBuilder {
    return new FakeRichTextValueBuilder();
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
