// Sub-kegiatan names made comparable across agencies, and a cheap bounded test of "nearly the same name".
import { fold } from '../text/fold';

// Words that say what kind of row it is, or where, rather than what is done.
const STOP = new Set([
  'sub',
  'subkegiatan',
  'kegiatan',
  'program',
  'dan',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'pada',
  'serta',
  'dalam',
  'kota',
  'binjai',
]);

/** "Sub Kegiatan: Penyediaan Jasa Kebersihan Kantor (Kota Binjai)" -> "penyediaan jasa kebersihan kantor". */
export function normaliseName(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let start = -1;
  let word = '';
  const flush = (end: number): void => {
    const w = word || lower.slice(start, end);
    if (!STOP.has(w)) out += (out ? ' ' : '') + w;
    start = -1;
    word = '';
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      if (word) word += lower[i];
      continue;
    }
    // An accented letter folds to its base letter and stays in the word ("é" -> "e"); other characters end it.
    const base = c > 127 ? fold(lower[i]) : '';
    if (base) {
      if (start < 0) start = i;
      word = (word || lower.slice(start, i)) + base;
    } else if (start >= 0) flush(i);
  }
  if (start >= 0) flush(lower.length);
  return out;
}

/** The numbers of a name in order ("rehab sd 020 tahap 2" -> "020 2"): names that differ only in a number are different works. */
export function numbersOf(norm: string): string {
  let out = '';
  let inNum = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inNum && out) out += ' ';
      out += norm[i];
      inNum = true;
    } else inNum = false;
  }
  return out;
}

// Two rows of the banded edit-distance table, grown when a longer name comes.
let prev = new Int32Array(128);
let cur = new Int32Array(128);

/** Whether the Levenshtein distance of a and b is at most k, in O(k * length): only a band of the table is filled. */
export function withinDistance(a: string, b: string, k: number): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > k) return false;
  if (a === b) return true;
  if (lb + 2 > prev.length) {
    prev = new Int32Array(lb + 2);
    cur = new Int32Array(lb + 2);
  }
  const big = k + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j <= k ? j : big;
  if (lb + 1 < prev.length) prev[lb + 1] = big;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(lb, i + k);
    cur[0] = i <= k ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = lo > 1 ? big : cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = big;
    if (rowMin > k) return false;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] <= k;
}

/** Similarity 1 - distance / longer length is at least `min` (0.9 allows one edit per ten characters). */
export function similarEnough(a: string, b: string, min: number, ha?: Uint8Array, hb?: Uint8Array): boolean {
  const k = Math.floor((1 - min) * Math.max(a.length, b.length) + 1e-9);
  if (ha && hb && histogramsApart(ha, hb, k)) return false;
  return withinDistance(a, b, k);
}

/** Letter and digit counts of a name (a-z, 0-9, other): with `histogramsApart`, a cheap lower bound on the edit distance. */
export function histogram(s: string): Uint8Array {
  const h = new Uint8Array(37);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36;
    if (h[b] < 255) h[b]++;
  }
  return h;
}

/** True when the counts alone prove a distance above k: every edit changes the counts by at most 2. */
export function histogramsApart(a: Uint8Array, b: Uint8Array, k: number): boolean {
  let diff = 0;
  const limit = 2 * k;
  for (let i = 0; i < 37; i++) {
    const d = a[i] - b[i];
    diff += d < 0 ? -d : d;
    if (diff > limit) return true;
  }
  return false;
}
