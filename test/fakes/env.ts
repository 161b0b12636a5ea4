// State shared by every part of the fake: realm, clock, counters, NONE-mode gate, and the proxy that meters calls.
import { CallCounter } from './counter';

/**
 * Constructors values are built with. Code loaded in node:vm has its own Date/Array/Error, so values the fake
 * hands back must come from that realm or `x instanceof Date` fails inside the bundle while it works in Sheets.
 */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
}

/** Injected time: `options.now` plus whatever sleep/lock waits/advance() added. */
export class Clock {
  private offset = 0;
  constructor(private readonly base: () => Date) {}
  now(): Date {
    return new Date(this.ms());
  }
  ms(): number {
    return this.base().getTime() + this.offset;
  }
  advance(ms: number): void {
    this.offset += ms;
  }
  set(date: Date): void {
    this.offset = date.getTime() - this.base().getTime();
  }
}

/** Kinds whose calls are Sheets round trips; these are what per-command call budgets are about. */
export const SHEETS_KINDS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'EmbeddedChart',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);

/** Kinds that never cost or need authorisation, so they are neither counted nor gated. */
const FREE_KINDS = new Set(['Logger', 'console']);

export const DEFAULT_NONE_MODE_ALLOW = ['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu', 'Menu.*'];

export interface Env {
  realm: Realm;
  clock: Clock;
  sheetCalls: CallCounter;
  serviceCalls: CallCounter;
  noneMode: boolean;
  noneModeAllow: Set<string>;
  noneModeViolations: string[];
  /** >0 while the fake itself is running; nested calls are the fake's own work, not the caller's. */
  depth: number;
  spreadsheetLocale: string;
  spreadsheetTimeZone: string;
}

export function createEnv(now: () => Date, realm: Realm): Env {
  return {
    realm,
    clock: new Clock(now),
    sheetCalls: new CallCounter(),
    serviceCalls: new CallCounter(),
    noneMode: false,
    noneModeAllow: new Set(DEFAULT_NONE_MODE_ALLOW),
    noneModeViolations: [],
    depth: 0,
    spreadsheetLocale: 'in_ID',
    spreadsheetTimeZone: 'Asia/Jakarta',
  };
}

/** Throw an error from the caller's realm, with Apps Script's message. */
export function fail(env: Env, message: string): never {
  throw new env.realm.Error(message);
}

/** A list in the caller's realm. */
export function list<T>(env: Env, items: readonly T[]): T[] {
  return env.realm.Array.from(items);
}

/** Run fake-internal work without counting or gating it (fixtures, assertions helpers). */
export function quietly<T>(env: Env, fn: () => T): T {
  env.depth++;
  try {
    return fn();
  } finally {
    env.depth--;
  }
}

function gate(env: Env, kind: string, method: string): void {
  if (!env.noneMode || FREE_KINDS.has(kind)) return;
  if (env.noneModeAllow.has(`${kind}.${method}`) || env.noneModeAllow.has(`${kind}.*`)) return;
  env.noneModeViolations.push(`${kind}.${method}`);
  fail(env, `You do not have permission to call ${kind}.${method} (AuthMode.NONE)`);
}

/**
 * Wrap an object so each call of a public method (not starting with '_') made by the caller is gated and
 * counted once. Calls the fake makes while serving a call are not counted: one caller call is one round trip.
 */
export function metered<T extends object>(env: Env, kind: string, target: T): T {
  const counter = FREE_KINDS.has(kind) ? null : SHEETS_KINDS.has(kind) ? env.sheetCalls : env.serviceCalls;
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      // Inside a call the fake is doing its own work: hand out the raw method, nothing to count or gate.
      if (env.depth > 0 || typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') {
        return value;
      }
      return function (this: unknown, ...args: unknown[]) {
        const self = this === undefined ? receiver : this;
        if (env.depth > 0) return value.apply(self, args);
        gate(env, kind, prop);
        counter?.record(kind, prop);
        env.depth++;
        try {
          return value.apply(self, args);
        } finally {
          env.depth--;
        }
      };
    },
  });
}
