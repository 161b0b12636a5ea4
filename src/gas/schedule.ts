// The one time-driven trigger Sinergi keeps per document (add-ons may have one per user per document, at most hourly) and the job flags that decide its kind.
import { JAKARTA_OFFSET_MINUTES } from '../app/ports';

export const HOURLY_HANDLER = 'sinergiHourly';
/** Reminders go at the first firing from this hour (Asia/Jakarta); the daily trigger is set to it. */
export const REMIND_HOUR = 7;

/** hourly: consolidation is on (reminders, if on, ride along); daily at REMIND_HOUR: only reminders are on. */
export type TriggerKind = 'hourly' | 'daily';

/** The scheduled jobs the document wants; kept in the document (developer metadata, document properties), so every editor sees the same switches. */
export interface ScheduleFlags {
  consolidate: boolean;
  remind: boolean;
}

/** Document property (and owner mirror) holding the flags as JSON. Absent everywhere: the first version, where a trigger meant consolidation. */
export const FLAGS_KEY = 'schedule:jobs';

/** Why Apps Script refused the trigger: its 20-per-user limit, the add-on trigger rules, or anything else. */
export type ScheduleRefusal = 'too_many' | 'addon_limit' | 'other';

export type Refused = { ok: false; reason: ScheduleRefusal; message: string };
export type ReconcileOutcome = { ok: true; created: boolean; removed: number } | Refused;

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
/** The part of a property store the scheduled jobs use. */
export type KeyValue = Pick<Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>;

/** User property holding the document a trigger serves, by the trigger's unique id (the event's `triggerUid`). */
export const triggerDocKey = (triggerUid: string): string => `hourly:doc:${triggerUid}`;
/** User property holding the trigger's kind; absent on triggers of the previous version, which were all hourly. */
export const triggerKindKey = (triggerUid: string): string => `hourly:kind:${triggerUid}`;

/** This document's sinergiHourly triggers (the user's triggers in other documents are left alone). */
function ours(docId: string): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HOURLY_HANDLER && t.getTriggerSourceId() === docId);
}

function refusalOf(message: string): ScheduleRefusal {
  if (/too many triggers/i.test(message)) return 'too_many';
  if (/add-?ons?\b/i.test(message)) return 'addon_limit';
  return 'other';
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The hour of an instant in Asia/Jakarta (UTC+7 all year), whatever the machine's time zone. */
export const jakartaHour = (d: Date): number =>
  Math.floor(((((d.getTime() + JAKARTA_OFFSET_MINUTES * 60000) % 86400000) + 86400000) % 86400000) / 3600000);

const kindOf = (props: Properties, uid: string): TriggerKind => (props.getProperty(triggerKindKey(uid)) === 'daily' ? 'daily' : 'hourly');

export const wantedKind = (flags: ScheduleFlags): TriggerKind | undefined =>
  flags.consolidate ? 'hourly' : flags.remind ? 'daily' : undefined;

function build(kind: TriggerKind): Trigger {
  const clock = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased();
  return kind === 'hourly' ? clock.everyHours(1).create() : clock.everyDays(1).atHour(REMIND_HOUR).inTimezone('Asia/Jakarta').create();
}

/** Creates the trigger and records, by its id, the document it serves and its kind (a firing may come without its document). */
function install(props: Properties, docId: string, want: TriggerKind): void {
  const uid = build(want).getUniqueId();
  props.setProperty(triggerDocKey(uid), docId);
  props.setProperty(triggerKindKey(uid), want);
}

/**
 * Leaves exactly one trigger of `want` for this document (none when undefined). A trigger of the other kind is deleted
 * before the new one is created: the add-on rules refuse a second clock trigger for the same document.
 */
export function reconcileTrigger(docId: string, want: TriggerKind | undefined): ReconcileOutcome {
  try {
    const props = PropertiesService.getUserProperties();
    const found = ours(docId);
    const keep = want === undefined ? undefined : found.find((t) => kindOf(props, t.getUniqueId()) === want);
    let removed = 0;
    for (const t of found) {
      if (t === keep) continue;
      const uid = t.getUniqueId();
      ScriptApp.deleteTrigger(t);
      props.deleteProperty(triggerDocKey(uid));
      props.deleteProperty(triggerKindKey(uid));
      removed++;
    }
    if (keep || want === undefined) return { ok: true, created: false, removed };
    install(props, docId, want);
    return { ok: true, created: true, removed };
  } catch (e) {
    const message = messageOf(e);
    return { ok: false, reason: refusalOf(message), message };
  }
}

function parseFlags(raw: string | null | undefined): ScheduleFlags | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<ScheduleFlags>;
    return { consolidate: v.consolidate === true, remind: v.remind === true };
  } catch {
    return undefined;
  }
}

/** The flags as stored in a property store, or undefined when none are (or they are unreadable). */
export function storedFlags(props: KeyValue | null): ScheduleFlags | undefined {
  return parseFlags(props?.getProperty(FLAGS_KEY));
}

/**
 * Spreadsheet-level developer metadata holding the flags (JSON). It lives in the document itself, so a firing that opened
 * the document by id (no document properties then) reads what any editor last switched, not its owner's stale mirror.
 */
export const FLAGS_METADATA_KEY = 'sinergi.schedule.jobs';

type Tag = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const flagTags = (ss: Spreadsheet): Tag[] => ss.getDeveloperMetadata().filter((m) => m.getKey() === FLAGS_METADATA_KEY);

/** The flags in the document's developer metadata; undefined when absent or unreadable. */
export function metadataFlags(ss: Spreadsheet, tags?: readonly Tag[]): ScheduleFlags | undefined {
  try {
    return parseFlags((tags ?? flagTags(ss))[0]?.getValue());
  } catch {
    return undefined;
  }
}

function writeMetadataFlags(ss: Spreadsheet, tags: readonly Tag[], value: string): void {
  const [tag, ...extra] = tags;
  if (!tag) ss.addDeveloperMetadata(FLAGS_METADATA_KEY, value);
  else tag.setValue(value);
  // Two editors' first clicks at once may each have added one: keep a single tag.
  for (const m of extra) m.remove();
}

/** Document properties, or null where Apps Script gives none (a firing without its document). */
function documentProperties(): Properties | null {
  try {
    return PropertiesService.getDocumentProperties();
  } catch {
    return null;
  }
}

/**
 * The stored flags, most authoritative first: the document's developer metadata, its document properties, the owner's mirror
 * (what versions before the metadata wrote); undefined when none holds any. `tags`: the metadata already listed.
 */
export function readFlags(ss: Spreadsheet, tags?: readonly Tag[]): ScheduleFlags | undefined {
  return metadataFlags(ss, tags) ?? storedFlags(documentProperties()) ?? storedFlags(ownerProperties(ss.getId()));
}

/** What the document has on: the stored flags, or, as the previous version left it, consolidation when a trigger exists. */
export function currentFlags(ss: Spreadsheet, tags?: readonly Tag[]): ScheduleFlags {
  return readFlags(ss, tags) ?? { consolidate: ours(ss.getId()).length > 0, remind: false };
}

/** Written everywhere a reader looks, so each reader (menu, firing with or without its document, older versions) agrees. */
function writeFlags(ss: Spreadsheet, docId: string, tags: readonly Tag[], flags: ScheduleFlags): void {
  const value = JSON.stringify(flags);
  writeMetadataFlags(ss, tags, value);
  documentProperties()?.setProperty(FLAGS_KEY, value);
  ownerProperties(docId).setProperty(FLAGS_KEY, value);
}

/** How long a menu click waits for another change of the schedule (or a running firing) before saying to try again. */
export const SCHEDULE_LOCK_MS = 5000;

/** Another click or a running firing holds the document: nothing was changed. */
export type Busy = { ok: false; reason: 'busy'; message: string };

export type ScheduleChange =
  | { ok: true; before: ScheduleFlags; after: ScheduleFlags; created: boolean; removed: number }
  | (Refused & { before: ScheduleFlags })
  | Busy;

/**
 * Puts back a trigger of `want` after a refused switch, re-listing first: a trigger that is there already (put there by a
 * concurrent click, or never removed) is kept, and nothing is ever deleted here.
 */
function restoreTrigger(docId: string, want: TriggerKind | undefined): void {
  if (want === undefined) return;
  try {
    const props = PropertiesService.getUserProperties();
    if (ours(docId).some((t) => kindOf(props, t.getUniqueId()) === want)) return;
    install(props, docId, want);
  } catch {
    // Still refused: the flags say what is wanted, and the next click restores it.
  }
}

/**
 * Turns one job on or off and makes the trigger follow, under the document lock (two editors clicking at once would
 * otherwise each read the old flags and leave two triggers or a lost switch). When Apps Script refuses, the flags stay as
 * they were (a job is never left on without a trigger to run it) and the previous trigger is put back if it went.
 */
export function setScheduledJob(ss: Spreadsheet, job: keyof ScheduleFlags, on: boolean): ScheduleChange {
  const docId = ss.getId();
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(SCHEDULE_LOCK_MS)) return { ok: false, reason: 'busy', message: 'document lock held' };
  try {
    // Read inside the lock: a click that just finished has written its flags.
    const tags = flagTags(ss);
    const before = currentFlags(ss, tags);
    const after = { ...before, [job]: on };
    const out = reconcileTrigger(docId, wantedKind(after));
    if (!out.ok) {
      restoreTrigger(docId, wantedKind(before));
      return { ...out, before };
    }
    writeFlags(ss, docId, tags, after);
    return { ok: true, before, after, created: out.created, removed: out.removed };
  } finally {
    lock?.releaseLock();
  }
}

/** The document a firing serves: the active one when Apps Script provides it, else the one recorded at install. */
export function documentOfFiring(triggerUid: string | undefined): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const active = SpreadsheetApp.getActive();
  if (active) return active;
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(triggerDocKey(triggerUid)) : null;
  return id ? SpreadsheetApp.openById(id) : null;
}

/**
 * The trigger owner's user properties, scoped to one document by a key prefix: where a firing keeps its state when Apps
 * Script runs it without the document (no document properties then). The owner is whoever switched the jobs on, since
 * that is who the trigger was created for.
 */
export function ownerProperties(docId: string): KeyValue {
  const user = PropertiesService.getUserProperties();
  const key = (k: string) => `doc:${docId}:${k}`;
  return {
    getProperty: (k) => user.getProperty(key(k)),
    setProperty(k, v) {
      user.setProperty(key(k), v);
      return this as unknown as Properties;
    },
    deleteProperty(k) {
      user.deleteProperty(key(k));
      return this as unknown as Properties;
    },
  };
}

/** The store of a firing: the document's properties when the firing has its document, else the owner's, scoped to it. */
export function jobProperties(docId: string): KeyValue {
  return PropertiesService.getDocumentProperties() ?? ownerProperties(docId);
}
