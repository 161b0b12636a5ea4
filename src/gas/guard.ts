// Menu commands end in words, never in Apps Script's red error bar: whatever Sheets refuses (a protected sheet, the workbook's cell limit) is said in an alert.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';

/** The error's own message (Apps Script's are about cells and limits, never cell contents), or its text. */
const messageOf = (e: unknown): string => {
  const m = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof m === 'string' && m !== '' ? m : String(e);
};

/** Runs a menu command; an exception becomes an alert with `key` ({message}) under the add-on's name. */
export function guarded(lang: Lang, key: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    try {
      const ui = SpreadsheetApp.getUi();
      ui.alert(t(lang, 'app.name'), t(lang, key, { message: messageOf(e) }), ui.ButtonSet.OK);
    } catch {
      // No Ui (run from a trigger or the editor): nothing more can be said.
    }
  }
}
