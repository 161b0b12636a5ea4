// program.target_missing: every sub-kegiatan needs an indicator target above zero; programme and kegiatan rows are never flagged.
import { codeLevelOf } from '../ref/program-code';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'program.target_missing',
  kind: 'program',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('target')) return;
    // An unreadable target is already a field.type finding.
    let unreadable: Set<number> | undefined;
    for (const is of ctx.issues) if (is.field === 'target') (unreadable ??= new Set()).add(is.row);
    for (const r of rows) {
      const target = r.target;
      if (target !== undefined && target !== 0) continue;
      if (codeLevelOf(r) !== 'sub_kegiatan') continue;
      if (unreadable && unreadable.has(r.row)) continue;
      // A sub-kegiatan dropped in the budget change keeps its row with pagu 0 and target 0: nothing is planned, nothing missing.
      if (target === 0 && r.pagu === 0) continue;
      if (target === undefined) report(r.row, 'target');
      else report(r.row, 'target', {}, { variant: 'zero' });
    }
  },
});
