// Reading numbers, Rupiah amounts, integers and percentages from cells typed the Indonesian way (1.250.000,50) or the English way.
import { INVALID, isDash, isDashBlank, isSpace, trimCell, unwrap, type Read } from './coerce-cell';

const PLAIN = 0;
const MONEY = 1;
const PERCENT = 2;

// Digit groups of the text being read: reused buffers, since readers run one at a time.
const MAX_GROUPS = 32;
const gStart = new Int32Array(MAX_GROUPS);
const gLen = new Int32Array(MAX_GROUPS);
const gSep = new Int32Array(MAX_GROUPS); // separator after group i: 46 '.', 44 ',', 32 blank

const DOT = 46;
const COMMA = 44;
const BLANK = 32;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** "Rp", "Rp." or "IDR" at s[i] (any case); returns the index after it, or i when there is none. */
function skipCurrency(s: string, i: number, b: number): number {
  const c0 = lower(s.charCodeAt(i));
  if (c0 === 114 && i + 1 < b && lower(s.charCodeAt(i + 1)) === 112) return i + 2 < b && s.charCodeAt(i + 2) === DOT ? i + 3 : i + 2;
  if (c0 === 105 && i + 2 < b && lower(s.charCodeAt(i + 1)) === 100 && lower(s.charCodeAt(i + 2)) === 114) return i + 3;
  return i;
}

/**
 * A number typed as text. Separators follow Indonesian usage first, because the users are Indonesian:
 * - a dot groups thousands and a comma marks decimals: 1.250.000 = 1250000, 1.250.000,50 = 1250000.5, 1,5 = 1.5;
 * - a single dot followed by exactly three digits is a thousands dot (1.250 = 1250); other single dots are decimal
 *   points (12.5, 1250.75, 0.750), since they cannot be thousands groups;
 * - a single comma is a decimal comma, so 1,250 = 1.25; for money (mode MONEY) a single comma followed by exactly three
 *   digits is INVALID instead: Rupiah have no thousandths, so it is an English 1,250 or a typo, and guessing could be
 *   off by a factor of 1000;
 * - English style is read only when unambiguous: several commas in groups of three (1,250,000) or commas before a dot
 *   (1,250,000.50);
 * - in a percentage (mode PERCENT) a single dot is always a decimal point: 12.345% is not twelve thousand percent;
 * - blanks may group thousands (1 250 000); "Rp", "Rp.", "IDR", a ",-" ending, a sign and accounting parentheses are accepted.
 */
function numberFromText(s: string, mode: number): Read<number> {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  if (a === b) return undefined;
  const c0 = s.charCodeAt(a);
  if (c0 === 35) return INVALID; // '#': an error value or junk
  if (c0 === 39) {
    // a leading apostrophe forces text in a spreadsheet; it is not part of the value
    a++;
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    if (a === b) return undefined;
  }
  if (isDashBlank(s, a, b)) return undefined;

  let neg = false;
  let sign = false;
  let paren = false;
  let currency = false;
  for (;;) {
    if (a >= b) break;
    const c = s.charCodeAt(a);
    if (isSpace(c)) a++;
    else if (c === 40 && !paren && !sign) {
      paren = true;
      a++;
    } else if ((isDash(c) || c === 43) && !sign) {
      sign = true;
      neg = c !== 43;
      a++;
    } else if (!currency && (c === 82 || c === 114 || c === 73 || c === 105)) {
      const next = skipCurrency(s, a, b);
      if (next === a) break;
      currency = true;
      a = next;
    } else break;
  }
  let closed = false;
  for (;;) {
    if (b <= a) break;
    const c = s.charCodeAt(b - 1);
    if (isSpace(c)) b--;
    else if (c === 41 && paren && !closed) {
      closed = true;
      b--;
    } else if (isDash(c)) {
      // "1.250.000,-" / ",--": the dash run must follow a decimal separator
      let i = b - 1;
      while (i > a && isDash(s.charCodeAt(i - 1))) i--;
      if (i > a && (s.charCodeAt(i - 1) === COMMA || s.charCodeAt(i - 1) === DOT)) b = i - 1;
      else return INVALID;
    } else if (!currency && (c === 82 || c === 114) && b - 3 >= a && skipCurrency(s, b - 3, b) === b) {
      currency = true; // "1.250.000 IDR"
      b -= 3;
    } else break;
  }
  if (paren !== closed || (paren && sign)) return INVALID;
  if (a >= b) return neg || currency ? undefined : INVALID; // "Rp -", "Rp.": the accounting blank, read as empty

  // Split into digit groups.
  let k = 0;
  gStart[0] = a;
  let digits = 0;
  let dots = 0;
  let commas = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      continue;
    }
    let sep: number;
    if (c === DOT || c === COMMA) sep = c;
    else if (isSpace(c)) {
      if (gSep[k - 1] === BLANK && i === gStart[k]) {
        gStart[k] = i + 1; // a run of blanks is one separator
        continue;
      }
      sep = BLANK;
    } else if ((c === 101 || c === 69) && k <= 1) return exponent(s, a, b, i, neg || paren);
    else return INVALID;
    if (k === MAX_GROUPS - 1) return INVALID;
    gLen[k] = i - gStart[k];
    if (gLen[k] === 0 && (k > 0 || sep === BLANK)) return INVALID; // "1..5", "1, 5"
    gSep[k] = sep;
    if (sep === DOT) dots++;
    else if (sep === COMMA) commas++;
    k++;
    gStart[k] = i + 1;
  }
  gLen[k] = b - gStart[k];
  if (digits === 0 || gLen[k] === 0) return INVALID; // "5.", "1.250,"

  // Which separator, if any, is the decimal one: its index in gSep, or -1.
  let dec = -1;
  if (dots > 0 && commas > 0) {
    const d = gSep[k - 1];
    if (d === BLANK || (d === DOT ? dots : commas) !== 1) return INVALID;
    dec = k - 1; // the one decimal separator is last, so every other separator comes before it
  } else if (dots === 1 || commas === 1) {
    const j = lastSep(k, dots === 1 ? DOT : COMMA);
    const thousandsLike = j === k - 1 && gLen[k] === 3 && gLen[0] <= 3 && !(j === 0 && isZeroGroup(s, 0));
    if (dots === 1) dec = thousandsLike && mode !== PERCENT ? -1 : j;
    else if (thousandsLike && mode === MONEY) return INVALID;
    else dec = j;
  }
  if (dec >= 0 && dec !== k - 1) return INVALID; // nothing may follow the decimal part

  // Thousands grouping: every group before the decimal separator but the first has exactly three digits.
  const intGroups = dec >= 0 ? dec + 1 : k + 1;
  if (intGroups > 1) {
    if (gLen[0] < 1 || gLen[0] > 3) return INVALID;
    for (let g = 1; g < intGroups; g++) if (gLen[g] !== 3) return INVALID;
  }

  let value: number;
  if (digits <= 15) {
    // Exact: both integers stay below 2^53, and one IEEE division rounds as Number("int.frac") would.
    let iv = 0;
    for (let g = 0; g < intGroups; g++) for (let i = gStart[g], e = i + gLen[g]; i < e; i++) iv = iv * 10 + (s.charCodeAt(i) - 48);
    if (dec < 0) value = iv;
    else {
      let fv = 0;
      for (let i = gStart[k]; i < b; i++) fv = fv * 10 + (s.charCodeAt(i) - 48);
      const scale = POW10[b - gStart[k]];
      value = (iv * scale + fv) / scale;
    }
  } else {
    let text = '';
    for (let g = 0; g < intGroups; g++) text += s.slice(gStart[g], gStart[g] + gLen[g]);
    if (dec >= 0) text += '.' + s.slice(gStart[k], b);
    value = Number(text === '' || text.charCodeAt(0) === DOT ? '0' + text : text);
  }
  if (!Number.isFinite(value)) return INVALID;
  if (neg || paren) value = -value;
  return value === 0 ? 0 : value;
}

function lastSep(k: number, sep: number): number {
  for (let g = k - 1; g >= 0; g--) if (gSep[g] === sep) return g;
  return -1;
}

function isZeroGroup(s: string, g: number): boolean {
  for (let i = gStart[g]; i < gStart[g] + gLen[g]; i++) if (s.charCodeAt(i) !== 48) return false;
  return true;
}

/** "1.5E+3", "1,27501E+15": scientific notation as Sheets shows big numbers; a dot or comma decimal mantissa. */
function exponent(s: string, a: number, b: number, e: number, neg: boolean): Read<number> {
  let mant = '';
  let seps = 0;
  for (let i = a; i < e; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) mant += s[i];
    else if ((c === DOT || c === COMMA) && seps++ === 0) mant += '.';
    else return INVALID;
  }
  let i = e + 1;
  if (i < b && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
  if (i === b || mant === '' || mant === '.') return INVALID;
  for (let j = i; j < b; j++) if (!isDigit(s.charCodeAt(j))) return INVALID;
  const value = Number(mant + 'e' + s.slice(e + 1, b));
  if (!Number.isFinite(value)) return INVALID;
  return neg && value !== 0 ? -value : value;
}

function read(v: unknown, mode: number): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : INVALID;
  if (typeof v === 'string') return numberFromText(v, mode);
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const u = unwrap(v);
    if (u !== v) return read(u, mode);
  }
  return INVALID; // booleans, Dates and anything else are not numbers
}

/** A number cell: numbers as they are, texts in Indonesian or unambiguous English notation; '-' is empty. */
export const readNumber = (v: unknown): Read<number> => read(v, PLAIN);

/** A Rupiah amount: as readNumber, plus "Rp"/"IDR" and ",-"; a lone comma before three digits is ambiguous here (INVALID). */
export const readMoney = (v: unknown): Read<number> => read(v, MONEY);

/** A whole number (desil, counts): 3, "3" and 3.0 are fine, 3.5 is INVALID. */
export function readInteger(v: unknown): Read<number> {
  const n = read(v, PLAIN);
  return typeof n === 'number' && !Number.isInteger(n) ? INVALID : n;
}

/** Where a percent sign (or the word "persen") ends the text, or -1. */
function percentSuffix(s: string): number {
  let b = s.length;
  while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
  if (b > 0 && (s.charCodeAt(b - 1) === 37 || s.charCodeAt(b - 1) === 0xff05)) return b - 1;
  if (b >= 6 && s.slice(b - 6, b).toLowerCase() === 'persen') return b - 6;
  return -1;
}

/** Round away binary noise from scaling (0.07 * 100 = 7.000000000000001). */
const clean = (x: number): number => (Math.abs(x) < 1e6 ? Math.round(x * 1e9) / 1e9 : x);

/**
 * A percentage on a 0-100 scale. "75%", "75 %", "75,5%" are percent values whatever `fraction` says. A number is a
 * fraction (0.755 -> 75.5) when `fraction` is set, because Sheets hands a cell formatted as percent over as its
 * fraction; parse decides `fraction` per column with looksLikeFractionColumn. A text without '%' is taken as written on
 * the 0-100 scale: text is what the user typed, not a formatted fraction. The range is not checked here.
 */
export function readPercent(v: unknown, fraction: boolean): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? clean(fraction ? v * 100 : v) + 0 : INVALID;
  if (typeof v === 'string') {
    const p = percentSuffix(v);
    if (p < 0) return numberFromText(v, PERCENT);
    const n = numberFromText(v.slice(0, p), PERCENT);
    return n === undefined ? (trimCell(v.slice(0, p)) === '' ? INVALID : undefined) : n;
  }
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const u = unwrap(v);
    if (u !== v) return readPercent(u, fraction);
  }
  return INVALID;
}

/**
 * Whether a column's numbers are fractions of one (a percent-formatted column in Sheets): every number within [0, 1]
 * and at least one not whole. Texts and blanks do not count: they are read as written.
 */
export function looksLikeFractionColumn(values: readonly unknown[]): boolean {
  let sawFraction = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < 0 || v > 1) return false;
    if (!sawFraction && !Number.isInteger(v)) sawFraction = true;
  }
  return sawFraction;
}
