// Names the other rows of a cross-register finding in words ("baris 14; Renja Dinkes baris 30"), so a message stands on its own.
import type { RegisterView } from '../checks/types';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import type { RowRef } from './program-tree';

const MAX_LISTED = 5;

/** The rows of `refs` other than the first, as the user finds them: sheet row numbers, with the sheet named when it differs from the first's. */
export function otherRows(registers: readonly RegisterView[], refs: readonly RowRef[], lang: Lang): string {
  const first = registers[refs[0].reg];
  const parts: string[] = [];
  for (let k = 1; k < refs.length && parts.length < MAX_LISTED; k++) {
    const view = registers[refs[k].reg];
    const row = view.rows[refs[k].i].row;
    const same = view.sheet === first.sheet && view.file === first.file;
    parts.push(same ? t(lang, 'crossprogram.at_row', { row }) : t(lang, 'crossprogram.at_sheet_row', { sheet: view.sheet, row }));
  }
  const rest = refs.length - 1 - parts.length;
  if (rest > 0) parts.push(t(lang, 'crossprogram.more', { count: rest }));
  return parts.join('; ');
}
