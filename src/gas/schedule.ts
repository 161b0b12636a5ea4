// The one hourly trigger Sinergi keeps per document (add-ons may have one time-based trigger per user per document, at most hourly).
export const HOURLY_HANDLER = 'sinergiHourly';

/** Why Apps Script refused the trigger: its 20-per-user limit, the add-on trigger rules, or anything else. */
export type ScheduleRefusal = 'too_many' | 'addon_limit' | 'other';

export type InstallOutcome = { ok: true; created: boolean } | { ok: false; reason: ScheduleRefusal; message: string };

type Trigger = GoogleAppsScript.Script.Trigger;

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

/** Idempotent: keeps one existing trigger (deleting duplicates left by an older install) or creates it; refusals come back as data. */
export function installHourly(docId: string): InstallOutcome {
  try {
    const found = ours(docId);
    // Keeping the existing one, not replacing it: a second clock trigger for the document would be refused by the add-on rules.
    for (const extra of found.slice(1)) ScriptApp.deleteTrigger(extra);
    if (found.length > 0) return { ok: true, created: false };
    const trigger = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    // A time-driven firing may have no active document: remember which document this trigger serves.
    PropertiesService.getUserProperties().setProperty(triggerDocKey(trigger.getUniqueId()), docId);
    return { ok: true, created: true };
  } catch (e) {
    const message = messageOf(e);
    return { ok: false, reason: refusalOf(message), message };
  }
}

/** User property holding the document a trigger serves, by the trigger's unique id (the event's `triggerUid`). */
export const triggerDocKey = (triggerUid: string): string => `hourly:doc:${triggerUid}`;

/** The document a firing serves: the active one when Apps Script provides it, else the one recorded at install. */
export function documentOfFiring(triggerUid: string | undefined): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const active = SpreadsheetApp.getActive();
  if (active) return active;
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(triggerDocKey(triggerUid)) : null;
  return id ? SpreadsheetApp.openById(id) : null;
}

/** Removes this document's sinergiHourly triggers only; returns how many there were. */
export function removeHourly(docId: string): number {
  const found = ours(docId);
  for (const t of found) ScriptApp.deleteTrigger(t);
  return found.length;
}

export function hourlyInstalled(docId: string): boolean {
  return ours(docId).length > 0;
}
