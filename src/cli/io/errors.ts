// Typed failures of reading an input file or writing an output file, worded from the io catalogue in either language.
import { basename } from 'node:path';
import { t } from '../../core/i18n';
import type { Lang, Params } from '../../core/model/types';

export type InputErrorCode = 'not_found' | 'not_spreadsheet' | 'password_protected' | 'empty' | 'unreadable';
export type OutputErrorCode = 'overwrites_input' | 'unwritable';

/** Words that depend on the language (a reason inside a message), rendered when the message is. */
export interface Reason {
  key: string;
  params?: Params;
}

abstract class IoError<C extends string> extends Error {
  constructor(
    readonly code: C,
    readonly path: string,
    /** io message key; the file name is its `{file}` parameter. */
    readonly key: string,
    readonly reason?: Reason | string,
    options?: { cause?: unknown },
  ) {
    super('', options);
    // Indonesian first, like every message of Sinergi; `describe('en')` for English.
    this.message = this.describe('id');
  }

  describe(lang: Lang): string {
    const r = this.reason;
    const reason = r === undefined ? '' : typeof r === 'string' ? r : t(lang, r.key, r.params);
    return t(lang, this.key, { file: basename(this.path), reason });
  }
}

/** An input file that cannot be used, with a code for scripts and words for people. */
export class InputError extends IoError<InputErrorCode> {
  override readonly name = 'InputError';
}

/** A report or master that was not written. */
export class OutputError extends IoError<OutputErrorCode> {
  override readonly name = 'OutputError';
}

/** A file that is the right kind but damaged inside; the loader words it as `unreadable` with this reason. */
export class DamagedFile extends Error {
  constructor(readonly reason: Reason) {
    super(reason.key);
  }
}
