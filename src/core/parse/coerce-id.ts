// Reading a NIK or KK cell as an IdValue: its digits plus how they arrived, so rules can tell lost digits from typos.
import type { IdValue } from '../model/schemas';
import { isDash, isPlaceholder, isSpace, plainNumber, trimCell, unwrap } from './coerce-cell';

const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53 - 1: above it a double cannot hold every integer

const NOTHING: IdValue = Object.freeze({ digits: '', junk: true, fromNumber: false, trusted: true });

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Separators people put inside a NIK: blanks, dots, dashes. */
const isIdSeparator = (c: number): boolean => c === 46 || isSpace(c) || isDash(c) || c === 0x2010 || c === 0x2011;

/** Quote marks that force text in a spreadsheet (and their typographic look-alikes from pasted text). */
const isQuote = (c: number): boolean => c === 39 || c === 96 || c === 0x2018 || c === 0x2019;

function idFromNumber(n: number): IdValue {
  if (!Number.isFinite(n)) return { digits: '', junk: true, fromNumber: true, trusted: false };
  if (n < 0 || !Number.isInteger(n)) {
    const shown = plainNumber(Math.abs(n));
    let digits = '';
    for (let i = 0; i < shown.length; i++) if (isDigit(shown.charCodeAt(i))) digits += shown[i];
    return { digits, junk: true, fromNumber: true, trusted: false };
  }
  // BigInt gives the exact value of the double; String() would round it to 17 significant digits past 2^53.
  const digits = n <= MAX_SAFE ? String(n) : BigInt(n).toString();
  // Excel keeps 15 significant digits, so a 16-digit id typed as a number comes back with a final 0.
  const truncated = digits.length === 16 && digits.charCodeAt(15) === 48;
  return { digits, junk: false, fromNumber: true, trusted: n <= MAX_SAFE && !truncated };
}

/** "1.27501E+15" or "1,27501E+15" from s[e]: the shown form of a number pasted as text; its digits are gone. */
function isScientific(s: string, start: number, e: number): boolean {
  let i = e + 1;
  if (i < s.length && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
  if (i === s.length) return false;
  for (; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  let seps = 0;
  let digits = 0;
  for (let j = start; j < e; j++) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) digits++;
    else if ((c === 46 || c === 44) && seps++ === 0) continue;
    else return false;
  }
  return digits > 0;
}

function idFromText(raw: string): IdValue | undefined {
  const s = trimCell(raw);
  if (isPlaceholder(s)) return undefined;
  let a = 0;
  if (isQuote(s.charCodeAt(0))) {
    a = 1;
    while (a < s.length && isSpace(s.charCodeAt(a))) a++;
    if (a === s.length) return undefined;
  }
  let digits = '';
  let junk = false;
  let run = a; // start of the current run of digits, copied whole to avoid per-character concatenation
  for (let i = a; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (run < i) digits += s.slice(run, i);
    run = i + 1;
    if ((c === 69 || c === 101) && isScientific(s, a, i)) return { digits, junk: true, fromNumber: true, trusted: false };
    if (!isIdSeparator(c)) junk = true;
  }
  if (run === a) digits = a === 0 ? s : s.slice(a);
  else if (run < s.length) digits += s.slice(run);
  return { digits, junk, fromNumber: false, trusted: true };
}

/**
 * A NIK/KK cell. Text: digits with blanks, dots, dashes and a leading apostrophe removed; `junk` when anything else is
 * there. Number: its exact integer digits, `fromNumber`, and `trusted` false when digits may have been lost (>= 2^53, or
 * a 16-digit value ending in 0 as Excel's 15-digit limit leaves it). A text in scientific notation ("1.27501E+15") went
 * through a number and lost its digits: junk, fromNumber, untrusted. Undefined when empty or a dash; never throws.
 */
export function readId(v: unknown): IdValue | undefined {
  if (typeof v === 'string') return idFromText(v);
  if (typeof v === 'number') return idFromNumber(v);
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const u = unwrap(v);
    if (u !== v) return readId(u);
  }
  return NOTHING;
}
