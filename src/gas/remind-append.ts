// Appends the day's reminder log entries to the master's log sheet in one setValues, creating the sheet on first use.
import { remindLogHeader, remindLogRows } from '../app/remind-log';
import { SHEETS } from '../app/sheets';
import type { Lang } from '../core/model/types';
import type { LogEntry } from '../core/remind/types';
import { appendRows } from './append-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes the entries below the last row; remindLogRows hands over cells ready for setValues, one per header column. */
export function appendRemindLog(ss: Spreadsheet, entries: readonly LogEntry[], lang: Lang, now: Date): void {
  if (entries.length === 0) return;
  appendRows(ss, SHEETS.remindLog, remindLogHeader(lang), remindLogRows(entries, lang, now));
}
