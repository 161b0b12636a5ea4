// program.code_duplicate: a programme, kegiatan or sub-kegiatan code appears once per OPD and year, across every register.
import { foldWords } from '../text/fold';
import { indexPrograms, type ProgramIndex, type RowRef } from '../rollup/program-tree';
import { otherRows } from '../rollup/where';
import { defineCrossRule, type RegisterView } from './types';

const SEP = '\u0002';

/**
 * Renja tables give a programme or sub-kegiatan one line per indicator; when the code is repeated on those lines, the
 * repeats carry no pagu and another indicator. Such a line is part of the entry, not a second entry. Only judged when the
 * register has pagu and indikator columns (without them, nothing tells a continuation from a copy).
 */
function isIndicatorLine(registers: readonly RegisterView<'program'>[], ref: RowRef, first: RowRef): boolean {
  const view = registers[ref.reg];
  if (!view.mapped.has('pagu') || !view.mapped.has('indikator')) return false;
  const r = view.rows[ref.i];
  if (r.pagu !== undefined || r.indikator === undefined) return false;
  const own = foldWords(r.indikator);
  const firstInd = registers[first.reg].rows[first.i].indikator;
  return own !== '' && own !== foldWords(firstInd ?? '');
}

function groups(idx: ProgramIndex): Map<string, RowRef | RowRef[]> {
  const out = new Map<string, RowRef | RowRef[]>();
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const rows = idx.registers[reg].rows;
    for (let i = 0; i < rows.length; i++) {
      const level = idx.level(reg, i);
      // Urusan and bidang rows are headings that some sheets repeat on every page: not entries.
      if (level === undefined || level === 'urusan' || level === 'bidang') continue;
      const key = idx.scope(reg, i) + SEP + idx.code(reg, i);
      const seen = out.get(key);
      if (seen === undefined) out.set(key, { reg, i });
      else if (Array.isArray(seen)) seen.push({ reg, i });
      else out.set(key, [seen, { reg, i }]);
    }
  }
  return out;
}

export const rule = defineCrossRule({
  id: 'program.code_duplicate',
  kind: 'program',
  severity: 'error',
  check(registers, ctx, report) {
    const idx = indexPrograms(registers);
    for (const refs of groups(idx).values()) {
      if (!Array.isArray(refs)) continue;
      // The entry is the first row with a pagu: continuation lines are judged against its indicator.
      const first = refs.find((x) => registers[x.reg].rows[x.i].pagu !== undefined) ?? refs[0];
      const counted = refs.filter((x) => x === first || !isIndicatorLine(registers, x, first));
      if (counted.length < 2) continue;
      const code = idx.code(counted[0].reg, counted[0].i)!;
      report(
        counted.map((x) => ({ register: x.reg, row: registers[x.reg].rows[x.i].row, field: 'kode' })),
        { code, count: counted.length, opd: idx.opdLabel(counted[0].reg, counted[0].i), others: otherRows(registers, counted, ctx.lang) },
      );
    }
  },
});
