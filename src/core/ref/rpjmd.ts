// RPJMD misi/sasaran codes as agencies write them ("M1", "Misi 1", "MISI I", "S 1.2", "Sasaran 1.2: ..."), folded to one comparable key.
import { fold } from '../text/fold';

// Words written before the number; dropped only at the start, so a code's own letters ("1a") stay.
const PREFIX = new Set(['misi', 'm', 'sasaran', 'sas', 's', 'ss', 'kode', 'no', 'nomor', 'ke']);
const ROMAN: Readonly<Record<string, string>> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** Runs of letters and runs of digits, lowercased; everything else separates. */
function tokens(s: string): string[] {
  const out: string[] = [];
  const lower = s.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    if (!isDigit(c) && !isLetter(c)) {
      i++;
      continue;
    }
    const digits = isDigit(c);
    const start = i;
    while (i < lower.length && (digits ? isDigit(lower.charCodeAt(i)) : isLetter(lower.charCodeAt(i)))) i++;
    out.push(lower.slice(start, i));
  }
  return out;
}

/**
 * The comparison key of an RPJMD misi or sasaran code. Case, spaces and punctuation do not count, but the boundaries between
 * numbers do, so sasaran "1.2" and "12" stay apart. A leading "Misi"/"M"/"Sasaran"/"S"/"No." is dropped, a Roman numeral
 * in the number's place is read ("Misi II" = "2"), leading zeros are dropped ("01" = "1"), and a name after the code is
 * ignored ("1.2 Meningkatnya ..." = "1.2"). So "M1" = "m 1" = "Misi 1" = "MISI-01" = "Misi I" -> "1"; "S1.2" = "Sasaran 1.2" -> "1.2".
 * Text without a number folds as text ("Mewujudkan tata kelola" -> "mewujudkan.tata.kelola"). "" for an empty or punctuation-only cell.
 * Idempotent: foldRpjmdCode(foldRpjmdCode(x)) === foldRpjmdCode(x).
 */
export function foldRpjmdCode(s: string): string {
  const all = tokens(s);
  let k = 0;
  // "M1" splits into "m", "1"; the last token always stays, so "Misi" alone folds to "misi", not to nothing.
  while (k < all.length - 1 && PREFIX.has(all[k])) k++;
  const rest = all.slice(k);
  if (rest.length === 0) return '';
  const first = ROMAN[rest[0]] ?? rest[0];
  if (!isDigit(first.charCodeAt(0))) return rest.join('.');
  const out: string[] = [];
  for (let j = 0; j < rest.length; j++) {
    const tok = j === 0 ? first : rest[j];
    if (isDigit(tok.charCodeAt(0))) out.push(stripZeros(tok));
    // One letter right after a number is part of the code ("1a"); a longer word starts the name.
    else if (tok.length === 1 && isDigit(out[out.length - 1].charCodeAt(0))) out.push(tok);
    else break;
  }
  return out.join('.');
}

const stripZeros = (d: string): string => {
  let i = 0;
  while (i < d.length - 1 && d.charCodeAt(i) === 48) i++;
  return i ? d.slice(i) : d;
};

/** True when a misi/sasaran cell holds something (not empty, not just "-" or other punctuation). */
export const hasRpjmdValue = (s: string | undefined): boolean => s !== undefined && fold(s) !== '';

/** The codes of a cell that lists several ("1; 3", "1.2, 1.3", "1 & 2"); most cells hold one. */
export function rpjmdCodes(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 59;
    if (c === 59 || c === 44 || c === 38 || c === 47) {
      const key = foldRpjmdCode(s.slice(start, i));
      if (key) out.push(key);
      start = i + 1;
    }
  }
  return out;
}
