// Names of the sheets consolidation owns in a master, pure so the reminders (app) and the CLI's demo master use the add-on's own.
import type { StagedKind } from '../core/sync/state';

export const SYNC_SHEETS = {
  /** The TKPP's list of agency workbooks (user columns A-G, Sinergi's status columns after). */
  sources: 'Sumber Data',
  consolidated: {
    beneficiary: 'Sinergi Konsolidasi Penerima',
    program: 'Sinergi Konsolidasi Program',
    findings: 'Sinergi Konsolidasi Temuan (data)',
  } as Readonly<Record<StagedKind, string>>,
  staging: {
    beneficiary: 'Sinergi Konsolidasi Penerima (staging)',
    program: 'Sinergi Konsolidasi Program (staging)',
    findings: 'Sinergi Konsolidasi Temuan (staging)',
  } as Readonly<Record<StagedKind, string>>,
  /** Master.writeOutput targets, replaced whole on each run. */
  output: {
    findings: 'Sinergi Konsolidasi Temuan',
    sources: 'Sinergi Konsolidasi Status',
  } as const,
  /** Master.writeRollups: every rollup table, one under the other. */
  rollup: 'Sinergi Konsolidasi Rekap',
} as const;

const SYNC_OWN = new Set(
  [
    ...Object.values(SYNC_SHEETS.consolidated),
    ...Object.values(SYNC_SHEETS.staging),
    ...Object.values(SYNC_SHEETS.output),
    SYNC_SHEETS.rollup,
    SYNC_SHEETS.sources,
  ].map((n) => n.toLowerCase()),
);

/** A sheet consolidation writes in a master: never read as an agency's register (a master can itself be a source). */
export const isSyncSheet = (name: string): boolean => SYNC_OWN.has(name.toLowerCase());
