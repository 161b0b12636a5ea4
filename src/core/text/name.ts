// Indonesian personal names reduced to one comparison key, so that "BPK. H. M. Boy Lucky Rizqi, S.Pd" and "Boy Lucky Rizqi" compare equal.
//
// Decisions (each one trades a missed duplicate against a false one; a false one can cost a family its aid):
// - Case, accents, spaces and punctuation do not count; apostrophes join ("Ma'ruf" = "Maruf"), and the key has no spaces,
//   so "Nur Hasanah" = "Nurhasanah" and "Abdul Rahman" = "Abdulrahman".
// - Honorifics and titles are dropped before the name (H., Hj., Bpk, Ibu, Alm., Drs., Dr., Prof., Ns., Tgk, Teuku ...), and
//   academic degrees and "Alm." after it, with or without dots or commas ("S.Pd.I", "S. Pd", ", M.Kes"; unknown degrees
//   written "S.Xxx" count too). "Cut" is kept: in Aceh it is also part of a woman's given name.
// - "bin" / "binti" (and "bt", "bte", "binte") are dropped as words, the father's name is kept: "Ahmad bin Umar" = "Ahmad Umar".
// - Spelling variants become one form: Muhammad (Muhamad, Mohammad, Moh., Muh., Mhd, Mochammad ...), Ahmad (Achmad, Akhmad),
//   Abdul (Abd.), Nur (Noor), Siti (Sitti); "M." and "St." become Muhammad and Siti only as the first word, because a lone
//   initial elsewhere is someone's initial and "ST" after a name is a degree. "Nurul" stays: it is a name of its own.
// - Old (pre-1972) spellings that KTPs still carry: oe -> u, dj -> j, tj -> c, sj -> sy ("Soekarno" = "Sukarno").
// - A title is never dropped when nothing else would remain, so a name is never reduced to "".

// Half a million names go through this in a fraction of a second, so the name is read once as char codes into scratch
// buffers, and words are looked up in a small table by a hash of their codes: no regexes, no substrings, no arrays per
// call. Only names with letters beyond ASCII (folded first) and words with an old spelling (rare) take slower paths.

/** A set of words from lines of space-separated words, so that long word lists stay readable. */
const words = (...lines: string[]): string[] => lines.join(' ').split(' ');

/** Words dropped at the start of a name: honorifics, religious and academic titles written in front. */
const PREFIXES = words(
  'h hj haji hajah hajjah bpk bapak pak ibu bu sdr sdri sdra saudara saudari alm almh almarhum almarhumah ir drs dra dr drg',
  'prof apt ns tgk teungku teuku kh ust ustad ustadz ustaz ustadzah ustazah ny nyonya nn nona tn tuan',
);

/**
 * Degrees and titles written after a name, as their letters run together ("S.Pd.I" -> "spdi"). Left out on purpose:
 * "ma" (M.A. is also a Chinese-Indonesian surname), "ba", and "h" (after a name it is an initial, not Haji).
 */
const SUFFIXES = words(
  'spd spdi spdsd se sei sh shi skom ssos sag skep sked sip ssi ssn ss sp st stp sth sthi spsi sfarm sgz sikom spt spi skm',
  'ssit strkeb amd amdkep amdkeb amdkes amdak amdfar amk amkeb mkes msi mpd mpdi mm mag mh mt mhum mkom mak mba msc mkn map',
  'msos mtp mph mfarm mae phd bsc ak ns apt alm almh almarhum almarhumah hj bpk ibu sdr sdri',
);
const SUFFIX_MAX = 10;

/** "bin", "binti" and their short forms: dropped as words, never as the first word. */
const PATRONYMIC = words('bin binti binte bte bt');

/** Spelling variants -> one form, wherever the word stands. */
const VARIANTS = new Map<string, string>();
for (const v of words(
  'muhammad muhamad muhammed muhamed muhamat muhammat mohammad mohamad mohammed mohamed mohamat mochammad mochamad mochamat',
  'mokhammad mokhamad muchammad muchamad mukhammad mukhamad mohd muhd moch moh muh mhd mhmd mch',
)) {
  VARIANTS.set(v, 'muhammad');
}
for (const v of words('achmad akhmad ahmat achmat')) VARIANTS.set(v, 'ahmad');
VARIANTS.set('abd', 'abdul');
VARIANTS.set('noor', 'nur');
VARIANTS.set('sitti', 'siti');

/** Only as the first word: a lone "M." or "St." there is Muhammad or Siti; elsewhere it is an initial or a degree. */
const FIRST_ONLY = new Map([
  ['m', 'muhammad'],
  ['st', 'siti'],
]);

// The known words in one open-addressing table keyed by an FNV-1a hash of their codes, with what each word is.
const IS_PREFIX = 1;
const IS_SUFFIX = 2;
const IS_PATRONYMIC = 4;
const TABLE_MASK = 1023;
const table = new Int32Array(TABLE_MASK + 1).fill(-1);
const wordText: string[] = [];
const wordHash: number[] = [];
const wordBits: number[] = [];
const wordVariant: (string | undefined)[] = [];
const wordFirst: (string | undefined)[] = [];
let wordMax = 0;

function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function entry(w: string): number {
  const h = hashOf(w);
  let slot = (h ^ (h >>> 16)) & TABLE_MASK;
  for (; table[slot] >= 0; slot = (slot + 1) & TABLE_MASK) if (wordText[table[slot]] === w) return table[slot];
  const id = wordText.length;
  table[slot] = id;
  wordText.push(w);
  wordHash.push(h);
  wordBits.push(0);
  wordVariant.push(undefined);
  wordFirst.push(undefined);
  if (w.length > wordMax) wordMax = w.length;
  return id;
}
for (const w of PREFIXES) wordBits[entry(w)] |= IS_PREFIX;
for (const w of SUFFIXES) wordBits[entry(w)] |= IS_SUFFIX;
for (const w of PATRONYMIC) wordBits[entry(w)] |= IS_PATRONYMIC;
for (const [w, to] of VARIANTS) wordVariant[entry(w)] = to;
for (const [w, to] of FIRST_ONLY) wordFirst[entry(w)] = to;
/** Per length and first letter, a bit per last letter of the known words: most words of a name are ruled out without hashing. */
const quick = new Uint32Array((wordMax + 1) * 128);
const quickAt = (len: number, first: number): number => (len << 7) | (first & 127);
for (const w of wordText) quick[quickAt(w.length, w.charCodeAt(0))] |= 1 << (w.charCodeAt(w.length - 1) & 31);

// Scratch space reused by every call (names are short and the function is not re-entrant): the words' letters back to
// back in `chars`, each word's offset, length and flags, and the key's codes in `out`.
let chars = new Uint16Array(64);
let tokOff = new Int32Array(32);
let tokLen = new Int32Array(32);
/**
 * Per word: 1 = a dot follows it, 2 = the dot is followed directly by a letter ("S.Pd"), 4 = it stands after a comma,
 * 8 = it holds an old spelling pair ("oe", "dj", "tj", "sj").
 */
let tokFlags = new Uint8Array(32);
let out = new Uint16Array(160);
const DOT = 1;
const GLUED = 2;
const AFTER_COMMA = 4;
const OLD = 8;

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 39 || c === 96 || c === 0xb4 || c === 0x2018 || c === 0x2019 || c === 0x2bc;

/** The known word spelled by chars[off, off + len), or -1. */
function lookup(off: number, len: number): number {
  if (len === 0 || len > wordMax || (quick[quickAt(len, chars[off])] & (1 << (chars[off + len - 1] & 31))) === 0) return -1;
  let h = 0x811c9dc5 | 0;
  for (let i = off; i < off + len; i++) h = Math.imul(h ^ chars[i], 0x01000193);
  for (let slot = (h ^ (h >>> 16)) & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const w = table[slot];
    if (w < 0) return -1;
    if (wordHash[w] !== h) continue;
    const text = wordText[w];
    if (text.length !== len) continue;
    let same = true;
    for (let i = 0; i < len && same; i++) same = text.charCodeAt(i) === chars[off + i];
    if (same) return w;
  }
}

const wordIs = (t: number, bit: number): boolean => {
  const w = lookup(tokOff[t], tokLen[t]);
  return w >= 0 && (wordBits[w] & bit) !== 0;
};

/** Whether word t is the one letter `c`. */
const isLetter = (t: number, c: number): boolean => tokLen[t] === 1 && chars[tokOff[t]] === c;

/**
 * Splits a lowercased name into words (letters and digits; apostrophes inside a word join it); returns the word count,
 * or -1 when `ascii` is set and the name holds a code beyond ASCII (it needs folding first).
 */
function tokenize(s: string, ascii: boolean): number {
  const len = s.length;
  if (chars.length < len) chars = new Uint16Array(len * 2);
  if (tokOff.length <= len) {
    tokOff = new Int32Array(len + 1);
    tokLen = new Int32Array(len + 1);
    tokFlags = new Uint8Array(len + 1);
  }
  const buf = chars;
  let n = 0;
  let pos = 0;
  let inWord = false;
  let comma = 0;
  let old = 0;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? s.charCodeAt(i) : 32;
    if (isAlnum(c)) {
      if (!inWord) {
        inWord = true;
        tokOff[n] = pos;
        old = 0;
      } else if (c === 101 || c === 106) {
        const prev = buf[pos - 1];
        if ((c === 101 && prev === 111) || (c === 106 && (prev === 100 || prev === 116 || prev === 115))) old = OLD;
      }
      buf[pos++] = c;
      continue;
    }
    if (c > 127 && ascii) return -1;
    if (!inWord) {
      if (c === 44) comma = AFTER_COMMA;
      continue;
    }
    const nextAlnum = i + 1 < len && isAlnum(s.charCodeAt(i + 1));
    if (isApostrophe(c)) {
      // Keep the letters on both sides of the apostrophe in one word.
      if (nextAlnum) continue;
      tokLen[n] = pos - tokOff[n];
      tokFlags[n++] = comma | old;
      inWord = false;
      continue;
    }
    let f = comma | old;
    if (c === 46) f |= nextAlnum ? DOT | GLUED : DOT;
    tokLen[n] = pos - tokOff[n];
    tokFlags[n++] = f;
    inWord = false;
    if (c === 44) comma = AFTER_COMMA;
  }
  return n;
}

/** How many words at the end of words [0, to) form one degree or trailing title; 0 when they do not. */
function degreeAt(to: number): number {
  const most = Math.min(3, to);
  let len = 0;
  for (let k = 1; k <= most; k++) len += tokLen[to - k];
  const end = tokOff[to - 1] + tokLen[to - 1];
  for (let k = most; k >= 1; k--) {
    // Words lie back to back in `chars`, so the last k joined are one range. Most names end in words too long to be a degree.
    if (len <= SUFFIX_MAX) {
      const w = lookup(tokOff[to - k], end - tokOff[to - k]);
      if (w >= 0 && (wordBits[w] & IS_SUFFIX) !== 0) return k;
    }
    len -= tokLen[to - k];
  }
  // An unlisted degree still shows its shape: "S.Farm", "A.Md.Gz", or "S. Tr. Keb" after a comma.
  for (let k = most; k >= 2; k--) {
    const first = to - k;
    // Only S. (sarjana) and A. (ahli madya): "M.Ali" may be a name, and the M. degrees are listed above.
    if ((!isLetter(first, 115) && !isLetter(first, 97)) || !(tokFlags[first] & (GLUED | AFTER_COMMA))) continue;
    let ok = true;
    for (let j = first + 1; j < to && ok; j++) ok = tokLen[j] <= 5 && (j === to - 1 || (tokFlags[j] & DOT) !== 0);
    if (ok) return k;
  }
  return 0;
}

/** Old spellings to the current ones, in this order: each replacement sees the previous one's result. */
const modernSpelling = (w: string): string => w.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy');

/** Accents off a lowercased name beyond ASCII ("renée" -> "renee"). */
const stripAccents = (lower: string): string => lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Writes a word given as a string into `out` at `at`; returns where the next word goes. */
function emit(at: number, s: string): number {
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
  return at;
}

/**
 * The comparison key of a personal name as char codes, without building a string: returns its length (0 when the name
 * holds no letters or digits) and leaves the codes in `nameCodes()` until the next call.
 */
export function normalizeNameCodes(raw: string): number {
  // toLowerCase also hands back a flat string, which reads faster per code than a cell's concatenated or sliced one.
  let s = raw.toLowerCase();
  let n = tokenize(s, true);
  if (n < 0) {
    s = stripAccents(s);
    n = tokenize(s, false);
  }
  if (n === 0) return 0;
  let to = n;
  for (let k = degreeAt(to); k > 0 && to - k >= 1; k = degreeAt(to)) to -= k;
  let from = 0;
  while (to - from > 1) {
    if (wordIs(from, IS_PREFIX)) from++;
    else if (isLetter(from, 107) && isLetter(from + 1, 104) && to - from > 2)
      from += 2; // "K.H." written with a dot between
    else break;
  }
  // A word comes out as long as it went in, or as a variant of at most 8 letters ("m" -> "muhammad"): 8 a code is room enough.
  if (out.length < 8 * s.length + 16) out = new Uint16Array(8 * s.length + 16);
  let at = 0;
  for (let i = from; i < to; i++) {
    const off = tokOff[i];
    const len = tokLen[i];
    const w = lookup(off, len);
    if (i === from) {
      const first = w >= 0 && to - from > 1 ? wordFirst[w] : undefined;
      if (first !== undefined) {
        at = emit(at, first);
        continue;
      }
    } else if (w >= 0 && (wordBits[w] & IS_PATRONYMIC) !== 0) continue;
    if (tokFlags[i] & OLD) {
      const modern = modernSpelling(codesToString(chars, off, off + len));
      at = emit(at, VARIANTS.get(modern) ?? modern);
    } else if (w >= 0 && wordVariant[w] !== undefined) at = emit(at, wordVariant[w]!);
    else for (let j = off; j < off + len; j++) out[at++] = chars[j];
  }
  return at;
}

/** The codes of the last `normalizeNameCodes` key (the buffer is reused, and replaced when a longer name needs room). */
export const nameCodes = (): Uint16Array => out;

/** A string from codes[from, to), in slices small enough for `apply`. */
export function codesToString(codes: Uint16Array, from: number, to: number): string {
  const CHUNK = 4096;
  let s = '';
  for (let i = from; i < to; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** The comparison key of a personal name: "" when it holds no letters or digits. */
export function normalizeName(s: string): string {
  const len = normalizeNameCodes(s);
  return codesToString(out, 0, len);
}

/** Normalises names once per distinct spelling: registers repeat a person's name in every programme they receive. */
export function nameCache(): (raw: string | undefined) => string {
  const cache = new Map<string, string>();
  return (raw) => {
    if (raw === undefined) return '';
    let k = cache.get(raw);
    if (k === undefined) {
      k = normalizeName(raw);
      cache.set(raw, k);
    }
    return k;
  };
}
