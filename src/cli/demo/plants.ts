// The problems planted in the recipient lists on purpose, each on households made for it, so the engine's findings can be checked one by one.
import { BINJAI_KELURAHAN, type Kelurahan } from '../../core/ref/wilayah';
import { nikOf, type Ymd } from './ids';
import { head, mother } from './enrol';
import { pipLevel, pkhAmount, type ListPlan, type Lists, type PipLevel } from './lists';
import { personName } from './names';
import type { Family, Person, PopulationBuilder } from './people';
import type { Rng } from './random';
import { birthText, sexText, type Entry } from './render';
import type { Col } from './shapes';

export interface PlantResult {
  /** Households made for plants: listed in the DTKS extract unless their NIK is in `notListed`. */
  families: Family[];
  /** NIKs left out of the DTKS extract on purpose. */
  notListed: Set<string>;
  /** People who appear under a second NIK: the extract lists that NIK too. */
  extra: Person[];
}

const has = (l: ListPlan, ...cols: Col[]): boolean => cols.every((c) => l.shape.cols.some((s) => s.col === c));

/** A one-letter slip inside the last word, far enough from every kelurahan to stay unknown: "Tanah Tinggi" -> "Tanah Tingi". */
export function typo(name: string): string {
  const at = name.lastIndexOf(' ') + 2;
  for (let i = Math.min(name.length - 2, at + 2); i > 0; i--) {
    if (name[i] === ' ' || name[i - 1] === ' ') continue;
    const t = name.slice(0, i) + name.slice(i + 1);
    if (!BINJAI_KELURAHAN.some((k) => k.name.toLowerCase().replace(/ /g, '') === t.toLowerCase().replace(/ /g, ''))) return t;
  }
  return name + 'h';
}

export function plant(rng: Rng, people: PopulationBuilder, lists: Lists): PlantResult {
  const families: Family[] = [];
  const notListed = new Set<string>();
  const extra: Person[] = [];
  const kelurahanLists = lists.all.filter((l) => l.kelurahan);

  const pick = (cands: readonly ListPlan[], ...cols: Col[]): ListPlan => {
    const ok = cands.filter((l) => has(l, ...cols));
    if (ok.length === 0) throw new Error(`no list has ${cols.join(', ')}`);
    return rng.pick(ok);
  };
  const familyIn = (kel: Kelurahan, desil = rng.int(1, 4), want?: (f: Family) => boolean): Family => {
    for (;;) {
      const f = people.family(kel, desil);
      if (want && !want(f)) continue;
      families.push(f);
      return f;
    }
  };
  const kelOf = (l: ListPlan): Kelurahan =>
    l.kelurahan ?? rng.pick(BINJAI_KELURAHAN.filter((k) => !l.kecamatan || k.kecamatan.code === l.kecamatan.code));
  const insert = (l: ListPlan, e: Entry, rule: string, note: string, at?: number): Entry => {
    (e.plants ??= []).push({ rule, note });
    l.entries.splice(at ?? rng.int(0, l.entries.length), 0, e);
    return e;
  };
  /** A new household in the list's kelurahan, its KPM added with a problem. */
  const one = (l: ListPlan, rule: string, note: string, tweak: (e: Entry, p: Person) => void, who = mother): Entry => {
    // A PKH household has a PKH component (a young child, a pupil, an elder).
    const f = familyIn(kelOf(l), rng.int(1, 4), l.programme === 'PKH' ? (x) => pkhAmount(x) > 0 : undefined);
    const e = l.make(who(f));
    tweak(e, e.person);
    return insert(l, e, rule, note);
  };
  const pkh = kelurahanLists.filter((l) => l.programme === 'PKH');
  const sembako = kelurahanLists.filter((l) => l.programme === 'BPNT/Sembako');

  // Identity numbers.
  one(pick(pkh), 'nik.format', 'NIK typed with 15 digits', (e, p) => (e.set = { nik: p.nik.slice(0, 10) + p.nik.slice(11) }));
  one(
    pick(sembako),
    'nik.region',
    'NIK of kecamatan 12.75.07, which Binjai does not have',
    (e, p) => (e.set = { nik: '127507' + p.nik.slice(6) }),
  );
  one(
    pick(kelurahanLists),
    'nik.region',
    'NIK of kab/kota 12.99, which does not exist',
    (e, p) => (e.set = { nik: '1299' + p.nik.slice(4) }),
  );
  one(pick(pkh), 'nik.stored_as_number', 'NIK typed as a number: Excel kept 15 digits and put 0 last', (e, p) => {
    e.set = { nik: Number(p.nik.slice(0, 15) + '0') };
  });
  one(
    lists.pbi(rng.pick(BINJAI_KELURAHAN).kecamatan),
    'nik.stored_as_number',
    'NIK typed by hand as a number: the 16th digit became 0',
    (e, p) => {
      e.set = { nik: Number(p.nik.slice(0, 15) + '0') };
    },
  );
  one(
    pick(sembako),
    'nik.stored_as_number',
    'NIK from Kota Jayapura (91.71) typed as a number above 2^53: the last digits changed',
    (e, p) => {
      const papua = nikOf('917101', p.birth, p.sex === 'P', rng.int(1, 999));
      p.nik = papua;
      e.set = { nik: Number(papua) };
    },
    head,
  );
  // A few NIKs and KKs typed as numbers that are still exact: a warning, the cell should become text.
  const regular = kelurahanLists.flatMap((l) => l.entries.filter((e) => !e.plants && !e.set && e.status === 'aktif'));
  const asNumber = (count: number, field: 'nik' | 'kk', note: string): void => {
    for (let i = 0; i < count; i++) {
      // A 16-digit number ending in 0 may have lost its last digit: only other numbers are still exact.
      const digits = (e: Entry): string => (field === 'nik' ? e.person.nik : e.person.family.kk);
      const cands = regular.filter((e) => !e.set && !digits(e).endsWith('0'));
      if (cands.length === 0) return;
      const e = rng.pick(cands);
      e.set = { [field]: Number(digits(e)) };
      (e.plants ??= []).push({ rule: `${field}.stored_as_number`, note });
    }
  };
  asNumber(3, 'nik', 'NIK typed as a number, still exact');
  asNumber(2, 'kk', 'KK typed as a number, still exact');
  one(pick(pkh, 'kk'), 'kk.format', 'KK number with 14 digits', (e, p) => (e.set = { kk: p.family.kk.slice(0, 14) }));

  // Birth date and sex against the NIK.
  {
    const l = pick(kelurahanLists.filter((x) => has(x, 'tgl') || has(x, 'ttl')));
    one(l, 'nik.dob_mismatch', 'birth date column one year off the NIK', (e, p) => {
      const col = has(l, 'tgl') ? 'tgl' : 'ttl';
      // 29 February has no twin a year earlier: the 28th keeps the date real, so only the mismatch is wrong.
      const shifted: Ymd = { y: p.birth.y - 1, m: p.birth.m, d: p.birth.m === 2 ? Math.min(p.birth.d, 28) : p.birth.d };
      e.set = { [col]: birthText(col, p, shifted, l.style) };
    });
  }
  {
    const l = pick(kelurahanLists, 'jk');
    one(l, 'nik.sex_mismatch', 'sex column the opposite of the NIK (day + 40 for a woman)', (e, p) => {
      e.set = { jk: sexText(p.sex === 'P' ? 'L' : 'P', l.style) };
    });
  }

  // Wilayah.
  {
    const l = pick(kelurahanLists, 'kel');
    one(
      l,
      'wilayah.kelurahan_unknown',
      `kelurahan misspelt "${typo(l.kelurahan!.name)}"`,
      (e) => (e.set = { kel: typo(l.kelurahan!.name) }),
    );
  }
  {
    const l = pick(kelurahanLists, 'kel', 'kec');
    const other = rng.pick(BINJAI_KELURAHAN.filter((k) => k.kecamatan.code !== l.kecamatan!.code));
    one(
      l,
      'wilayah.kecamatan_mismatch',
      `kelurahan ${other.name} under kecamatan ${l.kecamatan!.name}`,
      (e) => (e.set = { kel: other.name }),
    );
  }

  // Status and eligibility.
  one(pick(kelurahanLists, 'status', 'nominal'), 'status.deceased_active', 'recipient marked deceased with an amount still paid', (e) => {
    e.status = 'meninggal';
  });
  {
    const l = lists.pip('SMA-SMK');
    const f = familyIn(rng.pick(BINJAI_KELURAHAN));
    const born: Ymd = { y: 2000, m: rng.int(1, 11), d: rng.int(1, 28) };
    const kid = people.person(f, 'anak', rng.pick(['L', 'P'] as const), born, undefined);
    f.members.push(kid);
    insert(l, l.make(kid), 'eligibility.age', 'PIP recipient aged 25');
  }

  // Duplicates.
  {
    const l = pick(pkh);
    const cands = l.entries.filter((e) => !e.plants && !e.set && e.status === 'aktif');
    const orig = cands.length > 0 ? rng.pick(cands) : one(l, 'dup.nik.same_program', 'first row of a duplicated KPM', () => undefined);
    if (!orig.plants) orig.plants = [{ rule: 'dup.nik.same_program', note: 'first row of a duplicated KPM' }];
    const copy: Entry = { ...orig, plants: [] };
    insert(
      l,
      copy,
      'dup.nik.same_program',
      'the same KPM pasted again further down',
      rng.int(l.entries.indexOf(orig) + 1, l.entries.length),
    );
  }
  {
    const a = one(pick(pkh), 'dup.nik.name_conflict', 'NIK listed under another name in the PBI-JK list', () => undefined);
    const p = a.person;
    const l = lists.pbi(p.family.kecamatan);
    let other = p.name;
    while (other === p.name) other = personName(rng, 'jawa', p.sex, false, undefined);
    const b = l.make(p);
    b.set = { nama: other.toUpperCase() };
    insert(l, b, 'dup.nik.name_conflict', 'same NIK as a PKH KPM, another name');
  }
  {
    const a = one(
      pick(sembako),
      'dup.person.different_nik',
      'same name and birth date under another NIK in the PBI-JK list',
      () => undefined,
      head,
    );
    const p = a.person;
    const twin: Person = {
      ...p,
      nik: people.nikPool.take(
        (s) => nikOf(p.nik.slice(0, 6), p.birth, p.sex === 'P', s),
        () => rng.int(1, 999),
      ),
    };
    extra.push(twin);
    insert(
      lists.pbi(p.family.kecamatan),
      lists.pbi(p.family.kecamatan).make(twin),
      'dup.person.different_nik',
      'second NIK of a Sembako KPM',
    );
  }

  // Exclusive programmes in 2021: BST went to families outside PKH and BPNT.
  {
    const f = familyIn(rng.pick(BINJAI_KELURAHAN));
    const m = mother(f);
    insert(lists.pkh2021, lists.pkh2021.make(m), 'exclusive.program', 'PKH 2021 KPM also in BST 2021');
    insert(lists.bst, lists.bst.make(m), 'exclusive.program', 'BST 2021 KPM also in PKH 2021');
  }
  {
    const f = familyIn(rng.pick(BINJAI_KELURAHAN), rng.int(1, 4), (x) => x.members.some((m) => m.role === 'istri'));
    insert(lists.bst, lists.bst.make(head(f)), 'exclusive.program', 'BST 2021 family (same KK) also in BPNT 2021');
    insert(lists.bpnt2021, lists.bpnt2021.make(mother(f)), 'exclusive.program', 'BPNT 2021 KPM whose family (same KK) got BST 2021');
  }

  // DTKS.
  const missing = (l: ListPlan, who = mother): void => {
    const e = one(l, 'dtks.not_listed', 'recipient not in the DTKS extract', () => undefined, who);
    notListed.add(e.person.nik);
  };
  missing(pick(pkh));
  missing(pick(sembako), head);
  missing(lists.pbi(rng.pick(BINJAI_KELURAHAN).kecamatan), head);
  {
    const level: PipLevel = rng.pick(['SD', 'SMP', 'SMA-SMK'] as const);
    const l = lists.pip(level);
    const f = familyIn(rng.pick(BINJAI_KELURAHAN), rng.int(1, 4), (x) => x.members.some((m) => m.role === 'anak' && pipLevel(m) === level));
    const kid = f.members.find((m) => m.role === 'anak' && pipLevel(m) === level)!;
    insert(l, l.make(kid), 'dtks.not_listed', 'PIP pupil not in the DTKS extract');
    notListed.add(kid.nik);
  }
  {
    const withDesil = pkh.filter((l) => has(l, 'desil'));
    const l = withDesil.length > 0 ? rng.pick(withDesil) : rng.pick(pkh);
    const f = familyIn(l.kelurahan!, 6, (x) => pkhAmount(x) > 0);
    insert(l, l.make(mother(f)), 'dtks.desil', 'PKH KPM in desil 6');
    const l2 = pick(pkh.filter((x) => !has(x, 'desil')));
    const f2 = familyIn(l2.kelurahan!, 7, (x) => pkhAmount(x) > 0);
    insert(l2, l2.make(mother(f2)), 'dtks.desil', 'PKH KPM in desil 7 by the DTKS extract');
  }
  return { families, notListed, extra };
}
