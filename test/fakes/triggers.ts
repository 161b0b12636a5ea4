// ScriptApp: installable triggers per user (20 at most), with the add-on rules (hourly at most, one per type per document).
import { Env, fail, list, metered } from './env';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Wording is the fake's; the rules are Google's documented add-on trigger restrictions. */
export const ADDON_HOURLY = 'Add-ons can use time-driven triggers at most once per hour.';
export const ADDON_ONE_PER_TYPE = 'Add-ons can only have one trigger of each type, per user, per document.';

/** Everything a trigger was built with, for tests (e.g. everyDays 1, atHour 6, inTimezone Asia/Jakarta). */
export interface TriggerSpec {
  id: string;
  handler: string;
  user: string;
  source: string;
  sourceId: string | null;
  eventType: string;
  schedule: Record<string, unknown>;
}

export interface TriggerHost {
  env: Env;
  triggers: TriggerSpec[];
  user(): string;
  documentId(): string | null;
  addon: boolean;
  authorizationRequired: boolean;
}

export class FakeTrigger {
  constructor(readonly _spec: TriggerSpec) {}
  getHandlerFunction(): string {
    return this._spec.handler;
  }
  getUniqueId(): string {
    return this._spec.id;
  }
  getTriggerSource(): string {
    return this._spec.source;
  }
  getTriggerSourceId(): string | null {
    return this._spec.sourceId;
  }
  getEventType(): string {
    return this._spec.eventType;
  }
}

let triggerSeq = 0;

function create(host: TriggerHost, spec: Omit<TriggerSpec, 'id' | 'user'>): FakeTrigger {
  const user = host.user();
  const mine = host.triggers.filter((t) => t.user === user);
  if (mine.length >= MAX_TRIGGERS) fail(host.env, TOO_MANY_TRIGGERS);
  if (host.addon) {
    const minutes = spec.schedule.everyMinutes;
    if (minutes !== undefined || (typeof spec.schedule.everyHours === 'number' && spec.schedule.everyHours < 1))
      fail(host.env, ADDON_HOURLY);
    if (mine.some((t) => t.sourceId === spec.sourceId && t.eventType === spec.eventType)) fail(host.env, ADDON_ONE_PER_TYPE);
  }
  const full: TriggerSpec = { ...spec, user, id: String(1_000_000 + ++triggerSeq) };
  host.triggers.push(full);
  return metered(host.env, 'Trigger', new FakeTrigger(full));
}

class ClockTriggerBuilder {
  private schedule: Record<string, unknown> = {};
  constructor(
    private readonly host: TriggerHost,
    private readonly handler: string,
  ) {}
  private set(key: string, value: unknown): this {
    this.schedule[key] = value;
    return this;
  }
  after(ms: number): this {
    return this.set('after', ms);
  }
  at(date: Date): this {
    return this.set('at', new Date(date.getTime()));
  }
  atDate(year: number, month: number, day: number): this {
    return this.set('atDate', [year, month, day]);
  }
  atHour(hour: number): this {
    return this.set('atHour', hour);
  }
  nearMinute(minute: number): this {
    return this.set('nearMinute', minute);
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) fail(this.host.env, 'The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }
  everyHours(n: number): this {
    return this.set('everyHours', n);
  }
  everyDays(n: number): this {
    return this.set('everyDays', n);
  }
  everyWeeks(n: number): this {
    return this.set('everyWeeks', n);
  }
  onWeekDay(day: string): this {
    return this.set('onWeekDay', String(day));
  }
  onMonthDay(day: number): this {
    return this.set('onMonthDay', day);
  }
  inTimezone(timezone: string): this {
    return this.set('inTimezone', String(timezone));
  }
  create(): FakeTrigger {
    // An add-on's time-driven trigger belongs to the document it was created from.
    return create(this.host, {
      handler: this.handler,
      source: 'CLOCK',
      sourceId: this.host.documentId(),
      eventType: 'CLOCK',
      schedule: { ...this.schedule },
    });
  }
}

class SpreadsheetTriggerBuilder {
  private eventType = '';
  constructor(
    private readonly host: TriggerHost,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): FakeTrigger {
    if (!this.eventType) fail(this.host.env, 'Trigger event type not set.');
    return create(this.host, {
      handler: this.handler,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      eventType: this.eventType,
      schedule: {},
    });
  }
}

export function createScriptApp(host: TriggerHost) {
  const env = host.env;
  const wrap = (spec: TriggerSpec) => metered(env, 'Trigger', new FakeTrigger(spec));
  return metered(env, 'ScriptApp', {
    AuthMode,
    TriggerSource,
    EventType,
    WeekDay,
    AuthorizationStatus,
    newTrigger: (functionName: string) => ({
      timeBased: () => new ClockTriggerBuilder(host, String(functionName)),
      forSpreadsheet: (ss: string | { getId(): string }) =>
        new SpreadsheetTriggerBuilder(host, String(functionName), typeof ss === 'string' ? ss : ss.getId()),
    }),
    /** The current user's triggers for this project, in every document (a user never sees another's). */
    getProjectTriggers: () => list(env, host.triggers.filter((t) => t.user === host.user()).map(wrap)),
    /** The current user's triggers attached to one document. */
    getUserTriggers: (doc: { getId(): string }) =>
      list(env, host.triggers.filter((t) => t.user === host.user() && t.sourceId === doc.getId()).map(wrap)),
    deleteTrigger: (trigger: FakeTrigger) => {
      const i = host.triggers.findIndex((t) => t.id === trigger.getUniqueId());
      if (i >= 0) host.triggers.splice(i, 1);
    },
    getOAuthToken: () => 'fake-oauth-token',
    getScriptId: () => 'fake-script-id',
    getAuthorizationInfo: () => ({
      getAuthorizationStatus: () => (host.authorizationRequired ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
      getAuthorizationUrl: () => (host.authorizationRequired ? 'https://script.google.com/fake-authorize' : null),
      getAuthorizedScopes: () => [],
    }),
    getService: () => ({ getUrl: () => null, isEnabled: () => false }),
  });
}
