// program.rpjmd_unmapped: every programme and sub-kegiatan serves an RPJMD misi or sasaran, and only those the RPJMD holds.
import { fold } from '../text/fold';
import { LEVEL_LENGTH } from '../ref/program-code';
import { indexPrograms, type ProgramIndex, type RowRef } from '../rollup/program-tree';
import { foldRpjmdCode, hasRpjmdValue, rpjmdCodes } from '../ref/rpjmd';
import { defineCrossRule, type CrossReport } from './types';

const SEP = '\u0002';
const MAX_SHOWN = 40;
const VARIANT = { misi: { variant: 'misi_unknown' }, sasaran: { variant: 'sasaran_unknown' } } as const;

/** A row is mapped when it, or a row above it (kegiatan, programme, ...), names a misi or a sasaran. */
const mappedValue = (r: { misi?: string; sasaran?: string }): true | undefined =>
  hasRpjmdValue(r.misi) || hasRpjmdValue(r.sasaran) ? true : undefined;

/**
 * Renja maps the programme level to RPJMD sasaran, and kegiatan and sub-kegiatan rows follow their programme. So a
 * sub-kegiatan is unmapped only when neither it nor any row above it names a misi or sasaran, and the finding is one per
 * programme: its row (when present and unmapped) and every unmapped sub-kegiatan under it. A programme row whose
 * sub-kegiatan rows all carry their own mapping is not reported: the agency maps at that level.
 */
function unmapped(idx: ProgramIndex, report: CrossReport): void {
  interface Group {
    programme?: RowRef;
    leaves: RowRef[];
    anyLeaf: boolean;
    code: string;
    field: string;
  }
  const groups = new Map<string, Group>();
  const groupOf = (reg: number, i: number, code: string, field: string): Group => {
    const key = reg + SEP + idx.scope(reg, i) + SEP + code;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { leaves: [], anyLeaf: false, code, field }));
    return g;
  };
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const view = idx.registers[reg];
    if (!view.mapped.has('misi') && !view.mapped.has('sasaran')) continue;
    const field = view.mapped.has('sasaran') ? 'sasaran' : 'misi';
    for (let i = 0; i < view.rows.length; i++) {
      const level = idx.level(reg, i);
      if (level !== 'program' && level !== 'sub_kegiatan') continue;
      const prog = idx.code(reg, i)!.slice(0, LEVEL_LENGTH.program);
      // The programme row may be written generically (X.XX.01) above sub-kegiatan of the bidang's own code (1.06.01...).
      const pj = level === 'program' ? i : idx.rowOf(reg, i, prog);
      const g = groupOf(reg, i, (pj === undefined ? undefined : idx.code(reg, pj)) ?? prog, field);
      const isMapped = idx.inherit(reg, i, mappedValue) === true;
      if (level === 'program') {
        if (!isMapped && !g.programme) g.programme = { reg, i };
      } else {
        g.anyLeaf = true;
        if (!isMapped) g.leaves.push({ reg, i });
      }
    }
  }
  for (const g of groups.values()) {
    const rows = g.programme ? [g.programme, ...g.leaves] : g.leaves;
    if (g.leaves.length === 0 && (g.anyLeaf || !g.programme)) continue;
    const places = rows.map((x) => ({ register: x.reg, row: idx.registers[x.reg].rows[x.i].row, field: g.field }));
    if (g.leaves.length === 0) report(places, { code: g.code }, { variant: 'program' });
    else report(places, { code: g.code, count: g.leaves.length });
  }
}

/** Reference codes compared by `foldRpjmdCode`, whichever folding the reference was stored with. */
function keysOf(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of set) out.add(foldRpjmdCode(s));
  return out;
}

function unknownCodes(idx: ProgramIndex, ref: { misi: ReadonlySet<string>; sasaran: ReadonlySet<string> }, report: CrossReport): void {
  const known = { misi: keysOf(ref.misi), sasaran: keysOf(ref.sasaran) };
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const view = idx.registers[reg];
    for (const field of ['misi', 'sasaran'] as const) {
      // A reference without a misi (or sasaran) column says nothing about that field.
      if (!view.mapped.has(field) || ref[field].size === 0) continue;
      const memo = new Map<string, boolean>();
      for (let i = 0; i < view.rows.length; i++) {
        const value = view.rows[i][field];
        if (!hasRpjmdValue(value)) continue;
        let ok = memo.get(value!);
        if (ok === undefined) {
          const codes = rpjmdCodes(value!);
          // Listed codes each known, or the whole cell known (a misi written as its text, commas and all).
          ok =
            codes.length === 0 ||
            codes.every((c) => known[field].has(c)) ||
            known[field].has(foldRpjmdCode(value!)) ||
            ref[field].has(fold(value!));
          memo.set(value!, ok);
        }
        if (ok) continue;
        const shown = value!.trim();
        report(
          [{ register: reg, row: view.rows[i].row, field }],
          { value: shown.length > MAX_SHOWN ? shown.slice(0, MAX_SHOWN) + '…' : shown },
          VARIANT[field],
        );
      }
    }
  }
}

export const rule = defineCrossRule({
  id: 'program.rpjmd_unmapped',
  kind: 'program',
  severity: 'error',
  check(registers, ctx, report) {
    const idx = indexPrograms(registers);
    unmapped(idx, report);
    if (ctx.refs.rpjmd) unknownCodes(idx, ctx.refs.rpjmd, report);
  },
});
