// program.parent_sum_mismatch: a programme's or kegiatan's pagu should equal the sum of its direct children's pagu (found by code, not position).
import { formatRupiah } from '../i18n/format';
import type { ProgramRow } from '../model/schemas';
import { LEVEL_LENGTH, parseCode } from '../ref/program-code';
import { fold } from '../text/fold';
import { defineRule } from './types';

/** Children found under one parent code in one OPD and year. */
interface Sums {
  /** Direct children: sub-kegiatan of a kegiatan, kegiatan of a programme. */
  sum: number;
  count: number;
  /** A programme's sub-kegiatan, used when the sheet has none of its kegiatan rows. */
  subSum: number;
  subCount: number;
  /** A child's pagu could not be read: the sum is unknown, so the parent is not judged. */
  unknown: boolean;
  subUnknown: boolean;
}

/** `a` and `b` agree on characters [from, to): a char loop, cheaper than slicing or startsWith on the per-row path. */
function sameChars(a: string, b: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

interface Parent {
  row: ProgramRow;
  sums: Sums;
  level: 'program' | 'kegiatan';
}

export const rule = defineRule({
  id: 'program.parent_sum_mismatch',
  kind: 'program',
  severity: 'warning',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('pagu') || !ctx.mapped.has('kode')) return;
    const hasOpd = ctx.mapped.has('opd');
    const hasTahun = ctx.mapped.has('tahun');
    let unreadable: Set<number> | undefined;
    for (const is of ctx.issues) if (is.field === 'pagu') (unreadable ??= new Set()).add(is.row);

    const groups = new Map<string, number>();
    const sums = new Map<string, Sums>();
    const parents: Parent[] = [];
    const sumsOf = (key: string): Sums => {
      let s = sums.get(key);
      if (!s) sums.set(key, (s = { sum: 0, count: 0, subSum: 0, subCount: 0, unknown: false, subUnknown: false }));
      return s;
    };
    // OPD and year are filled down: merged cells hold their value in the first row only.
    let opdRaw: string | undefined;
    let opdKey = '';
    let tahun: number | undefined;
    let gid = 0;
    let gidOpd: string | undefined; // undefined never equals a key, so the first row opens a group
    let gidTahun: number | undefined;
    // Children come in runs under one parent: the last parent looked up is kept, so most rows cost a prefix test, not a map lookup.
    let kegCode = '';
    let kegGid = -1;
    let kegSums: Sums | undefined;
    let progCode = '';
    let progGid = -1;
    let progSums: Sums | undefined;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (hasOpd && r.opd !== undefined && r.opd !== opdRaw && r.opd.trim() !== '') {
        opdRaw = r.opd;
        opdKey = fold(r.opd);
      }
      if (hasTahun && r.tahun !== undefined) tahun = r.tahun;
      if (opdKey !== gidOpd || tahun !== gidTahun) {
        gidOpd = opdKey;
        gidTahun = tahun;
        const k = opdKey + '\u0000' + (tahun ?? '');
        let g = groups.get(k);
        if (g === undefined) groups.set(k, (g = groups.size));
        gid = g;
      }
      const p = parseCode(r.kode);
      if (!p || p.level === 'urusan' || p.level === 'bidang') continue;
      const code = p.code;
      if (p.level === 'program') {
        parents.push({ row: r, sums: sumsOf(gid + ':' + code), level: 'program' });
        continue;
      }
      if (gid !== progGid || !sameChars(code, progCode, 0, LEVEL_LENGTH.program)) {
        progCode = code.slice(0, LEVEL_LENGTH.program);
        progGid = gid;
        progSums = sumsOf(gid + ':' + progCode);
        kegGid = -1; // the kept kegiatan belongs to another programme now
      }
      const isSub = p.level === 'sub_kegiatan';
      // The kept kegiatan shares the programme part just checked, so only its K.KK part needs comparing.
      if (isSub && (gid !== kegGid || !sameChars(code, kegCode, LEVEL_LENGTH.program, LEVEL_LENGTH.kegiatan))) {
        kegCode = code.slice(0, LEVEL_LENGTH.kegiatan);
        kegGid = gid;
        kegSums = sumsOf(gid + ':' + kegCode);
      }
      if (!isSub) parents.push({ row: r, sums: sumsOf(gid + ':' + code), level: 'kegiatan' });
      // An empty pagu counts as 0 (field.required reports it); an unreadable one leaves the sum unknown.
      const pagu = r.pagu ?? 0;
      const unknown = r.pagu === undefined && unreadable !== undefined && unreadable.has(r.row);
      const direct = (isSub ? kegSums : progSums) as Sums;
      direct.sum += pagu;
      direct.count++;
      if (unknown) direct.unknown = true;
      if (isSub) {
        const prog = progSums as Sums;
        prog.subSum += pagu;
        prog.subCount++;
        if (unknown) prog.subUnknown = true;
      }
    }

    for (const { row: r, sums: s, level } of parents) {
      const pagu = r.pagu;
      if (pagu === undefined) continue;
      const viaSub = level === 'program' && s.count === 0;
      const count = viaSub ? s.subCount : s.count;
      const sum = viaSub ? s.subSum : s.sum;
      if (count === 0 || (viaSub ? s.subUnknown : s.unknown)) continue;
      // Differences below Rp 1 are rounding.
      if (Math.abs(pagu - sum) < 1) continue;
      const lang = ctx.lang;
      report(
        r.row,
        'pagu',
        { pagu: formatRupiah(pagu, lang), sum: formatRupiah(sum, lang), diff: formatRupiah(Math.abs(pagu - sum), lang), count },
        { variant: viaSub ? 'program_sub' : level },
      );
    }
  },
});
