// The names of the sheets Sinergi owns in a workbook, in one place: it writes to these and to nothing else of the user's.
import { SCHEDULE_SHEET } from '../core/remind/schedule';

export const SHEETS = {
  /** Findings of the last check, one row per finding. */
  findings: 'Sinergi Temuan',
  /** Rollup tables and their charts. */
  rollup: 'Sinergi Rekap',
  /** Audit log of runs (consolidation, reminders). */
  log: 'Sinergi Log',
  /** The reminder log: one row per (reminder key, recipient) sent, deferred, skipped or failed; read back so nothing goes twice. */
  remindLog: 'Sinergi Log Pengingat',
  /** Hidden: every cell Sinergi marked, with what it looked like before, so "Hapus tanda" removes exactly Sinergi's marks. */
  marks: '_sinergi_tanda',
  /** Hidden: the reference lists pushed down from the master (kelurahan, programmes, RPJMD codes). */
  refs: '_sinergi_ref',
} as const;

/** Reference sheets Sinergi creates on request; the engine also recognises other spellings by name. */
export const REFERENCE_SHEETS = {
  rpjmd: 'RPJMD',
  dtks: 'Ref DTKS',
  nomenclature: 'Nomenklatur',
  program_rules: 'Aturan Program',
  settings: 'Pengaturan Sinergi',
  /** The reminder schedule; also created by Pengingat ▸ Aktifkan. */
  schedule: SCHEDULE_SHEET,
} as const;

const OWN = new Set(Object.values(SHEETS).map((n) => n.toLowerCase()));

/** Is this one of Sinergi's own sheets (never a register, never marked)? Sheets finds sheets by name ignoring case, so this does too. */
export const isOwnSheet = (name: string): boolean => OWN.has(name.toLowerCase());

/** Keys of document properties Sinergi uses. */
export const PROPS = {
  /** Stored column mapping of a register sheet, by sheet id: `mapping:<sheetId>`. */
  mapping: (sheetId: number) => `mapping:${sheetId}`,
  /** Cursor of a long check run in chunks. */
  cursor: 'check:cursor',
} as const;
