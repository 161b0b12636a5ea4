// dup.nik.name_conflict: one NIK is one person, so every row carrying it must name the same person (after name normalisation).
import { editDistance } from '../text/fuzzy';
import { maskId } from '../text/mask';
import { nameCodes, normalizeName, normalizeNameCodes } from '../text/name';
import { people, type People } from './person';
import { defineCrossRule } from './types';

const SPELLING = { variant: 'spelling' } as const;

/** The key of a group's first named row, as codes: the other rows compare with it without a string being built. */
let firstKey = new Uint16Array(64);

/** Whether the named rows of a group (first[g] chained by next) do not all normalise to one key. */
function namesDiffer(p: People, first: number, next: Int32Array): boolean {
  let firstLen = -1;
  for (let o = first; o >= 0; o = next[o]) {
    const raw = p.row(o).nama;
    // A row without a name (or one that normalises to nothing) is field.required's finding, not a conflict.
    const n = raw === undefined ? 0 : normalizeNameCodes(raw);
    if (n === 0) continue;
    const codes = nameCodes();
    if (firstLen < 0) {
      if (firstKey.length < n) firstKey = new Uint16Array(n * 2);
      firstKey.set(codes.subarray(0, n));
      firstLen = n;
      continue;
    }
    if (n !== firstLen) return true;
    for (let i = 0; i < n; i++) if (codes[i] !== firstKey[i]) return true;
  }
  return false;
}

export const rule = defineCrossRule({
  id: 'dup.nik.name_conflict',
  kind: 'beneficiary',
  severity: 'error',
  check(registers, _ctx, report) {
    const p = people(registers);
    const { keys, first, next, size } = p.nik;
    // Names are compared within one NIK only, so only rows whose NIK is on other rows too get their name normalised.
    for (let g = 0; g < keys.length; g++) {
      if (size[g] < 2 || !namesDiffer(p, first[g], next)) continue;
      const named: number[] = [];
      const distinct = new Set<string>();
      let seen = '';
      for (let o = first[g]; o >= 0; o = next[o]) {
        const raw = p.row(o).nama;
        const n = raw === undefined ? '' : normalizeName(raw);
        if (n === '') continue;
        if (seen === '') seen = n;
        named.push(o);
        distinct.add(n);
      }
      // One letter apart is most likely a typing slip; further apart may be two people sharing one NIK. Both are errors,
      // but they call for different checks, so they read differently.
      let slip = true;
      for (const n of distinct) if (n !== seen && editDistance(seen, n, 1) > 1) slip = false;
      const params = { nik: maskId(keys[g]), count: distinct.size, rows: named.length };
      if (slip) report(p.places(named, 'nama'), params, SPELLING);
      else report(p.places(named, 'nama'), params);
    }
  },
});
