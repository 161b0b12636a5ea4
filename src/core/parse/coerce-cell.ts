// Cell primitives shared by the readers: the INVALID sentinel, blanks, spreadsheet error values, exceljs cell objects.

/** A reader's answer for a cell that holds something but cannot be read as the type (including error values). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** What a reader returns: the value, undefined for an empty cell, INVALID when the cell cannot be read as the type. */
export type Read<T> = T | undefined | Invalid;

/** Blank-looking characters: ASCII whitespace, NBSP and the Unicode spaces and zero-width marks that pasted text carries. */
export function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 32) return c >= 9 && c <= 13;
  if (c < 160) return false;
  return (
    c === 160 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680
  );
}

/** A trimmed text that holds no value for a typed field: nothing, a lone apostrophe, or one to three dashes ("-", "--", "–"). */
export const isPlaceholder = (s: string): boolean => s === '' || s === "'" || isDashBlank(s);

/** Dashes people type for "nothing here": hyphen, en/em dash, minus sign. */
export const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;

/** Trim blanks (including NBSP) at both ends; returns the same string when there is nothing to trim. */
export function trimCell(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** The cell (already trimmed), or s[a, b), is one to three dashes: the usual "none" marker, read as empty by number/date/id readers. */
export function isDashBlank(s: string, a = 0, b = s.length): boolean {
  if (b <= a || b - a > 3) return false;
  for (let i = a; i < b; i++) if (!isDash(s.charCodeAt(i))) return false;
  return true;
}

// Sheets' and Excel's error values, as getValues and exceljs deliver them.
const ERROR_VALUES = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#GETTING_DATA',
  '#LOADING...',
]);

/** A trimmed string that is a spreadsheet error value (cheap: only strings starting with '#' are looked up). */
export const isErrorText = (s: string): boolean => s.charCodeAt(0) === 35 && ERROR_VALUES.has(s.toUpperCase());

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);

/**
 * exceljs hands over formulas as {formula, result}, rich text as {richText: [{text}]}, links as {text, hyperlink}
 * and errors as {error: '#N/A'}; reduce those to the plain value. Anything else comes back as it was.
 */
export function unwrap(v: unknown): unknown {
  for (let depth = 0; depth < 4 && isPlainObject(v); depth++) {
    const o = v;
    if (typeof o.error === 'string') return o.error;
    if ('result' in o) {
      v = o.result;
      continue;
    }
    if (Array.isArray(o.richText)) {
      let s = '';
      for (const part of o.richText as unknown[]) if (isPlainObject(part) && typeof part.text === 'string') s += part.text;
      return s;
    }
    if ('hyperlink' in o && 'text' in o) {
      v = o.text;
      continue;
    }
    return v;
  }
  return v;
}

/** The cell is a spreadsheet error value such as '#N/A' or '#REF!'. */
export function isErrorValue(v: unknown): boolean {
  if (isPlainObject(v)) v = unwrap(v);
  return typeof v === 'string' && isErrorText(trimCell(v));
}

/** Null, undefined, or a string of blanks only (NBSP included). A dash is not empty here: readers decide that per type. */
export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (isPlainObject(v)) {
    const u = unwrap(v);
    if (u === v) return false;
    v = u;
    if (v === null || v === undefined) return true;
  }
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) if (!isSpace(v.charCodeAt(i))) return false;
  return true;
}

/** A finite number as people write it: no exponent, no "-0"; integers beyond 2^53 in their exact binary value. */
export function plainNumber(n: number): string {
  if (n === 0) return '0';
  const s = String(n);
  if (s.indexOf('e') < 0) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return expandExponent(s);
}

/** "1.5e-7" -> "0.00000015"; "-2e-7" -> "-0.0000002". Only reached for magnitudes below 1e-6. */
function expandExponent(s: string): string {
  const neg = s.charCodeAt(0) === 45;
  const e = s.indexOf('e');
  const mant = s.slice(neg ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mant.indexOf('.');
  const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  const pointAt = (dot < 0 ? mant.length : dot) + exp; // position of the decimal point within `digits`
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (neg ? '-' : '') + out;
}
