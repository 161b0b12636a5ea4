// Factory for the in-memory Apps Script fake: the globals the add-on sees, plus levers and records for tests.
/*
 * createGasFake(options?) -> fake
 *
 *   fake.globals           SpreadsheetApp PropertiesService LockService CacheService ScriptApp MailApp Session
 *                          Utilities HtmlService Logger console Charts: put them on a vm context, or
 *   fake.install()         on globalThis (fake.uninstall() restores what was there); fake.createContext()
 *                          makes a node:vm context holding only them and builds returned values in its realm.
 *   fake.calls             Sheets calls (every SpreadsheetApp/Spreadsheet/Sheet/Range/... method call is one):
 *                          calls.count('getValues'), calls.count('Range.setValues'), calls.total(), calls.reset(),
 *                          calls.log. fake.serviceCalls counts the other services the same way.
 *   fake.uncounted(fn)     run test-side reads without counting them.
 *   fake.createSpreadsheet(name, { Sheet1: [[...]] }) -> Spreadsheet (the first one created becomes active);
 *   fake.setActive(ss|null); openById/openByUrl work for every spreadsheet created here;
 *   fake.failOpen(ssOrId, 'deleted' | 'noAccess' | null), or createSpreadsheet(name, sheets, { openFailure }),
 *                          makes opening it throw Apps Script's message.
 *   formula('=SUM(A1:A2)', 3) in a fixture is a formula cell with a cached value.
 *   fake.mail.sent, fake.mail.remaining; options.mailQuota (100).
 *   fake.clock.now()/advance(ms)/set(date); options.now injects time (Utilities.sleep and lock waits advance it).
 *   fake.ui: menus, alerts, prompts, sidebars, dialogs, toasts; ui.respondWith('NO'); ui.available = false
 *                          simulates a trigger run (getUi throws).
 *   fake.restrictToNoneMode() / options.noneMode: every service call except getUi and menu building throws,
 *                          as in onOpen under AuthMode.NONE; fake.noneModeViolations lists what was tried.
 *   fake.holdLock('document' | 'script' | 'user', forMs?) / fake.freeLock(kind): another process holds a lock.
 *   fake.addHtmlFile(name, html) for HtmlService.createHtmlOutputFromFile / createTemplateFromFile.
 *   fake.triggers (specs of installed triggers), fake.properties(kind), fake.logs, fake.setActiveUser(email).
 *
 * The fake offers no method real Apps Script lacks (api-surface.test.ts checks it against
 * @types/google-apps-script at typecheck time); e.g. AuthMode lives on ScriptApp only, as in Apps Script.
 *
 * Faithful where Sheets bites: fixed sheet size (setValues never grows a sheet), Apps Script's error messages
 * for shape mismatches, out-of-sheet ranges, duplicate sheet names (ignoring case), property/trigger/mail
 * limits; typed-input semantics of setValues (see cells.ts); copies out of getValues. Not modelled: formula
 * evaluation, conditional formats, filters, named ranges, sharing, quotas other than the ones above.
 */
import * as vm from 'node:vm';
import { createCacheService } from './cache';
import { createChartsGlobal } from './charts';
import { CallCounter } from './counter';
import { Clock, createEnv, Env, quietly, Realm } from './env';
import { createHtmlService } from './html';
import { LockTable, createLockService } from './lock';
import { createLogging, LogEntry } from './logger';
import { createMailApp, MailBox } from './mail';
import { createPropertiesService, PropertyStores } from './properties';
import { createSession, Identity } from './session';
import { createSpreadsheetApp, OpenFailure, SpreadsheetRegistry } from './spreadsheet-app';
import { FakeSpreadsheet } from './spreadsheet';
import { createScriptApp, TriggerHost, TriggerSpec } from './triggers';
import { UiLog } from './ui';
import { createUtilities } from './utilities';

export { formula } from './spreadsheet-app';
export type { FakeSpreadsheet } from './spreadsheet';
export type { FakeSheet } from './sheet';
export type { FakeRange } from './range';

export interface GasFakeOptions {
  /** Time source; defaults to the real clock. */
  now?: () => Date;
  /** Locale of new spreadsheets (Sheets format, default 'in_ID'). */
  locale?: string;
  /** Time zone of new spreadsheets and of the script (default 'Asia/Jakarta'). */
  timeZone?: string;
  /** Session.getActiveUserLocale() (default 'id'). */
  userLocale?: string;
  activeUser?: string;
  effectiveUser?: string;
  /** Recipients MailApp may still send to today (default 100). */
  mailQuota?: number;
  /** Start in AuthMode.NONE (see restrictToNoneMode). */
  noneMode?: boolean;
  /** 'Kind.method' or 'Kind.*' allowed in NONE mode besides getUi and menus (e.g. 'Session.getActiveUserLocale'). */
  noneModeAllow?: string[];
  /** Title of createAddonMenu() menus (default 'Sinergi'). */
  addonName?: string;
  /** Apply add-on trigger restrictions (default true). */
  addon?: boolean;
  /** ScriptApp.getAuthorizationInfo() reports REQUIRED (default false). */
  authorizationRequired?: boolean;
  /** Print Logger/console output as well as recording it. */
  echoLogs?: boolean;
}

export type GasGlobals = ReturnType<typeof buildGlobals>['globals'];

function buildGlobals(env: Env, options: GasFakeOptions) {
  const identity: Identity = {
    activeUser: options.activeUser ?? 'operator@binjaikota.go.id',
    effectiveUser: options.effectiveUser ?? options.activeUser ?? 'operator@binjaikota.go.id',
    userLocale: options.userLocale ?? 'id',
    scriptTimeZone: options.timeZone ?? 'Asia/Jakarta',
  };
  const ui = new UiLog();
  const registry = new SpreadsheetRegistry(env, ui, () => identity.effectiveUser);
  const documentId = () => registry.active?.getId() ?? null;
  const user = () => identity.effectiveUser;
  const stores = new PropertyStores(env);
  const locks = new LockTable(env);
  const mail = new MailBox(options.mailQuota ?? 100);
  const logs: LogEntry[] = [];
  const html = { files: new Map<string, string>(), scope: (): object => globalThis };
  const triggerHost: TriggerHost = {
    env,
    triggers: [] as TriggerSpec[],
    user,
    documentId: () => quietly(env, documentId),
    addon: options.addon ?? true,
    authorizationRequired: options.authorizationRequired ?? false,
  };
  const logging = createLogging(env, logs, options.echoLogs ?? false);
  const globals = {
    SpreadsheetApp: createSpreadsheetApp(registry, options.addonName ?? 'Sinergi'),
    PropertiesService: createPropertiesService(env, stores, user, () => quietly(env, documentId)),
    LockService: createLockService(env, locks, user, () => quietly(env, documentId)),
    CacheService: createCacheService(env, user, () => quietly(env, documentId)),
    ScriptApp: createScriptApp(triggerHost),
    MailApp: createMailApp(env, mail),
    Session: createSession(env, identity),
    Utilities: createUtilities(env),
    HtmlService: createHtmlService(env, html),
    Logger: logging.Logger,
    console: logging.console,
    Charts: createChartsGlobal(),
  };
  return { globals, identity, ui, registry, stores, locks, mail, logs, html, triggerHost };
}

export function createGasFake(options: GasFakeOptions = {}) {
  const env = createEnv(options.now ?? (() => new Date()), { Date, Array, Error });
  env.spreadsheetLocale = options.locale ?? 'in_ID';
  env.spreadsheetTimeZone = options.timeZone ?? 'Asia/Jakarta';
  env.noneMode = options.noneMode ?? false;
  for (const allowed of options.noneModeAllow ?? []) env.noneModeAllow.add(allowed);
  const built = buildGlobals(env, options);
  const { globals, identity, ui, registry, stores, locks, mail, logs, html, triggerHost } = built;
  let saved: Array<[string, boolean, unknown]> | null = null;
  let installedOn: Record<string, unknown> | null = null;

  const idOf = (ss: FakeSpreadsheet | string): string => (typeof ss === 'string' ? ss : quietly(env, () => ss.getId()));
  const lockKey = (kind: 'document' | 'script' | 'user', ss?: FakeSpreadsheet): string =>
    kind === 'script'
      ? 'script'
      : kind === 'user'
        ? `user:${identity.effectiveUser}`
        : `document:${idOf(ss ?? (registry.active as FakeSpreadsheet))}`;

  return {
    globals,
    /** Sheets API calls. */
    calls: env.sheetCalls as CallCounter,
    /** Calls to the other services (properties, locks, cache, mail, triggers, HtmlService, Session, Utilities). */
    serviceCalls: env.serviceCalls as CallCounter,
    clock: env.clock as Clock,
    ui,
    mail,
    logs,
    /** Specs of installed triggers, all users. */
    get triggers(): readonly TriggerSpec[] {
      return triggerHost.triggers;
    },
    get noneModeViolations(): readonly string[] {
      return env.noneModeViolations;
    },

    install(target: object = globalThis): void {
      const t = target as Record<string, unknown>;
      saved = Object.keys(globals).map((k) => [k, Object.prototype.hasOwnProperty.call(t, k), t[k]]);
      Object.assign(t, globals);
      installedOn = t;
      html.scope = () => t;
    },
    uninstall(): void {
      if (!saved || !installedOn) return;
      for (const [k, had, value] of saved) {
        if (had) installedOn[k] = value;
        else delete installedOn[k];
      }
      saved = null;
      installedOn = null;
    },
    /** A node:vm context whose only globals are the fake's; values come back in that context's realm. */
    createContext(extra: Record<string, unknown> = {}): vm.Context {
      const context = vm.createContext({ ...globals, ...extra });
      env.realm = vm.runInContext('({ Date, Array, Error })', context) as Realm;
      html.scope = () => context;
      return context;
    },
    /** Build returned Dates/arrays/errors with another realm's constructors. */
    useRealm(realm: Realm): void {
      env.realm = realm;
    },
    uncounted<T>(fn: () => T): T {
      return quietly(env, fn);
    },

    createSpreadsheet(
      name: string,
      sheets?: Record<string, unknown[][]>,
      opts?: { id?: string; locale?: string; timeZone?: string; openFailure?: OpenFailure },
    ): FakeSpreadsheet {
      return registry.create(name, sheets, opts);
    },
    setActive(ss: FakeSpreadsheet | null): void {
      registry.active = ss;
    },
    /** Make opening a spreadsheet fail as Apps Script does for a deleted or unshared file (null: opens again). */
    failOpen(ss: FakeSpreadsheet | string, failure: OpenFailure | null): void {
      if (failure) registry.failures.set(idOf(ss), failure);
      else registry.failures.delete(idOf(ss));
    },
    get spreadsheets(): FakeSpreadsheet[] {
      return [...registry.byId.values()];
    },

    restrictToNoneMode(): void {
      env.noneMode = true;
    },
    liftNoneMode(): void {
      env.noneMode = false;
    },
    holdLock(kind: 'document' | 'script' | 'user', forMs?: number, ss?: FakeSpreadsheet): void {
      locks.holdByOther(lockKey(kind, ss), forMs);
    },
    freeLock(kind: 'document' | 'script' | 'user', ss?: FakeSpreadsheet): void {
      locks.free(lockKey(kind, ss));
    },
    addHtmlFile(name: string, content: string): void {
      html.files.set(name.replace(/\.html$/, ''), content);
    },
    /** Snapshot of a property store; 'document' means the active spreadsheet's unless one is given. */
    properties(kind: 'script' | 'user' | 'document', ss?: FakeSpreadsheet): Record<string, string> {
      if (kind === 'script') return stores.script._snapshot();
      if (kind === 'user') return stores.user(identity.effectiveUser)._snapshot();
      return stores.document(idOf(ss ?? (registry.active as FakeSpreadsheet)))._snapshot();
    },
    /** Switch who is running: Session users, user properties/locks/caches and visible triggers follow. */
    setActiveUser(email: string, effective = email): void {
      identity.activeUser = email;
      identity.effectiveUser = effective;
    },
  };
}

export type GasFake = ReturnType<typeof createGasFake>;
