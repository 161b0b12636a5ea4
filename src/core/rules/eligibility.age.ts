// eligibility.age: the recipient's age today falls outside the programme's age band (default KIP/PIP 6-21).
import { dayOf, dayParts, formatDay } from '../i18n/format';
import type { Day } from '../model/types';
import { defineRule } from './types';

/**
 * The last day of birth by which a person has turned `years` on `today`: whole-year age counts birthdays, and
 * someone born on 29 February turns a year older on 1 March in a common year (so the last such day is 28 February).
 */
function bornBy(today: { y: number; m: number; d: number }, years: number): Day {
  const y = today.y - years;
  return dayOf(y, today.m, today.d) ?? (dayOf(y, 3, 1) as Day) - 1;
}

function ageOn(today: { y: number; m: number; d: number }, birth: Day): number {
  const b = dayParts(birth);
  return today.y - b.y - (today.m < b.m || (today.m === b.m && today.d < b.d) ? 1 : 0);
}

interface Band {
  /** Born after this day: younger than the minimum. */
  youngAfter: Day;
  /** Born on or before this day: older than the maximum. */
  oldBy: Day;
  min?: number;
  max?: number;
}

export const rule = defineRule({
  id: 'eligibility.age',
  kind: 'beneficiary',
  severity: 'warning',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('tanggal_lahir')) return;
    const today = dayParts(ctx.today);
    const date = formatDay(ctx.today);
    // Age per row reduces to comparing the birth day with two precomputed days per programme.
    const bands = new Map<string, Band | null>();
    const bandOf = (program: string): Band | null => {
      let b = bands.get(program);
      if (b === undefined) {
        const p = Object.prototype.hasOwnProperty.call(ctx.config.programs, program) ? ctx.config.programs[program] : undefined;
        const min = p?.ageMin;
        const max = p?.ageMax;
        b =
          min === undefined && max === undefined
            ? null
            : {
                youngAfter: min === undefined ? Infinity : bornBy(today, min),
                oldBy: max === undefined ? -Infinity : bornBy(today, max + 1),
                min,
                max,
              };
        bands.set(program, b);
      }
      return b;
    };
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const birth = r.tanggal_lahir;
      // No date of birth (common for KIP children) says nothing; a birth after today is a date error, not an age.
      if (birth === undefined || r.program === undefined || birth > ctx.today) continue;
      const b = bandOf(r.program);
      if (!b || (birth <= b.youngAfter && birth > b.oldBy)) continue;
      const params: Record<string, string | number> = { age: ageOn(today, birth), date, program: r.program };
      if (b.min !== undefined) params.min = b.min;
      if (b.max !== undefined) params.max = b.max;
      const variant = b.min === undefined ? 'max' : b.max === undefined ? 'min' : undefined;
      report(r.row, 'tanggal_lahir', params, variant ? { variant } : undefined);
    }
  },
});
