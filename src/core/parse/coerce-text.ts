// Reading a text cell, and showing any cell the way a user sees it in the sheet (for messages).
import { formatDay } from '../i18n/format';
import { INVALID, isErrorText, plainNumber, trimCell, unwrap, type Read } from './coerce-cell';
import { dateToDay } from './coerce-date';

/** After a leading apostrophe, these start a value a spreadsheet would otherwise turn into a number, date or formula. */
const forcedText = (c: number): boolean => (c >= 48 && c <= 57) || c === 61 || c === 43 || c === 45 || c === 64 || c === 46 || c === 44;

/**
 * A text cell, trimmed (NBSP too): undefined when empty, INVALID for an error value. Numbers come out as people write
 * them (5, 0.5, 1275011708800001, no exponent), booleans as TRUE/FALSE, Dates as dd/mm/yyyy. A leading apostrophe that
 * only forces text ("'005", "'=x") is dropped; one before letters ("'Aisyah") is part of the text.
 */
export function readText(v: unknown, tzOffsetMinutes = 420): Read<string> {
  if (typeof v === 'string') {
    let s = trimCell(v);
    if (s === '') return undefined;
    const c0 = s.charCodeAt(0);
    if (c0 === 35 && isErrorText(s)) return INVALID;
    if (c0 === 39) {
      if (s.length === 1) return undefined;
      if (forcedText(s.charCodeAt(1))) s = s.slice(1);
    }
    return s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? plainNumber(v) : INVALID;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) {
    const d = dateToDay(v, tzOffsetMinutes);
    return d === undefined ? INVALID : formatDay(d);
  }
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'object') {
    const u = unwrap(v);
    if (u !== v) return readText(u, tzOffsetMinutes);
  }
  return INVALID;
}

const SHOWN_MAX = 40;

/** How a cell looks to a user, for messages: trimmed and cut at 40 characters with an ellipsis; never throws. */
export function shownValue(v: unknown, tzOffsetMinutes = 420): string {
  if (typeof v === 'string') {
    const s = trimCell(v);
    if (s.length <= SHOWN_MAX) return s;
    const cut = s.charCodeAt(SHOWN_MAX - 1) >= 0xd800 && s.charCodeAt(SHOWN_MAX - 1) <= 0xdbff ? SHOWN_MAX - 1 : SHOWN_MAX;
    return s.slice(0, cut) + '…';
  }
  if (typeof v === 'number') return Number.isFinite(v) ? plainNumber(v) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const d = dateToDay(v, tzOffsetMinutes);
    return d === undefined ? '' : formatDay(d);
  }
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'object' && v !== null) {
    const u = unwrap(v);
    if (u !== v) return shownValue(u, tzOffsetMinutes);
  }
  return '';
}
