// The ports of the consolidation use-case: opening sources, a small key-value store, a digest, and the master's staged tables.
import type { Table } from '../core/rollup/table';
import type { StagedKind } from '../core/sync/state';
import type { Clock, Progress, TableData, WorkbookPort } from './ports';

/** A source that cannot be opened: deleted, no access, a bad id or path. Caught per source; never stops the others. */
export class SourceError extends Error {
  constructor(
    readonly code: 'unreachable',
    /** Host words for the log; never shown as the finding's message (that comes from the catalogue). */
    readonly detail = '',
  ) {
    super(`source ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'SourceError';
  }
}

export interface SourceOpener {
  /** Throws SourceError('unreachable') when the source cannot be opened. */
  open(ref: string): WorkbookPort;
}

/** Document properties or a JSON file: each value at most 9 KB, so only cursors and small per-source records go here. */
export interface Store {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface Digest {
  /** Hex SHA-256 of the text's UTF-8 bytes (the host's digest utility, or Node's crypto). */
  sha256(text: string): string;
}

/**
 * The master's own tables. Rows are built in a staging table per kind and swapped in whole at the end, so a run that
 * dies leaves the previous consolidation intact. 'findings' is staged the same way: the findings of each source's rows.
 */
export interface Master {
  /** The current (last swapped-in) table of a kind, header first; [] when there is none yet. */
  readConsolidated(kind: StagedKind): unknown[][];
  /** Empties the staging table of a kind and writes its header. */
  resetStaging(kind: StagedKind, header: string[]): void;
  appendStaging(kind: StagedKind, rows: (string | number | null)[][]): void;
  /** Data rows (header not counted) in the staging table of a kind. */
  stagingRows(kind: StagedKind): number;
  /** Replaces the consolidated table of a kind with its staging table. */
  swapStaging(kind: StagedKind): void;
  /** The findings over the consolidated set, and the status of every source. */
  writeOutput(name: 'findings' | 'sources', table: TableData): void;
  writeRollups(tables: readonly Table[]): void;
}

export interface ConsolidatePorts {
  opener: SourceOpener;
  store: Store;
  digest: Digest;
  clock: Clock;
  master: Master;
  progress?: Progress;
}
