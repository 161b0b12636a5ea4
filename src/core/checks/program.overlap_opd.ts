// program.overlap_opd: one sub-kegiatan, by code or by nearly the same name, planned by two OPDs in one year.
import { indexPrograms, isRegisterOwnKey, type ProgramIndex, type RowRef } from '../rollup/program-tree';
import { histogram, normaliseName, numbersOf, similarEnough } from '../rollup/names';
import { otherRows } from '../rollup/where';
import { defineCrossRule, type CrossReport, type RegisterView } from './types';

const SEP = '\u0002';
const SIMILARITY = 0.9;
// Each name is compared with at most this many names of its block (sorted by length), so a huge block stays linear.
const MAX_NEIGHBOURS = 32;
const MAX_OPDS_SHOWN = 4;
const MAX_NAME = 80;

/**
 * Sub-kegiatan that several OPDs run by design: `X.XX` cross-cutting codes, urusan 7.01 (every kecamatan runs the same
 * sub-kegiatan), and for names, programme 01 of every bidang (Program Penunjang: "Penyediaan Gaji dan Tunjangan ASN" in each OPD).
 */
const sharedCode = (code: string): boolean => code.startsWith('X.XX') || code.startsWith('7.01');
const supportProgramme = (code: string): boolean => code.length >= 7 && code.charCodeAt(5) === 48 && code.charCodeAt(6) === 49;

interface NameRef extends RowRef {
  field: string;
}

/** Rows sharing one normalised name in one year. OPD and code are kept as the first one plus "others exist", to allocate little. */
interface NameEntry {
  norm: string;
  numbers: string;
  hist: Uint8Array;
  refs: NameRef[];
  opd: string;
  manyOpds: boolean;
  code: string;
  manyCodes: boolean;
  parent: number;
}

/** Sub-kegiatan rows of a named OPD; a register that names none is left out, as its rows cannot be said to be another OPD's. */
function eligible(idx: ProgramIndex, reg: number, i: number): boolean {
  return idx.level(reg, i) === 'sub_kegiatan' && !isRegisterOwnKey(idx.opd(reg, i));
}

/** The year of a row for comparison: a register that names no year compares with others that name none. */
const yearOf = (idx: ProgramIndex, reg: number, i: number): string => {
  const y = idx.tahun(reg, i);
  return isRegisterOwnKey(y) ? '' : y;
};

const byPosition = (a: RowRef, b: RowRef): number => a.reg - b.reg || a.i - b.i;

function opdList(idx: ProgramIndex, refs: readonly RowRef[]): { opds: string; count: number } {
  const seen = new Map<string, string>();
  for (const x of refs) {
    const k = idx.opd(x.reg, x.i);
    if (!seen.has(k)) seen.set(k, idx.opdLabel(x.reg, x.i));
  }
  const labels = [...seen.values()];
  const shown = labels.slice(0, MAX_OPDS_SHOWN).join(', ') + (labels.length > MAX_OPDS_SHOWN ? ', …' : '');
  return { opds: shown, count: labels.length };
}

function sameCode(idx: ProgramIndex, lang: 'id' | 'en', report: CrossReport): void {
  const byCode = new Map<string, RowRef[]>();
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const n = idx.registers[reg].rows.length;
    for (let i = 0; i < n; i++) {
      if (!eligible(idx, reg, i)) continue;
      const code = idx.code(reg, i)!;
      if (sharedCode(code)) continue;
      const key = yearOf(idx, reg, i) + SEP + code;
      const list = byCode.get(key);
      if (list) list.push({ reg, i });
      else byCode.set(key, [{ reg, i }]);
    }
  }
  for (const refs of byCode.values()) {
    if (refs.length < 2) continue;
    const first = idx.opd(refs[0].reg, refs[0].i);
    if (!refs.some((x) => idx.opd(x.reg, x.i) !== first)) continue;
    const { opds, count } = opdList(idx, refs);
    report(
      refs.map((x) => ({ register: x.reg, row: idx.registers[x.reg].rows[x.i].row, field: 'kode' })),
      { code: idx.code(refs[0].reg, refs[0].i)!, opds, count, others: otherRows(idx.registers, refs, lang) },
      { variant: 'code' },
    );
  }
}

const nameOf = (view: RegisterView<'program'>, i: number): { text: string; field: string } | undefined => {
  const r = view.rows[i];
  if (r.sub_kegiatan !== undefined && r.sub_kegiatan.trim()) return { text: r.sub_kegiatan, field: 'sub_kegiatan' };
  if (r.uraian !== undefined && r.uraian.trim()) return { text: r.uraian, field: 'uraian' };
  return undefined;
};

function find(entries: NameEntry[], k: number): number {
  while (entries[k].parent !== k) k = entries[k].parent = entries[entries[k].parent].parent;
  return k;
}

/** A pair worth joining: names of different agencies, the same numbers, one edit per ten characters at most. */
function joinIfSimilar(entries: NameEntry[], a: number, b: number): void {
  const x = entries[a];
  const y = entries[b];
  if (x.numbers !== y.numbers) return;
  if (!x.manyOpds && !y.manyOpds && x.opd === y.opd) return;
  const ra = find(entries, a);
  const rb = find(entries, b);
  if (ra === rb) return;
  if (similarEnough(x.norm, y.norm, SIMILARITY, x.hist, y.hist)) entries[rb].parent = ra;
}

function blockKeys(year: string, norm: string): string[] {
  const w = norm.split(' ');
  const n = w.length;
  const keys = [year + SEP + w[0] + ' ' + (w[1] ?? ''), year + SEP + (w[n - 2] ?? '') + ' ' + w[n - 1]];
  // A short name has a typo in one of its two words or in none: block on each word alone as well.
  if (n <= 2) keys.push(year + SEP + '1' + w[0], year + SEP + '2' + w[n - 1]);
  return keys;
}

function similarName(idx: ProgramIndex, lang: 'id' | 'en', report: CrossReport): void {
  const registers = idx.registers;
  const entries: NameEntry[] = [];
  const byName = new Map<string, number>();
  const years: string[] = [];
  for (let reg = 0; reg < registers.length; reg++) {
    const n = registers[reg].rows.length;
    for (let i = 0; i < n; i++) {
      if (!eligible(idx, reg, i)) continue;
      const code = idx.code(reg, i)!;
      if (sharedCode(code) || supportProgramme(code)) continue;
      const name = nameOf(registers[reg], i);
      if (!name) continue;
      const norm = normaliseName(name.text);
      if (!norm) continue;
      const year = yearOf(idx, reg, i);
      const key = year + SEP + norm;
      const opd = idx.opd(reg, i);
      const k = byName.get(key);
      if (k === undefined) {
        byName.set(key, entries.length);
        const hist = histogram(norm);
        const refs = [{ reg, i, field: name.field }];
        entries.push({ norm, numbers: numbersOf(norm), hist, refs, opd, manyOpds: false, code, manyCodes: false, parent: entries.length });
        years.push(year);
        continue;
      }
      const e = entries[k];
      e.refs.push({ reg, i, field: name.field });
      if (opd !== e.opd) e.manyOpds = true;
      if (code !== e.code) e.manyCodes = true;
    }
  }
  const blocks = new Map<string, number[]>();
  for (let k = 0; k < entries.length; k++) {
    for (const b of blockKeys(years[k], entries[k].norm)) {
      const list = blocks.get(b);
      if (list) list.push(k);
      else blocks.set(b, [k]);
    }
  }
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => entries[a].norm.length - entries[b].norm.length);
    for (let p = 0; p < list.length; p++) {
      const len = entries[list[p]].norm.length;
      for (let q = p + 1; q < list.length && q <= p + MAX_NEIGHBOURS; q++) {
        if (entries[list[q]].norm.length * SIMILARITY > len + 1e-9) break;
        joinIfSimilar(entries, list[p], list[q]);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  for (let k = 0; k < entries.length; k++) {
    const root = find(entries, k);
    const c = clusters.get(root);
    if (c) c.push(k);
    else clusters.set(root, [k]);
  }
  for (const members of clusters.values()) {
    const head = entries[members[0]];
    let manyOpds = false;
    let manyCodes = false;
    for (const k of members) {
      const e = entries[k];
      manyOpds ||= e.manyOpds || e.opd !== head.opd;
      manyCodes ||= e.manyCodes || e.code !== head.code;
    }
    // One code throughout: the same-code finding already speaks for these rows.
    if (!manyOpds || !manyCodes) continue;
    const refs = members.flatMap((k) => entries[k].refs).sort(byPosition);
    const { opds, count } = opdList(idx, refs);
    const firstName = nameOf(registers[refs[0].reg], refs[0].i)!.text.trim();
    report(
      refs.map((x) => ({ register: x.reg, row: registers[x.reg].rows[x.i].row, field: x.field })),
      {
        name: firstName.length > MAX_NAME ? firstName.slice(0, MAX_NAME) + '…' : firstName,
        code: idx.code(refs[0].reg, refs[0].i)!,
        opds,
        count,
        others: otherRows(registers, refs, lang),
      },
      { variant: 'name' },
    );
  }
}

export const rule = defineCrossRule({
  id: 'program.overlap_opd',
  kind: 'program',
  severity: 'warning',
  check(registers, ctx, report) {
    const idx = indexPrograms(registers);
    sameCode(idx, ctx.lang, report);
    similarName(idx, ctx.lang, report);
  },
});
