// dup.nik.same_program: one person has one row per programme and period; a NIK listed twice there is a double payment risk.
import { maskId } from '../text/mask';
import { people, type People } from './person';
import { defineCrossRule } from './types';

const NO_PERIOD = { variant: 'no_period' } as const;
const NO_PROGRAM = { variant: 'no_program' } as const;
/** Up to this many rows per NIK, duplicates are looked for pair by pair without allocating; larger groups go to buckets at once. */
const SMALL = 16;

/**
 * Whether two rows are in one programme and period. Rows without a programme only meet rows of their own sheet: a sheet
 * without a programme column is one programme's list, but two such sheets need not be the same programme.
 */
function sameSlot(p: People, x: number, y: number): boolean {
  const a = p.row(x);
  const b = p.row(y);
  return a.program === b.program && a.periode === b.periode && (a.program !== undefined || p.registerOf(x) === p.registerOf(y));
}

function hasDuplicate(p: People, first: number, next: Int32Array): boolean {
  for (let x = first; x >= 0; x = next[x]) for (let y = next[x]; y >= 0; y = next[y]) if (sameSlot(p, x, y)) return true;
  return false;
}

export const rule = defineCrossRule({
  id: 'dup.nik.same_program',
  kind: 'beneficiary',
  severity: 'error',
  check(registers, _ctx, report) {
    const p = people(registers);
    const { keys, first, next, size } = p.nik;
    for (let g = 0; g < keys.length; g++) {
      if (size[g] < 2 || (size[g] <= SMALL && !hasDuplicate(p, first[g], next))) continue;
      const buckets: number[][] = [];
      for (let o = first[g]; o >= 0; o = next[o]) {
        const home = buckets.find((b) => sameSlot(p, b[0], o));
        if (home) home.push(o);
        else buckets.push([o]);
      }
      for (const b of buckets) {
        if (b.length < 2) continue;
        const r = p.row(b[0]);
        const places = p.places(b, 'nik');
        const params = { nik: maskId(keys[g]), count: b.length };
        if (r.program === undefined) report(places, params, NO_PROGRAM);
        else if (r.periode === undefined) report(places, { ...params, program: r.program }, NO_PERIOD);
        else report(places, { ...params, program: r.program, periode: r.periode });
      }
    }
  },
});
