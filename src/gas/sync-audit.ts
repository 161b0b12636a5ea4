// The audit log of consolidation runs in the master: one row per action, who and when, never a NIK or a name.
import { SHEETS } from '../app/sheets';
import { textCell } from '../app/text-cell';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { maskDigitRuns as maskIds } from '../core/text/mask';
import { appendRows } from './append-rows';

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
  const user = textCell(activeUser());
  const rows = entries.map((e) => [
    now,
    user,
    textCell(maskIds(e.action)),
    textCell(maskIds(e.source)),
    textCell(maskIds(e.outcome)),
    e.rows ?? '',
  ]);
  appendRows(
    ss,
    SHEETS.log,
    LOG_COLUMNS.map((k) => t(lang, `syncgas.log.h.${k}`)),
    rows,
  );
}
