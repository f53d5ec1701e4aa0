// ScriptApp: enums, installable triggers (time-driven and spreadsheet), the add-on limits, firing a trigger.
import type { FakeContext } from "./context";
import { SERVICE, type ServiceObject } from "./counting";
import { knownZone } from "./zoned";

/** `ScriptApp.AuthMode`. */
export const AuthMode = {
  NONE: "NONE",
  LIMITED: "LIMITED",
  FULL: "FULL",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
} as const;
/** `ScriptApp.TriggerSource`. */
export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS",
  CLOCK: "CLOCK",
  FORMS: "FORMS",
  DOCUMENTS: "DOCUMENTS",
  CALENDAR: "CALENDAR",
} as const;
/** `ScriptApp.EventType`. */
export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
  ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as const;
/** `ScriptApp.WeekDay`. */
export const WeekDay = {
  MONDAY: "MONDAY",
  TUESDAY: "TUESDAY",
  WEDNESDAY: "WEDNESDAY",
  THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY",
  SATURDAY: "SATURDAY",
  SUNDAY: "SUNDAY",
} as const;

/** What a time-driven trigger was told. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  at?: Date;
  afterMs?: number;
}

/** An installable trigger. */
export class FakeTrigger implements ServiceObject {
  readonly [SERVICE] = "Trigger";
  constructor(
    readonly id: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    /** The user the trigger runs as (its creator). */
    readonly owner: string,
    readonly schedule: Readonly<ClockSchedule>,
  ) {}

  getHandlerFunction(): string {
    return this.handler;
  }

  getUniqueId(): string {
    return this.id;
  }

  getEventType(): string {
    return this.eventType;
  }

  getTriggerSource(): string {
    return this.source;
  }

  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}

/** Every installable trigger of the project, with the add-on rules. */
export class TriggerStore {
  readonly items: FakeTrigger[] = [];
  private nextId = 1;

  constructor(
    private readonly ctx: FakeContext,
    private readonly documentId: () => string,
  ) {}

  /** The identity triggers belong to and run as. */
  currentUser(): string {
    return this.ctx.execution.userEmail || this.ctx.options.effectiveUserEmail;
  }

  add(handler: string, eventType: string, source: string, schedule: ClockSchedule): FakeTrigger {
    const owner = this.currentUser();
    if (this.ctx.options.addon && this.items.some((t) => t.owner === owner && t.eventType === eventType)) {
      throw new Error(
        eventType === EventType.CLOCK
          ? "This add-on has created too many time-based triggers in this document for this Google user account."
          : "This add-on has created too many triggers of this type in this document for this Google user account.",
      );
    }
    const sourceId =
      source === TriggerSource.SPREADSHEETS || this.ctx.options.addon ? this.documentId() : null;
    const trigger = new FakeTrigger(
      String(this.nextId++),
      handler,
      eventType,
      source,
      sourceId,
      owner,
      schedule,
    );
    this.items.push(trigger);
    return trigger;
  }

  /** The current user's triggers. */
  mine(): FakeTrigger[] {
    const me = this.currentUser();
    return this.items.filter((t) => t.owner === me);
  }

  remove(trigger: FakeTrigger): void {
    const at = this.items.indexOf(trigger);
    if (at < 0) throw new Error("The trigger does not exist or has already been deleted.");
    if (trigger.owner !== this.currentUser()) throw new Error("You can only delete your own triggers.");
    this.items.splice(at, 1);
  }
}

/** `ClockTriggerBuilder`. */
export class FakeClockTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = "ClockTriggerBuilder";
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly addon: boolean,
  ) {}

  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error("The value passed to everyMinutes must be 1, 5, 10, 15 or 30.");
    if (this.addon)
      throw new Error("Add-ons can't create time-based triggers that run more often than once an hour.");
    this.schedule.everyMinutes = n;
    return this;
  }

  everyHours(n: number): FakeClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new Error("The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.");
    this.schedule.everyHours = n;
    return this;
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw new Error("Invalid argument: everyDays");
    this.schedule.everyDays = n;
    return this;
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw new Error("Invalid argument: everyWeeks");
    this.schedule.everyWeeks = n;
    return this;
  }

  onWeekDay(day: string): FakeClockTriggerBuilder {
    this.schedule.onWeekDay = day;
    return this;
  }

  onMonthDay(day: number): FakeClockTriggerBuilder {
    this.schedule.onMonthDay = day;
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error("Invalid argument: hour");
    this.schedule.atHour = hour;
    return this;
  }

  nearMinute(minute: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new Error("Invalid argument: minute");
    this.schedule.nearMinute = minute;
    return this;
  }

  inTimezone(timeZone: string): FakeClockTriggerBuilder {
    if (!knownZone(timeZone)) throw new Error(`Invalid argument: timezone (${timeZone})`);
    this.schedule.timeZone = timeZone;
    return this;
  }

  at(date: Date): FakeClockTriggerBuilder {
    this.schedule.at = new Date(date.getTime());
    return this;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.schedule.afterMs = durationMilliseconds;
    return this;
  }

  /** Creates the trigger; needs a recurrence (or `at`/`after`), and `atHour` needs `everyDays`/`everyWeeks`. */
  create(): FakeTrigger {
    const s = this.schedule;
    const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks;
    if (recurring === undefined && !s.at && s.afterMs === undefined) {
      throw new Error(
        "The clock trigger has no schedule: call everyDays, everyHours, everyWeeks, at or after.",
      );
    }
    if (
      (s.atHour !== undefined || s.nearMinute !== undefined) &&
      s.everyDays === undefined &&
      s.everyWeeks === undefined
    ) {
      throw new Error("atHour and nearMinute need everyDays or everyWeeks.");
    }
    return this.store.add(this.handler, EventType.CLOCK, TriggerSource.CLOCK, { ...s });
  }
}

/** `SpreadsheetTriggerBuilder`. */
export class FakeSpreadsheetTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = "SpreadsheetTriggerBuilder";
  private eventType: string | null = null;

  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  onOpen(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_OPEN;
    return this;
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_EDIT;
    return this;
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_CHANGE;
    return this;
  }

  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }

  create(): FakeTrigger {
    if (!this.eventType)
      throw new Error("The spreadsheet trigger has no event: call onOpen, onEdit or onChange.");
    return this.store.add(this.handler, this.eventType, TriggerSource.SPREADSHEETS, {});
  }
}

/** `TriggerBuilder`. */
export class FakeTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = "TriggerBuilder";
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly addon: boolean,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.store, this.handler, this.addon);
  }

  forSpreadsheet(_spreadsheet: unknown): FakeSpreadsheetTriggerBuilder {
    return new FakeSpreadsheetTriggerBuilder(this.store, this.handler);
  }
}

/** `ScriptApp`. */
export class FakeScriptApp implements ServiceObject {
  readonly [SERVICE] = "ScriptApp";
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  readonly AuthorizationStatus = { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const;

  constructor(
    private readonly store: TriggerStore,
    private readonly addon: boolean,
  ) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== "string" || functionName === "")
      throw new Error("Invalid argument: functionName");
    return new FakeTriggerBuilder(this.store, functionName, this.addon);
  }

  /** The current user's triggers in this project. */
  getProjectTriggers(): FakeTrigger[] {
    return this.store.mine();
  }

  /** The current user's triggers for this document. */
  getUserTriggers(_document: unknown): FakeTrigger[] {
    return this.store.mine();
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.store.remove(trigger);
  }

  getScriptId(): string {
    return "1FakeScriptId";
  }

  getAuthorizationInfo(_authMode: string): {
    getAuthorizationStatus(): string;
    getAuthorizationUrl(): string | null;
  } {
    return { getAuthorizationStatus: () => "NOT_REQUIRED", getAuthorizationUrl: () => null };
  }
}
