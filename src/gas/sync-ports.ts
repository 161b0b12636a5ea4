// The consolidation ports as the Sheets host sees them: src/app/consolidate-ports.ts, plus why a source was unreachable.
import { SourceError } from '../app/consolidate-ports';
import type { SourceFailure } from '../app/sources-sheet';

export type { Digest, Master, SourceOpener, Store } from '../app/consolidate-ports';
export type { SourceFailure } from '../app/sources-sheet';
export { SourceError };

/** SourceError('unreachable') that also says why, for the sources sheet's Status column and the audit log. */
export class SourceUnreachable extends SourceError {
  constructor(
    readonly reason: SourceFailure,
    readonly ref: string,
    message: string,
  ) {
    super('unreachable', `${reason}: ${message}`);
  }
}

/** The reason of any error an opener threw; 'no_access' when it does not say. */
export const reasonOf = (e: unknown): SourceFailure => (e instanceof SourceUnreachable ? e.reason : 'no_access');
