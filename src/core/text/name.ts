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

/** A set of words from lines of space-separated words, so that long word lists stay readable. */
const wordSet = (...lines: string[]): Set<string> => new Set(lines.join(' ').split(' '));

/** Words dropped at the start of a name: honorifics, religious and academic titles written in front. */
const PREFIXES = wordSet(
  'h hj haji hajah hajjah bpk bapak pak ibu bu sdr sdri sdra saudara saudari alm almh almarhum almarhumah ir drs dra dr drg',
  'prof apt ns tgk teungku teuku kh ust ustad ustadz ustaz ustadzah ustazah ny nyonya nn nona tn tuan',
);

/**
 * Degrees and titles written after a name, as their letters run together ("S.Pd.I" -> "spdi"). Left out on purpose:
 * "ma" (M.A. is also a Chinese-Indonesian surname), "ba", and "h" (after a name it is an initial, not Haji).
 */
const SUFFIXES = wordSet(
  'spd spdi spdsd se sei sh shi skom ssos sag skep sked sip ssi ssn ss sp st stp sth sthi spsi sfarm sgz sikom spt spi skm',
  'ssit strkeb amd amdkep amdkeb amdkes amdak amdfar amk amkeb mkes msi mpd mpdi mm mag mh mt mhum mkom mak mba msc mkn map',
  'msos mtp mph mfarm mae phd bsc ak ns apt alm almh almarhum almarhumah hj bpk ibu sdr sdri',
);
const SUFFIX_MAX = 10;

/** "bin", "binti" and their short forms: dropped as words, never as the first word. */
const PATRONYMIC = wordSet('bin binti binte bte bt');

/** Spelling variants -> one form, wherever the word stands. */
const VARIANTS = new Map<string, string>();
for (const v of wordSet(
  'muhammad muhamad muhammed muhamed muhamat muhammat mohammad mohamad mohammed mohamed mohamat mochammad mochamad mochamat',
  'mokhammad mokhamad muchammad muchamad mukhammad mukhamad mohd muhd moch moh muh mhd mhmd mch',
)) {
  VARIANTS.set(v, 'muhammad');
}
for (const v of wordSet('achmad akhmad ahmat achmat')) VARIANTS.set(v, 'ahmad');
VARIANTS.set('abd', 'abdul');
VARIANTS.set('noor', 'nur');
VARIANTS.set('sitti', 'siti');

/** Only as the first word: a lone "M." or "St." there is Muhammad or Siti; elsewhere it is an initial or a degree. */
const FIRST_ONLY = new Map([
  ['m', 'muhammad'],
  ['st', 'siti'],
]);

// Scratch space reused by every call: names are short and the function is not re-entrant, so nothing is allocated per token list.
const toks: string[] = [];
/** Per word: 1 = a dot follows it, 2 = the dot is followed directly by a letter ("S.Pd"), 4 = it stands after a comma. */
const flags: number[] = [];
const DOT = 1;
const GLUED = 2;
const AFTER_COMMA = 4;

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 39 || c === 96 || c === 0xb4 || c === 0x2018 || c === 0x2019 || c === 0x2bc;

/** Splits a lowercased, accent-free name into `toks`/`flags`; returns the word count. */
function tokenize(s: string): number {
  let n = 0;
  let start = -1;
  let word = '';
  let comma = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isAlnum(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (isApostrophe(c) && start >= 0) {
      // Keep the letters on both sides of the apostrophe in one word.
      word += s.slice(start, i);
      start = i + 1 < s.length && isAlnum(s.charCodeAt(i + 1)) ? i + 1 : -1;
      if (start < 0) {
        toks[n] = word;
        flags[n++] = comma;
        word = '';
      }
      continue;
    }
    if (start >= 0 || word !== '') {
      toks[n] = start >= 0 ? word + s.slice(start, i) : word;
      let f = comma;
      if (c === 46) f |= i + 1 < s.length && isAlnum(s.charCodeAt(i + 1)) ? DOT | GLUED : DOT;
      flags[n++] = f;
      start = -1;
      word = '';
    }
    if (c === 44) comma = AFTER_COMMA;
  }
  return n;
}

/** How many words at the end of toks[from, to) form one degree or trailing title; 0 when they do not. */
function degreeAt(from: number, to: number): number {
  let len = 0;
  for (let k = 1; k <= 3 && k <= to - from; k++) len += toks[to - k].length;
  for (let k = Math.min(3, to - from); k >= 1; k--) {
    // Most names end in words too long to be a degree: skip joining them.
    if (len <= SUFFIX_MAX) {
      let joined = toks[to - k];
      for (let j = to - k + 1; j < to; j++) joined += toks[j];
      if (SUFFIXES.has(joined)) return k;
    }
    len -= toks[to - k].length;
  }
  // An unlisted degree still shows its shape: "S.Farm", "A.Md.Gz", or "S. Tr. Keb" after a comma.
  for (let k = Math.min(3, to - from); k >= 2; k--) {
    const first = to - k;
    const w = toks[first];
    // Only S. (sarjana) and A. (ahli madya): "M.Ali" may be a name, and the M. degrees are listed above.
    if ((w !== 's' && w !== 'a') || !(flags[first] & (GLUED | AFTER_COMMA))) continue;
    let ok = true;
    for (let j = first + 1; j < to && ok; j++) ok = toks[j].length <= 5 && (j === to - 1 || (flags[j] & DOT) !== 0);
    if (ok) return k;
  }
  return 0;
}

/** Old spellings to the current ones; one pass over the letters, and words without an old pair come back as they are. */
function modernSpelling(w: string): string {
  let prev = w.charCodeAt(0);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // "oe", "dj", "tj", "sj"
    if ((c === 101 && prev === 111) || (c === 106 && (prev === 100 || prev === 116 || prev === 115))) {
      return w.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/sj/g, 'sy');
    }
    prev = c;
  }
  return w;
}

function foldCase(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return lower;
}

/** The comparison key of a personal name: "" when it holds no letters or digits. */
export function normalizeName(s: string): string {
  const n = tokenize(foldCase(s));
  if (n === 0) return '';
  let to = n;
  for (let k = degreeAt(0, to); k > 0 && to - k >= 1; k = degreeAt(0, to)) to -= k;
  let from = 0;
  while (to - from > 1) {
    if (PREFIXES.has(toks[from])) from++;
    else if (toks[from] === 'k' && toks[from + 1] === 'h' && to - from > 2)
      from += 2; // "K.H." written with a dot between
    else break;
  }
  let out = '';
  for (let i = from; i < to; i++) {
    let w = toks[i];
    if (i === from) {
      if (to - from > 1) w = FIRST_ONLY.get(w) ?? w;
    } else if (PATRONYMIC.has(w)) continue;
    w = modernSpelling(w);
    out += VARIANTS.get(w) ?? w;
  }
  return out;
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
