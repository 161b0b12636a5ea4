// What a consolidation keeps between chunks and runs: a small cursor and one small record per source, as JSON text.
import type { RegisterKind } from '../model/types';

export type SourceState = 'ok' | 'unreachable' | 'no_register' | 'errors';

export interface SourceStatus {
  state: SourceState;
  rows: number;
  errors: number;
  warnings: number;
  /** Content digest of the source as last read ('' when it could not be read). */
  digest: string;
  /** ISO instant of the run that last read it. */
  lastSync: string;
  /**
   * Digest of the register data alone (`CONTENT_PREFIX` + the digest of each register's encoded rows, whatever the sheet is
   * called or where it sits). `digest` also covers the day, the version and the settings (so findings are redone daily); this
   * one changes only when the agency's data does, which is what a delivery is. Without the prefix: an older version's digest
   * of the raw sheets.
   */
  content?: string;
  /** ISO instant the master first saw the source's current content: its last delivery, for the reminders. */
  changedAt?: string;
  /** ISO instants of the last CHANGES_KEPT content changes, oldest first (changedAt is the last). */
  changes?: string[];
}

/** Marks a content digest taken over the registers' encoded rows (not the raw sheets, as before). */
export const CONTENT_PREFIX = 'r1:';
/** Content changes kept per source: two years of monthly deliveries. */
export const CHANGES_KEPT = 24;

/** One register sheet of a source: where its header was and which of its columns hold which field (for exact cell addresses). */
export interface SourceRegister {
  sheet: string;
  kind: RegisterKind;
  headerRow: number;
  fields: Record<string, number>;
  /** field id -> the column's header text, so cross findings name the column as the agency wrote it. */
  labels: Record<string, string>;
}

export interface SourceRecord {
  status: SourceStatus;
  registers: SourceRegister[];
}

export type StagedKind = RegisterKind | 'findings';
export const STAGED_KINDS: readonly StagedKind[] = ['beneficiary', 'program', 'findings'];

export interface Cursor {
  run: string;
  /** ISO instant the run started: every row of the run carries it as its synced-at, whatever chunk wrote it. */
  startedAt: string;
  /** Index into the active sources of the next one to read. */
  next: number;
  /** Data rows staged per kind when the cursor was saved: a mismatch means a chunk died half-way, and the run restarts. */
  staged: Record<StagedKind, number>;
  /** Fingerprint of the source list: a changed list restarts the run. */
  list: string;
}

export const CURSOR_KEY = 'sync:cursor';
export const sourceKey = (id: string): string => `sync:source:${id}`;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseCursor(text: string | undefined): Cursor | undefined {
  if (!text) return undefined;
  try {
    const c: unknown = JSON.parse(text);
    if (!isObj(c) || typeof c.run !== 'string' || typeof c.startedAt !== 'string' || typeof c.next !== 'number') return undefined;
    if (typeof c.list !== 'string' || !isObj(c.staged)) return undefined;
    const staged = c.staged;
    if (!STAGED_KINDS.every((k) => typeof staged[k] === 'number')) return undefined;
    return c as unknown as Cursor;
  } catch {
    return undefined;
  }
}

export function parseRecord(text: string | undefined): SourceRecord | undefined {
  if (!text) return undefined;
  try {
    const r: unknown = JSON.parse(text);
    if (!isObj(r) || !isObj(r.status) || !Array.isArray(r.registers)) return undefined;
    if (typeof r.status.digest !== 'string' || typeof r.status.state !== 'string') return undefined;
    return r as unknown as SourceRecord;
  } catch {
    return undefined;
  }
}
