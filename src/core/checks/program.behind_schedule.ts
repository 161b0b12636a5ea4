// program.behind_schedule: a sub-kegiatan's cumulative physical progress below the expected curve for the current quarter.
import { formatPercent } from '../i18n/format';
import { FISIK, TW_ROMAN, isBehind, latestQuarter, reportedQuarter, type Quarter } from '../rollup/progress';
import { defineCrossRule } from './types';

export const rule = defineCrossRule({
  id: 'program.behind_schedule',
  kind: 'program',
  severity: 'warning',
  check(registers, ctx, report) {
    const expected = ctx.config.expectedFisik;
    for (let reg = 0; reg < registers.length; reg++) {
      const view = registers[reg];
      if (!FISIK.some((f) => view.mapped.has(f))) continue;
      // Each register is judged at the latest quarter it reports, unless the city fixed one.
      const q = ctx.quarter ?? latestQuarter(view.rows, FISIK);
      if (q === undefined) continue;
      for (const r of view.rows) {
        if (r.level !== 'sub_kegiatan' || !isBehind(r, q, expected)) continue;
        const at: Quarter = reportedQuarter(r, FISIK, q)!;
        const actual = r[FISIK[at - 1]]!;
        const params = { tw: TW_ROMAN[q - 1], actual: formatPercent(actual, ctx.lang), expected: formatPercent(expected[q - 1], ctx.lang) };
        // An empty cell for the quarter: the figure shown is the last one reported, and the message says so.
        const field = view.mapped.has(FISIK[q - 1]) ? FISIK[q - 1] : FISIK[at - 1];
        if (at === q) report([{ register: reg, row: r.row, field }], params);
        else report([{ register: reg, row: r.row, field }], { ...params, atTw: TW_ROMAN[at - 1] }, { variant: 'carried' });
      }
    }
  },
});
