// Splits a cell's text into digit runs and letter runs (punctuation and blanks separate them), without allocating per token.
import { isSpace } from './coerce-cell';

export const TK_NUM = 0;
export const TK_WORD = 1;

/** Reused token buffers: readers run one at a time and read the tokens before the next call. */
export interface Tokens {
  count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Numeric value of a digit run (exact up to 15 digits); 0 for words. */
  readonly value: Float64Array;
}

export const MAX_TOKENS = 16;

export const newTokens = (): Tokens => ({
  count: 0,
  kind: new Uint8Array(MAX_TOKENS),
  start: new Int32Array(MAX_TOKENS),
  end: new Int32Array(MAX_TOKENS),
  value: new Float64Array(MAX_TOKENS),
});

const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && !isSpace(c) && !(c >= 0x2010 && c <= 0x201f) && c !== 0x2212);

/** Tokenise s[a, b) into `out`; false when the text holds more than MAX_TOKENS tokens (no format we read is that long). */
export function tokenize(s: string, a: number, b: number, out: Tokens): boolean {
  let n = 0;
  let i = a;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n === MAX_TOKENS) return false;
      let v = 0;
      const st = i;
      while (i < b) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
        i++;
      }
      out.kind[n] = TK_NUM;
      out.start[n] = st;
      out.end[n] = i;
      out.value[n] = v;
      n++;
    } else if (isLetter(c)) {
      if (n === MAX_TOKENS) return false;
      const st = i;
      while (i < b && isLetter(s.charCodeAt(i))) i++;
      out.kind[n] = TK_WORD;
      out.start[n] = st;
      out.end[n] = i;
      out.value[n] = 0;
      n++;
    } else i++;
  }
  out.count = n;
  return true;
}

/** The token's text in lower case. */
export const tokenWord = (s: string, t: Tokens, i: number): string => s.slice(t.start[i], t.end[i]).toLowerCase();

/** Number of digits of a digit-run token. */
export const tokenLen = (t: Tokens, i: number): number => t.end[i] - t.start[i];
