// Permendagri 90/2019 programme codes (U.BB.PP.K.KK.SSSS): read them as agencies write them, normalise, walk up the levels.
import type { CodeLevel } from '../model/schemas';

/** Length of a normalised code at each level, so that an ancestor is a prefix slice. */
export const LEVEL_LENGTH: Readonly<Record<CodeLevel, number>> = { urusan: 1, bidang: 4, program: 7, kegiatan: 12, sub_kegiatan: 17 };

// Digits per segment; a code has 1, 2, 3, 5 or 6 segments (4 would be a kegiatan without its number).
const WIDTHS = [1, 2, 2, 1, 2, 4];
const LEVEL_BY_SEGMENTS: readonly (CodeLevel | undefined)[] = [
  undefined,
  'urusan',
  'bidang',
  'program',
  undefined,
  'kegiatan',
  'sub_kegiatan',
];

// Segment bounds of the code being parsed; reused so that parsing allocates nothing on the happy path.
const segStart = new Int32Array(7);
const segEnd = new Int32Array(7);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2007 || c === 0x202f || c === 0xfeff;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isX = (c: number): boolean => c === 88 || c === 120;

/**
 * Reads a programme code as written: spaces around dots, surrounding spaces, one trailing dot and a leading apostrophe are
 * tolerated; the cross-cutting placeholder `X.XX` (programmes every OPD runs, e.g. `X.XX.01` Program Penunjang) stands for
 * urusan and bidang. Returns the normalised code and its level, or undefined when the text is not a code of any level.
 */
export function parseCode(s: string | undefined): { code: string; level: CodeLevel } | undefined {
  if (typeof s !== 'string') return undefined;
  const level = canonicalLevel(s);
  return level ? { code: s, level } : parseWritten(s);
}

// 1 where the canonical form has a dot, for the one-pass check.
const DOT_AT = new Uint8Array([0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
const LEVEL_BY_LENGTH: readonly (CodeLevel | undefined)[] = [];
for (const [level, len] of Object.entries(LEVEL_LENGTH)) (LEVEL_BY_LENGTH as (CodeLevel | undefined)[])[len] = level as CodeLevel;

/** The level of a code already written in canonical digits-and-dots form (the common case), in one pass. */
function canonicalLevel(s: string): CodeLevel | undefined {
  const n = s.length;
  if (n > 17) return undefined;
  const level = LEVEL_BY_LENGTH[n];
  if (level === undefined) return undefined;
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p);
    if (DOT_AT[p] === 1 ? c !== 46 : c < 48 || c > 57) return undefined;
  }
  return level;
}

function parseWritten(s: string): { code: string; level: CodeLevel } | undefined {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i < end && s.charCodeAt(i) === 39) {
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
  }
  if (end > i && s.charCodeAt(end - 1) === 46) {
    end--;
    while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  }
  if (i >= end) return undefined;
  const first = i;
  const last = end;
  // Separators written exactly as "." and no lowercase x: the code is the trimmed text itself.
  let clean = true;
  let n = 0;
  for (;;) {
    const start = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (!isDigit(c) && !isX(c)) break;
      i++;
    }
    if (i === start || n === 6) return undefined;
    segStart[n] = start;
    segEnd[n] = i;
    n++;
    if (i === end) break;
    let j = i;
    while (j < end && isSpace(s.charCodeAt(j))) j++;
    if (j === end || s.charCodeAt(j) !== 46) return undefined;
    j++;
    while (j < end && isSpace(s.charCodeAt(j))) j++;
    if (j - i !== 1) clean = false;
    if (j === end) return undefined;
    i = j;
  }
  const level = LEVEL_BY_SEGMENTS[n];
  if (!level) return undefined;
  for (let k = 0; k < n; k++) if (segEnd[k] - segStart[k] !== WIDTHS[k]) return undefined;
  // X only as the whole urusan and bidang together (X.XX), and never as a bare urusan.
  const placeholder = isX(s.charCodeAt(segStart[0]));
  let from = 0;
  if (placeholder) {
    const b = segStart[1];
    if (n < 2 || !isX(s.charCodeAt(b)) || !isX(s.charCodeAt(b + 1))) return undefined;
    if (s.charCodeAt(segStart[0]) === 120 || s.charCodeAt(b) === 120 || s.charCodeAt(b + 1) === 120) clean = false;
    from = 2;
  }
  for (let k = from; k < n; k++) for (let p = segStart[k]; p < segEnd[k]; p++) if (!isDigit(s.charCodeAt(p))) return undefined;
  if (clean) return { code: first === 0 && last === s.length ? s : s.slice(first, last), level };
  let code = '';
  for (let k = 0; k < n; k++) code += (k ? '.' : '') + s.slice(segStart[k], segEnd[k]);
  return { code: placeholder ? code.toUpperCase() : code, level };
}

/** Level of a row's code: the one parse stored, else read from the code. */
export function codeLevelOf(r: { level?: CodeLevel; kode?: string }): CodeLevel | undefined {
  return r.level ?? parseCode(r.kode)?.level;
}

/** The code one level up (`1.06.04.2.01.0001` -> `1.06.04.2.01`), undefined for an urusan or a malformed code. */
export function parentCode(code: string): string | undefined {
  const p = parseCode(code);
  if (!p) return undefined;
  switch (p.level) {
    case 'urusan':
      return undefined;
    case 'bidang':
      return p.code.slice(0, LEVEL_LENGTH.urusan);
    case 'program':
      return p.code.slice(0, LEVEL_LENGTH.bidang);
    case 'kegiatan':
      return p.code.slice(0, LEVEL_LENGTH.program);
    case 'sub_kegiatan':
      return p.code.slice(0, LEVEL_LENGTH.kegiatan);
  }
}

/** The bidang urusan a code belongs to (`1.06.04.2.01` -> `1.06`; `X.XX` for cross-cutting programmes), undefined for an urusan or a malformed code. */
export function urusanOf(code: string): string | undefined {
  const p = parseCode(code);
  return p && p.level !== 'urusan' ? p.code.slice(0, LEVEL_LENGTH.bidang) : undefined;
}

/** The ancestor of a code at `level` (or the code itself at its own level), undefined when the code is malformed or higher. */
export function ancestorCode(code: string, level: CodeLevel): string | undefined {
  const p = parseCode(code);
  if (!p || LEVEL_LENGTH[p.level] < LEVEL_LENGTH[level]) return undefined;
  return p.code.slice(0, LEVEL_LENGTH[level]);
}

const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAllDigits = (t: string): boolean => {
  for (let i = 0; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return t.length > 0;
};

/** Pads or strips leading zeros to `width`; undefined when the number does not fit. */
function fit(t: string, width: number): string | undefined {
  let a = 0;
  while (a < t.length - 1 && t.charCodeAt(a) === 48 && t.length - a > width) a++;
  const core = t.slice(a);
  return core.length > width ? undefined : '0'.repeat(width - core.length) + core;
}

/**
 * A valid code that a malformed one almost certainly means, for "did you mean": segments zero-padded or stripped of extra
 * leading zeros to their width (`1.6.04.2.01.1` -> `1.06.04.2.01.0001`, `1.01.01.02.01.0001` -> `1.01.01.2.01.0001`),
 * other separators read as dots (`1-06-04`), a name after the code dropped. Undefined when no such code exists or the text is valid.
 */
export function suggestCode(s: string): string | undefined {
  if (parseCode(s)) return undefined;
  const tokens: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && !isAlnum(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const start = i;
    while (i < s.length && isAlnum(s.charCodeAt(i))) i++;
    const tok = s.slice(start, i);
    const k = tokens.length;
    const ok =
      isAllDigits(tok) || (k === 0 && (tok === 'X' || tok === 'x')) || (k === 1 && /^[xX]{1,2}$/.test(tok) && /^[xX]$/.test(tokens[0]));
    if (!ok) {
      // A name written after the code ("1.6.04 Program ...") is dropped; letters inside the code mean no guess.
      if (k === 0 || !isSpace(s.charCodeAt(start - 1)) || isDigit(tok.charCodeAt(0))) return undefined;
      break;
    }
    if (k === 6) return undefined;
    tokens.push(tok);
  }
  const n = tokens.length;
  if (!LEVEL_BY_SEGMENTS[n]) return undefined;
  // "1.1" may be the number 1.10 that lost its trailing zero in a spreadsheet: no guess.
  if (n === 2 && tokens[1].length < 2) return undefined;
  let out = '';
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const seg = k < 2 && (t === 'X' || t === 'x' || /^[xX]+$/.test(t)) ? 'X'.repeat(WIDTHS[k]) : fit(t, WIDTHS[k]);
    if (seg === undefined) return undefined;
    out += (k ? '.' : '') + seg;
  }
  return parseCode(out)?.code;
}

/** A SIPD organisation-unit code (kode SKPD, `1.06.0.00.0.00.01.0000`), which Renja prints on the agency's own row: not a programme code, not malformed. */
export function isUnitCode(s: string): boolean {
  return /^\s*'?\d\s*\.\s*\d\d\s*\.\s*\d\s*\.\s*\d\d\s*\.\s*\d\s*\.\s*\d\d\s*\.\s*\d\d\s*\.\s*\d{4}(\s|$)/.test(s);
}
