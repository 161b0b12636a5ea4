// exclusive.program: a person (NIK) or a family (KK) may not receive two programmes that exclude each other in one period.
//
// Pairs come from ctx.config.exclusive (by default BST with PKH and BST with BPNT/Sembako: BST went to families outside
// both). Periods compare as written; rows without a period meet only each other. Rows that receive nothing (rejected,
// inactive, deceased, moved) take no part. A family finding covers only pairs of rows that are not one person's: the
// person finding already shows those, and one pair of rows is never reported twice.
import type { RuleConfig } from '../model/config';
import { maskId } from '../text/mask';
import { people, type Groups, type People } from './person';
import { defineCrossRule, type CrossReport } from './types';

const NO_PERIOD = { variant: 'no_period' } as const;
const FAMILY = { variant: 'family' } as const;
const FAMILY_NO_PERIOD = { variant: 'family_no_period' } as const;

type Pair = readonly [string, string];

/** The configured pairs, each once, in the order configured. */
function pairsOf(config: RuleConfig): Pair[] {
  const out: Pair[] = [];
  for (const [a, b] of config.exclusive ?? []) {
    if (a === b || out.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
    out.push([a, b]);
  }
  return out;
}

/**
 * Programme ids of one run, and the pairs as bit masks over them, so that a group is ruled out with integer work alone.
 * Ids past 30 do not fit a mask; such a run (over 30 programmes) skips the quick test.
 */
interface Programs {
  paired: Uint8Array;
  masks: number[];
  wide: boolean;
}

/** Whether a group may hold receiving rows of both programmes of some pair: most groups do not, and are left at that. */
function mayConflict(first: number, next: Int32Array, program: Int32Array, receiving: Uint8Array, ps: Programs): boolean {
  if (ps.wide) return true;
  let seen = 0;
  for (let o = first; o >= 0; o = next[o]) {
    const id = program[o];
    if (id >= 0 && ps.paired[id] === 1 && receiving[o] === 1) seen |= 1 << id;
  }
  for (const m of ps.masks) if ((seen & m) === m) return true;
  return false;
}

/** Rows of a group that receive a programme named in some pair, bucketed by period. */
function byPeriod(p: People, first: number, next: Int32Array, paired: Uint8Array): number[][] {
  const program = p.program.of;
  const receiving = p.receiving;
  const buckets: number[][] = [];
  for (let o = first; o >= 0; o = next[o]) {
    if (program[o] < 0 || paired[program[o]] === 0 || receiving[o] === 0) continue;
    const periode = p.row(o).periode;
    const home = buckets.find((b) => p.row(b[0]).periode === periode);
    if (home) home.push(o);
    else buckets.push([o]);
  }
  return buckets;
}

/** Rows of `from` that have a row of somebody else (another trusted NIK, or no trusted NIK) in `to`. */
function withOtherPerson(nik: Int32Array, from: readonly number[], to: readonly number[]): Set<number> {
  const perNik = new Map<number, number>();
  for (const o of to) if (nik[o] >= 0) perNik.set(nik[o], (perNik.get(nik[o]) ?? 0) + 1);
  const out = new Set<number>();
  for (const o of from) if (to.length - (nik[o] < 0 ? 0 : (perNik.get(nik[o]) ?? 0)) > 0) out.add(o);
  return out;
}

function scan(p: People, groups: Groups, pairs: readonly Pair[], ps: Programs, family: boolean, report: CrossReport): void {
  const { keys, first, next, size } = groups;
  const nik = p.nik.of;
  const program = p.program.of;
  const receiving = p.receiving;
  for (let g = 0; g < keys.length; g++) {
    if (size[g] < 2 || !mayConflict(first[g], next, program, receiving, ps)) continue;
    for (const bucket of byPeriod(p, first[g], next, ps.paired)) {
      if (bucket.length < 2) continue;
      const periode = p.row(bucket[0]).periode;
      for (const [a, b] of pairs) {
        const inA = bucket.filter((o) => p.row(o).program === a);
        const inB = bucket.filter((o) => p.row(o).program === b);
        if (inA.length === 0 || inB.length === 0) continue;
        let rows = bucket.filter((o) => {
          const prog = p.row(o).program;
          return prog === a || prog === b;
        });
        if (family) {
          // Only rows that meet somebody else's row in the other programme: one person's pairs are the person finding's.
          const keepA = withOtherPerson(nik, inA, inB);
          if (keepA.size === 0) continue;
          const keepB = withOtherPerson(nik, inB, inA);
          rows = rows.filter((o) => keepA.has(o) || keepB.has(o));
        }
        const places = p.places(rows, 'program');
        const pair = { program: a, other: b, count: rows.length };
        if (family) {
          if (periode === undefined) report(places, { kk: maskId(keys[g]), ...pair }, FAMILY_NO_PERIOD);
          else report(places, { kk: maskId(keys[g]), ...pair, periode }, FAMILY);
        } else if (periode === undefined) report(places, { nik: maskId(keys[g]), ...pair }, NO_PERIOD);
        else report(places, { nik: maskId(keys[g]), ...pair, periode });
      }
    }
  }
}

export const rule = defineCrossRule({
  id: 'exclusive.program',
  kind: 'beneficiary',
  severity: 'error',
  check(registers, ctx, report) {
    const pairs = pairsOf(ctx.config);
    if (pairs.length === 0) return;
    const p = people(registers);
    const { keys } = p.program;
    const ps: Programs = { paired: new Uint8Array(keys.length), masks: [], wide: false };
    for (const [a, b] of pairs) {
      const ia = keys.indexOf(a);
      const ib = keys.indexOf(b);
      if (ia < 0 || ib < 0) continue;
      ps.paired[ia] = ps.paired[ib] = 1;
      if (ia > 30 || ib > 30) ps.wide = true;
      else ps.masks.push((1 << ia) | (1 << ib));
    }
    if (ps.masks.length === 0 && !ps.wide) return;
    scan(p, p.nik, pairs, ps, false, report);
    scan(p, p.kk, pairs, ps, true, report);
  },
});
