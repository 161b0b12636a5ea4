// program.code_unknown: a well-formed code that the nomenclature reference (Kepmendagri list of programme codes) does not hold.
import { LEVEL_LENGTH, parseCode } from '../ref/program-code';
import type { CodeLevel } from '../model/schemas';
import { normaliseName } from '../rollup/names';
import { defineCrossRule } from './types';

const LEVELS: readonly CodeLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan'];

interface Known {
  codes: Set<string>;
  /** Levels the reference judges: a list of sub-kegiatan codes says nothing about an urusan heading it does not list. */
  levels: Set<CodeLevel>;
  /** Normalised nomenclature name -> its code ("" when listed under several), for "did you mean"; built at the first unknown code. */
  byName?: Map<string, string>;
}

/**
 * Every listed code and its ancestors: a list of sub-kegiatan codes vouches for their kegiatan and programme codes too.
 * `X.XX` entries (programmes every OPD runs) also vouch for the same code written with a bidang.
 */
function knownCodes(nomenclature: ReadonlyMap<string, string>): Known {
  const codes = new Set<string>();
  const levels = new Set<CodeLevel>();
  for (const raw of nomenclature.keys()) {
    const p = parseCode(raw);
    if (!p) continue;
    const depth = LEVELS.indexOf(p.level);
    levels.add(p.level);
    for (let d = depth; d >= 0; d--) {
      codes.add(p.code.slice(0, LEVEL_LENGTH[LEVELS[d]]));
      // Programme and kegiatan codes are judged against the ancestors of listed codes; urusan and bidang headings only
      // when the list has rows of their own level, since a partial list (one OPD's codes) knows few of them.
      if (LEVELS[d] === 'program' || LEVELS[d] === 'kegiatan') levels.add(LEVELS[d]);
    }
  }
  return { codes, levels };
}

function namesOf(nomenclature: ReadonlyMap<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [raw, name] of nomenclature) {
    const code = parseCode(raw)?.code;
    const n = code && name ? normaliseName(name) : '';
    // A name listed under several codes (every bidang has "Penyediaan Gaji dan Tunjangan ASN") suggests none of them.
    if (n) byName.set(n, byName.has(n) && byName.get(n) !== code ? '' : code!);
  }
  return byName;
}

function isKnown(known: Known, code: string): boolean {
  if (known.codes.has(code)) return true;
  // "1.06.01..." is the Dinas Sosial form of the generic "X.XX.01..." (Program Penunjang).
  return code.length >= LEVEL_LENGTH.program && code.charCodeAt(0) !== 88 && known.codes.has('X.XX' + code.slice(4));
}

export const rule = defineCrossRule({
  id: 'program.code_unknown',
  kind: 'program',
  severity: 'warning',
  check(registers, ctx, report) {
    const nomenclature = ctx.refs.nomenclature;
    if (!nomenclature || nomenclature.size === 0) return;
    const known = knownCodes(nomenclature);
    for (let reg = 0; reg < registers.length; reg++) {
      const rows = registers[reg].rows;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (r.level === undefined || !known.levels.has(r.level)) continue;
        const code = parseCode(r.kode)?.code;
        if (code === undefined || isKnown(known, code)) continue;
        const name = r.level === 'sub_kegiatan' ? (r.sub_kegiatan ?? r.uraian) : r.uraian;
        const byName = name ? (known.byName ??= namesOf(nomenclature)).get(normaliseName(name)) : undefined;
        report([{ register: reg, row: r.row, field: 'kode' }], byName && byName !== code ? { code, suggestion: byName } : { code });
      }
    }
  },
});
