// Which household receives what: PKH and Sembako for poor families, BST 2021 only outside PKH/BPNT 2021, PBI-JK for whole families, PIP for pupils.
import { pipLevel, pkhAmount, type ListPlan, type Lists } from './lists';
import type { Family, Person } from './people';
import type { Rng } from './random';
import type { Status } from './render';

/** The person a programme's list names for the household: PKH and Sembako go to the mother when there is one. */
export const mother = (f: Family): Person => f.members.find((m) => m.role === 'istri') ?? f.members[0];
export const head = (f: Family): Person => f.members[0];

/** Adds each family's rows to the lists; returns the families that received anything (all of them are in the DTKS extract). */
export function enrol(rng: Rng, families: readonly Family[], lists: Lists): Set<Family> {
  const receiving = new Set<Family>();
  const add = (list: ListPlan, p: Person): void => {
    list.entries.push(list.make(p));
    receiving.add(p.family);
  };
  for (const f of families) {
    // Social aid serves desil 1-4; richer households are only in the DTKS extract, if at all.
    if (f.desil > 4) continue;
    const pkh = pkhAmount(f) > 0 && rng.chance(0.45);
    const sembako = pkh ? rng.chance(0.8) : rng.chance(0.3);
    const pkh21 = pkh ? rng.chance(0.6) : pkhAmount(f) > 0 && rng.chance(0.05);
    const bpnt21 = sembako ? rng.chance(0.6) : rng.chance(0.08);
    // BST went to families outside PKH and BPNT in 2021.
    const bst21 = !pkh21 && !bpnt21 && rng.chance(0.3);
    const pbi = rng.chance(0.1);
    if (pkh) add(lists.pkh(f.kelurahan), mother(f));
    if (sembako) add(lists.sembako(f.kelurahan), rng.chance(0.6) ? head(f) : mother(f));
    if (pkh21) add(lists.pkh2021, mother(f));
    if (bpnt21) add(lists.bpnt2021, head(f));
    if (bst21) add(lists.bst, head(f));
    if (pbi) for (const m of f.members) add(lists.pbi(f.kecamatan), m);
    if (pkh || sembako)
      for (const child of f.members) {
        const level = child.role === 'anak' ? pipLevel(child) : undefined;
        if (level && rng.chance(0.45)) add(lists.pip(level), child);
      }
  }
  return receiving;
}

/**
 * Real lists carry rows that no longer receive: graduated, moved, deceased (and struck off), rejected at verification. Only
 * people listed once get such a status, so that no one is marked dead in one list and active in another.
 */
export function ageTheLists(rng: Rng, lists: readonly ListPlan[]): void {
  const seen = new Map<string, number>();
  for (const l of lists) for (const e of l.entries) seen.set(e.person.nik, (seen.get(e.person.nik) ?? 0) + 1);
  for (const l of lists) {
    for (const e of l.entries) {
      const p = e.person;
      if (p.role === 'kepala' && p.sex === 'P' && p.family.members.length > 1 && rng.chance(0.3)) e.ket = 'Janda, suami meninggal dunia';
      if (seen.get(p.nik) !== 1 || !rng.chance(0.07)) continue;
      const status = rng.weighted<Status | 'ditolak'>(['nonaktif', 'pindah', 'meninggal', 'ditolak'], [3, 2, 1.5, 1.5]);
      if (status === 'ditolak') {
        e.verif = 'Ditolak';
        e.status = 'nonaktif';
        e.ket = 'Tidak ditemukan di alamat';
        delete e.nominal;
        continue;
      }
      e.status = status;
      delete e.verif;
      if (status === 'meninggal') {
        // The amount may stay on the row when a remark says it went back: handled, not a finding. Without a remark column
        // nothing would say so, and the row would rightly be flagged.
        const remark = l.shape.cols.some((c) => c.col === 'ket') && rng.chance(0.5);
        e.ket = remark ? 'KPM meninggal, dana dikembalikan' : 'Meninggal dunia, dicoret';
        if (!remark) delete e.nominal;
      } else {
        delete e.nominal;
        e.ket = status === 'pindah' ? rng.pick(['Pindah ke Kab. Langkat', 'Pindah domisili', 'Pindah ke Medan']) : 'Graduasi mandiri';
      }
    }
  }
}
