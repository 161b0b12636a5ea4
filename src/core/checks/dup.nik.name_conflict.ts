// dup.nik.name_conflict: one NIK is one person, so every row carrying it must name the same person (after name normalisation).
import { editDistance } from '../text/fuzzy';
import { maskId } from '../text/mask';
import { people } from './person';
import { defineCrossRule } from './types';

const SPELLING = { variant: 'spelling' } as const;

export const rule = defineCrossRule({
  id: 'dup.nik.name_conflict',
  kind: 'beneficiary',
  severity: 'error',
  check(registers, _ctx, report) {
    const p = people(registers);
    const { keys, first, next, size } = p.nik;
    let names: { of: Int32Array; keys: readonly string[] } | undefined;
    for (let g = 0; g < keys.length; g++) {
      if (size[g] < 2) continue;
      names ??= p.name;
      // A row without a name (id -1) is field.required's finding, not a conflict.
      let seen = -1;
      let differ = false;
      for (let o = first[g]; o >= 0 && !differ; o = next[o]) {
        const n = names.of[o];
        if (n < 0) continue;
        if (seen < 0) seen = n;
        else differ = n !== seen;
      }
      if (!differ) continue;
      const named: number[] = [];
      const distinct = new Set<number>();
      for (let o = first[g]; o >= 0; o = next[o]) {
        if (names.of[o] < 0) continue;
        named.push(o);
        distinct.add(names.of[o]);
      }
      // One letter apart is most likely a typing slip; further apart may be two people sharing one NIK. Both are errors,
      // but they call for different checks, so they read differently.
      let slip = true;
      for (const n of distinct) if (n !== seen && editDistance(names.keys[seen], names.keys[n], 1) > 1) slip = false;
      const params = { nik: maskId(keys[g]), count: distinct.size, rows: named.length };
      if (slip) report(p.places(named, 'nama'), params, SPELLING);
      else report(p.places(named, 'nama'), params);
    }
  },
});
