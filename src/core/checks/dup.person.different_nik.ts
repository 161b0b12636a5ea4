// dup.person.different_nik: the same name and birth date under two NIKs is probably one person registered twice.
//
// Rows are chained into blocks by birth date (an array indexed by day, no hashing), and compared only within a block,
// for exact equality of the normalised name (text/name.ts already merges titles, spacing and spelling variants). Names
// one letter apart are not matched: twins share a birth date and are often named alike ("Hasan" / "Husin"), and flagging
// them would put two real children under review. Rows without a trusted NIK, a name or a birth date take no part.
//
// Nearly every block holds several people, so nearly every name is normalised; to keep that cheap, a block is first
// screened by a 31-bit hash of each name (equal names have equal hashes), and only a block where one hash shows up
// under two NIKs is read again with the names themselves, which also settles the rare hash collision.
import { nameCodes, normalizeName, normalizeNameCodes } from '../text/name';
import { NO_DAY, people, type People } from './person';
import { defineCrossRule, type CrossReport } from './types';

/** A hash of a name's normalised key, 31 bits; -1 when there is no name or it has no letters or digits. */
function nameHash(raw: string | undefined): number {
  if (raw === undefined) return -1;
  const n = normalizeNameCodes(raw);
  if (n === 0) return -1;
  const codes = nameCodes();
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ codes[i], 0x01000193);
  return h >>> 1;
}

/** Reports the rows of one block that share a name under different NIKs, one finding per name. */
function reportBlock(p: People, block: readonly number[], nik: Int32Array, report: CrossReport): void {
  const byName = new Map<string, number[]>();
  for (const o of block) {
    const key = normalizeName(p.row(o).nama!);
    if (key === '') continue;
    const list = byName.get(key);
    if (list) list.push(o);
    else byName.set(key, [o]);
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
    // A row takes part with a trusted NIK and a birth date; one without a name is left out when its block is read.
    const day = p.birthDay;
    let min = Infinity;
    let max = -Infinity;
    for (let o = 0; o < p.total; o++) {
      const d = day[o];
      if (d === NO_DAY || nik[o] < 0) continue;
      if (d < min) min = d;
      if (d > max) max = d;
    }
    if (min > max) return;
    // Blocks as chains in row order: built backwards so that each row is put in front of the later ones.
    const head = new Int32Array(max - min + 1).fill(-1);
    const size = new Int32Array(max - min + 1);
    const next = new Int32Array(p.total).fill(-1);
    for (let o = p.total - 1; o >= 0; o--) {
      if (day[o] === NO_DAY || nik[o] < 0) continue;
      const b = day[o] - min;
      next[o] = head[b];
      head[b] = o;
      size[b]++;
    }
    // A block of one NIK cannot hold one name under two NIKs: its names are left unread.
    const live = new Uint8Array(head.length);
    let largest = 0;
    for (let b = 0; b < head.length; b++) {
      if (size[b] < 2) continue;
      for (let o = next[head[b]]; o >= 0 && live[b] === 0; o = next[o]) if (nik[o] !== nik[head[b]]) live[b] = 1;
      if (live[b] === 1 && size[b] > largest) largest = size[b];
    }
    if (largest === 0) return;
    // Names are hashed in row order, which reads the rows where they lie in memory (block order would jump about).
    const hash = new Int32Array(p.total);
    for (let g = 0, o = 0; g < registers.length; g++) {
      for (const r of registers[g].rows) {
        if (day[o] !== NO_DAY && nik[o] >= 0 && live[day[o] - min] === 1) hash[o] = nameHash(r.nama);
        o++;
      }
    }
    // Within a block, the NIK first seen under each hash, in a small table stamped with the block instead of cleared.
    let cap = 16;
    while (cap < largest * 2) cap *= 2;
    const mask = cap - 1;
    const stamp = new Int32Array(cap).fill(-1);
    const slotHash = new Int32Array(cap);
    const slotNik = new Int32Array(cap);
    for (let b = 0; b < head.length; b++) {
      if (live[b] === 0) continue;
      let found = false;
      for (let o = head[b]; o >= 0 && !found; o = next[o]) {
        const h = hash[o];
        if (h < 0) continue;
        for (let s = h & mask; ; s = (s + 1) & mask) {
          if (stamp[s] !== b) {
            stamp[s] = b;
            slotHash[s] = h;
            slotNik[s] = nik[o];
            break;
          }
          if (slotHash[s] === h) {
            found = slotNik[s] !== nik[o];
            break;
          }
        }
      }
      if (!found) continue;
      const block: number[] = [];
      for (let o = head[b]; o >= 0; o = next[o]) if (hash[o] >= 0) block.push(o);
      reportBlock(p, block, nik, report);
    }
  },
});
