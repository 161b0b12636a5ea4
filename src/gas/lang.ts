// The add-on's language: Indonesian, or English when the spreadsheet's locale is not Indonesian.
import type { Lang } from '../core/model/types';

export const langOfLocale = (locale: string | undefined): Lang => (!locale || /^(in|id)(_|-|$)/i.test(locale) ? 'id' : 'en');

/** Reads the active spreadsheet's locale; Indonesian when it cannot (e.g. AuthMode.NONE). */
export function docLang(): Lang {
  try {
    return langOfLocale(SpreadsheetApp.getActive().getSpreadsheetLocale());
  } catch {
    return 'id';
  }
}
