// dup.person.different_nik: the same name and birth date under two NIKs is probably one person registered twice.
//
// Rows are chained into blocks by birth date (an array indexed by day, no hashing), and compared only within a block,
// for exact equality of the normalised name (text/name.ts already merges titles, spacing and spelling variants). Names
// one letter apart are not matched: twins share a birth date and are often named alike ("Hasan" / "Husin"), and flagging
// them would put two real children under review. Rows without a trusted NIK, a name or a birth date take no part.
import { people, type People } from './person';
import { defineCrossRule, type CrossReport } from './types';

/** Reports the rows of one block that share a name under different NIKs, one finding per name. */
function reportBlock(p: People, block: readonly number[], name: Int32Array, nik: Int32Array, report: CrossReport): void {
  const byName = new Map<number, number[]>();
  for (const o of block) {
    const list = byName.get(name[o]);
    if (list) list.push(o);
    else byName.set(name[o], [o]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const niks = new Set<number>();
    for (const o of list) niks.add(nik[o]);
    if (niks.size > 1) report(p.places(list, 'nik'), { count: niks.size, rows: list.length });
  }
}

export const rule = defineCrossRule({
  id: 'dup.person.different_nik',
  kind: 'beneficiary',
  severity: 'warning',
  check(registers, _ctx, report) {
    const p = people(registers);
    const nik = p.nik.of;
    const name = p.name.of;
    const day = new Float64Array(p.total).fill(NaN);
    let min = Infinity;
    let max = -Infinity;
    for (let g = 0, o = 0; g < registers.length; g++) {
      for (const r of registers[g].rows) {
        const d = r.tanggal_lahir;
        if (d !== undefined && Number.isInteger(d) && nik[o] >= 0 && name[o] >= 0) {
          day[o] = d;
          if (d < min) min = d;
          if (d > max) max = d;
        }
        o++;
      }
    }
    if (min > max) return;
    // Blocks as chains in row order: built backwards so that each row is put in front of the later ones.
    const head = new Int32Array(max - min + 1).fill(-1);
    const size = new Int32Array(max - min + 1);
    const next = new Int32Array(p.total).fill(-1);
    for (let o = p.total - 1; o >= 0; o--) {
      if (Number.isNaN(day[o])) continue;
      const b = day[o] - min;
      next[o] = head[b];
      head[b] = o;
      size[b]++;
    }
    // Within a block, the NIK last seen under each name, stamped with the block: one pass finds a name under two NIKs.
    const stamp = new Int32Array(p.name.keys.length).fill(-1);
    const nikOfName = new Int32Array(p.name.keys.length);
    for (let b = 0; b < head.length; b++) {
      if (size[b] < 2) continue;
      let found = false;
      for (let o = head[b]; o >= 0 && !found; o = next[o]) {
        const n = name[o];
        if (stamp[n] !== b) {
          stamp[n] = b;
          nikOfName[n] = nik[o];
        } else found = nikOfName[n] !== nik[o];
      }
      if (!found) continue;
      const block: number[] = [];
      for (let o = head[b]; o >= 0; o = next[o]) block.push(o);
      reportBlock(p, block, name, nik, report);
    }
  },
});
