// The audit log of consolidation runs in the master: one row per action, who and when, never a NIK or a name.
import { SHEETS } from '../app/sheets';
import { textCell } from '../app/text-cell';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { maskDigitRuns as maskIds } from '../core/text/mask';
import { growTo } from './sync-master';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AuditEntry {
  /** e.g. 'consolidate', 'push_refs'. */
  action: string;
  /** The source's id or OPD, never a person. */
  source: string;
  /** An outcome code ('ok', 'deleted', ...). */
  outcome: string;
  rows?: number | null;
}

const LOG_COLUMNS = ['time', 'user', 'action', 'source', 'outcome', 'rows'] as const;

/** '' when Apps Script will not say (consumer accounts, other domains, triggers). */
function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/** Appends the entries in one setValues (plus one getLastRow); creates the log sheet with its header when missing. */
export function appendAudit(ss: Spreadsheet, entries: AuditEntry[], lang: Lang = 'id', now: Date = new Date()): void {
  if (entries.length === 0) return;
  let sheet = ss.getSheetByName(SHEETS.log);
  let start: number;
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.log, ss.getNumSheets());
    growTo(sheet, 1 + entries.length, LOG_COLUMNS.length);
    sheet.getRange(1, 1, 1, LOG_COLUMNS.length).setValues([LOG_COLUMNS.map((k) => textCell(t(lang, `syncgas.log.h.${k}`)))]);
    sheet.setFrozenRows(1);
    start = 2;
  } else {
    start = sheet.getLastRow() + 1;
    growTo(sheet, start + entries.length - 1, LOG_COLUMNS.length);
  }
  const user = textCell(activeUser());
  const rows = entries.map((e) => [
    now,
    user,
    textCell(maskIds(e.action)),
    textCell(maskIds(e.source)),
    textCell(maskIds(e.outcome)),
    e.rows ?? '',
  ]);
  sheet.getRange(start, 1, rows.length, LOG_COLUMNS.length).setValues(rows);
}
