// The recipient lists of the demo: which workbook and sheet each programme's rows go to, and how each list writes its values.
import { BINJAI_KECAMATAN, BINJAI_KELURAHAN, type Kecamatan, type Kelurahan } from '../../core/ref/wilayah';
import { ageOn, type Ymd } from './ids';
import { personName } from './names';
import type { Person } from './people';
import type { Rng } from './random';
import type { Entry, SheetPlan } from './render';
import { BST_SHAPE, KELURAHAN_SHAPES, PBI_SHAPE, PIP_SHAPE, SIKS_SHAPE, drawStyle } from './shapes';

export type Programme = 'PKH' | 'BPNT/Sembako' | 'BST' | 'KIP/PIP' | 'PBI-JK';
export type PipLevel = 'SD' | 'SMP' | 'SMA-SMK';

export interface ListPlan extends SheetPlan {
  file: string;
  programme: Programme;
  kecamatan?: Kecamatan;
  kelurahan?: Kelurahan;
  /** A plain entry of this list for a person: its programme spelling, period, amount and verification. */
  make(p: Person): Entry;
}

export interface Lists {
  /** Every list, in workbook and sheet order. */
  all: ListPlan[];
  pkh(kel: Kelurahan): ListPlan;
  sembako(kel: Kelurahan): ListPlan;
  pbi(kec: Kecamatan): ListPlan;
  pip(level: PipLevel): ListPlan;
  bst: ListPlan;
  pkh2021: ListPlan;
  bpnt2021: ListPlan;
}

const START_2025: Ymd = { y: 2025, m: 1, d: 1 };
export const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** PKH per tahap (a quarter of the yearly amounts): early childhood, school levels, elderly; at most 4 components. */
export function pkhAmount(f: Person['family']): number {
  const parts: number[] = [];
  for (const m of f.members) {
    const age = ageOn(m.birth, START_2025);
    if (m.role === 'anak') {
      if (age <= 6) parts.push(750000);
      else if (age <= 12) parts.push(225000);
      else if (age <= 15) parts.push(375000);
      else if (age <= 18) parts.push(500000);
    } else if (age >= 60) parts.push(600000);
  }
  return parts.slice(0, 4).reduce((a, b) => a + b, 0);
}

/** PIP level by age in July 2025, or undefined outside school age. */
export function pipLevel(p: Person): PipLevel | undefined {
  const age = ageOn(p.birth, { y: 2025, m: 7, d: 1 });
  if (age >= 7 && age <= 12) return 'SD';
  if (age >= 13 && age <= 15) return 'SMP';
  if (age >= 16 && age <= 18) return 'SMA-SMK';
  return undefined;
}

const PIP_AMOUNT: Record<PipLevel, number> = { SD: 450000, SMP: 750000, 'SMA-SMK': 1800000 };

function signer(rng: Rng, role: string, date: string): SheetPlan['signer'] {
  const sex = rng.pick(['L', 'P'] as const);
  const name = personName(rng, rng.pick(['melayu', 'jawa', 'karo', 'mandailing'] as const), sex, false, undefined);
  return { place: `Binjai, ${date}`, role, name: name.toUpperCase() };
}

const verifDate = (rng: Rng): Ymd => ({ y: 2025, m: rng.int(1, 3), d: rng.int(1, 28) });

export function buildLists(rng: Rng): Lists {
  const all: ListPlan[] = [];
  const shapes = rng.shuffle([...KELURAHAN_SHAPES]);
  const pkhBy = new Map<string, ListPlan>();
  const sembakoBy = new Map<string, ListPlan>();
  const pbiBy = new Map<string, ListPlan>();
  const pipBy = new Map<string, ListPlan>();

  BINJAI_KECAMATAN.forEach((kec, k) => {
    // Each kecamatan's PKH and Sembako workbooks: a template and styles of their own, shared by the kelurahan sheets.
    const pkhShape = shapes[k % shapes.length];
    const pkhStyle = drawStyle(rng, pkhShape);
    const pkhPeriod = rng.pick(['Tahap 1 2025', 'TW I 2025', 'Triwulan I 2025']);
    const pkhSheet = rng.pick([(n: string) => n, (n: string) => `PKH ${n}`, (n: string) => `Kel. ${n}`]);
    const semShape = shapes[(k + 3) % shapes.length];
    const semStyle = drawStyle(rng, semShape);
    const monthly = rng.chance(0.4);
    const semPeriod = monthly ? 'Maret 2025' : 'TW I 2025';
    const semSpelling = rng.pick(['BPNT', 'Sembako', 'Program Sembako']);
    for (const kel of BINJAI_KELURAHAN.filter((x) => x.kecamatan.code === kec.code)) {
      const K = kel.name.toUpperCase();
      const pkh: ListPlan = {
        file: `penerima-pkh-${slug(kec.name)}.xlsx`,
        name: pkhSheet(kel.name),
        programme: 'PKH',
        kecamatan: kec,
        kelurahan: kel,
        shape: pkhShape,
        style: pkhStyle,
        title: [`DAFTAR PENERIMA PKH KELURAHAN ${K}`, `KECAMATAN ${kec.name.toUpperCase()}`, 'TAHAP I TAHUN ANGGARAN 2025'],
        signer: signer(rng, `Lurah ${kel.name}`, '31 Maret 2025'),
        entries: [],
        make: (p) => ({
          person: p,
          program: 'PKH',
          periode: pkhPeriod,
          nominal: pkhAmount(p.family),
          status: 'aktif',
          verif: 'Ditetapkan',
          tglVerif: verifDate(rng),
        }),
      };
      const sembako: ListPlan = {
        file: `penerima-sembako-${slug(kec.name)}.xlsx`,
        name: kel.name,
        programme: 'BPNT/Sembako',
        kecamatan: kec,
        kelurahan: kel,
        shape: semShape,
        style: semStyle,
        title: [
          'DAFTAR KELUARGA PENERIMA MANFAAT (KPM) PROGRAM SEMBAKO',
          `KELURAHAN ${K} KECAMATAN ${kec.name.toUpperCase()}`,
          monthly ? 'BULAN MARET 2025' : 'TRIWULAN I TAHUN 2025',
        ],
        signer: signer(rng, `Lurah ${kel.name}`, '31 Maret 2025'),
        entries: [],
        make: (p) => ({
          person: p,
          program: rng.chance(0.9) ? semSpelling : rng.pick(['BPNT', 'Sembako', 'Program Sembako']),
          periode: semPeriod,
          nominal: monthly ? 200000 : 600000,
          status: 'aktif',
          verif: rng.pick(['Ditetapkan', 'Disetujui Dinsos']),
          tglVerif: verifDate(rng),
        }),
      };
      pkhBy.set(kel.code, pkh);
      sembakoBy.set(kel.code, sembako);
    }
  });
  for (const kec of BINJAI_KECAMATAN) {
    pbiBy.set(kec.code, {
      file: 'peserta-pbi-jk-2025.xlsx',
      name: kec.name,
      programme: 'PBI-JK',
      kecamatan: kec,
      shape: PBI_SHAPE,
      style: drawStyle(rng, PBI_SHAPE),
      title: ['DATA PESERTA PBI-JK YANG DIDAFTARKAN PEMERINTAH KOTA BINJAI', `KECAMATAN ${kec.name.toUpperCase()}`, 'TAHUN ANGGARAN 2025'],
      signer: signer(rng, 'Kepala Dinas Sosial Kota Binjai', '2 Januari 2025'),
      entries: [],
      make: (p) => ({
        person: p,
        program: rng.chance(0.85) ? 'PBI-JK' : rng.pick(['KIS PBI', 'PBI JK']),
        periode: '2025',
        status: 'aktif',
      }),
    });
  }
  for (const level of ['SD', 'SMP', 'SMA-SMK'] as const) {
    pipBy.set(level, {
      file: 'penerima-pip-2025.xlsx',
      name: level,
      programme: 'KIP/PIP',
      shape: PIP_SHAPE,
      style: drawStyle(rng, PIP_SHAPE),
      title: ['DAFTAR PENERIMA PROGRAM INDONESIA PINTAR (PIP) KOTA BINJAI', `JENJANG ${level.replace('-', '/')}`, 'TAHAP 1 TAHUN 2025'],
      signer: signer(rng, 'Kepala Dinas Pendidikan', '30 April 2025'),
      entries: [],
      make: (p) => ({
        person: p,
        program: 'PIP',
        periode: 'Tahap 1 2025',
        nominal: PIP_AMOUNT[level],
        status: 'aktif',
        school: schoolOf(rng, level),
      }),
    });
  }
  const siks = (name: string, programme: Programme, spelling: string): ListPlan => ({
    file: 'rekap-pkh-bpnt-2021.xlsx',
    name,
    programme,
    shape: SIKS_SHAPE,
    style: drawStyle(rng, SIKS_SHAPE),
    title: [],
    signer: signer(rng, '', ''),
    entries: [],
    make: (p) => ({ person: p, program: spelling, periode: 2021, status: 'aktif' }),
  });
  const bst: ListPlan = {
    file: 'bst-2021-dinsos.xlsx',
    name: 'BST 2021',
    programme: 'BST',
    shape: BST_SHAPE,
    style: drawStyle(rng, BST_SHAPE),
    title: ['DAFTAR KPM BANTUAN SOSIAL TUNAI (BST) KEMENTERIAN SOSIAL', 'KOTA BINJAI TAHUN 2021'],
    signer: signer(rng, 'Kepala Dinas Sosial Kota Binjai', '30 Desember 2021'),
    entries: [],
    make: (p) => ({ person: p, program: 'BST', periode: '2021', nominal: 300000, status: 'aktif' }),
  };
  const pkh2021 = siks('PKH 2021', 'PKH', 'PKH');
  const bpnt2021 = siks('BPNT 2021', 'BPNT/Sembako', 'BPNT');
  for (const kel of BINJAI_KELURAHAN) all.push(pkhBy.get(kel.code)!);
  for (const kel of BINJAI_KELURAHAN) all.push(sembakoBy.get(kel.code)!);
  all.push(...pbiBy.values(), ...pipBy.values(), bst, pkh2021, bpnt2021);
  return {
    all,
    pkh: (kel) => pkhBy.get(kel.code)!,
    sembako: (kel) => sembakoBy.get(kel.code)!,
    pbi: (kec) => pbiBy.get(kec.code)!,
    pip: (level) => pipBy.get(level)!,
    bst,
    pkh2021,
    bpnt2021,
  };
}

function schoolOf(rng: Rng, level: PipLevel): { name: string; kelas: string; nisn: string } {
  const kind = level === 'SD' ? 'SD Negeri' : level === 'SMP' ? 'SMP Negeri' : rng.pick(['SMA Negeri', 'SMK Negeri']);
  const no = level === 'SD' ? `0${rng.int(20200, 20299)}` : String(rng.int(1, 7));
  const grade = level === 'SD' ? rng.int(1, 6) : level === 'SMP' ? rng.int(7, 9) : rng.int(10, 12);
  return {
    name: `${kind} ${no} Binjai`,
    kelas: `${grade}${rng.pick(['A', 'B', 'C'])}`,
    nisn: `0${rng.int(10, 19)}${String(rng.int(0, 9999999)).padStart(7, '0')}`,
  };
}
