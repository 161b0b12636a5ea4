// Renja/RFK workbooks of five OPDs: programme > kegiatan > sub-kegiatan rows, cumulative realisation for TW I-II, and planted problems.
import type { Rng } from './random';
import { columnLetter as letter } from '../../core/text/a1';
import { OPDS, type OpdDef, type SubDef } from './renja-data';
import type { DemoWorkbook, Planted } from './types';

type Realisasi = 'sd' | 'tw' | 'month' | 'flat';

interface Layout {
  file: string;
  sheet: string;
  title: string[];
  labels: {
    kode: string;
    uraian: string;
    indikator: string;
    target: string;
    satuan: string;
    pagu: string;
    misi: string;
    sasaran: string;
    pariwisata: string;
  };
  realisasi: Realisasi;
  lokasi?: string;
  numberRow: boolean;
  /** Pagu written as text "Rp 250.000.000" rather than a number. */
  paguText: boolean;
  /** Parent rows show the sum of their children's realisation. */
  parentSums: boolean;
  misi: (n: string) => string;
  sasaran: (n: string) => string;
  yes: readonly [string, string];
  signer: string;
}

const LAYOUTS: Record<OpdDef['key'], Layout> = {
  dinsos: {
    file: 'renja-dinas-sosial-2025.xlsx',
    sheet: 'RFK TW II',
    title: ['RENCANA KERJA DAN REALISASI FISIK KEUANGAN DINAS SOSIAL KOTA BINJAI', 'TAHUN ANGGARAN 2025', 'POSISI S.D. TRIWULAN II'],
    labels: {
      kode: 'Kode',
      uraian: 'Program/Kegiatan/Sub Kegiatan',
      indikator: 'Indikator Kinerja',
      target: 'Target',
      satuan: 'Satuan',
      pagu: 'Pagu Anggaran (Rp)',
      misi: 'Misi',
      sasaran: 'Sasaran',
      pariwisata: 'Pariwisata (Y/N)',
    },
    realisasi: 'sd',
    numberRow: true,
    paguText: false,
    parentSums: false,
    misi: (n) => `M${n}`,
    sasaran: (n) => `S${n}`,
    yes: ['Y', 'N'],
    signer: 'KEPALA DINAS SOSIAL KOTA BINJAI',
  },
  dinkes: {
    file: 'renja-dinas-kesehatan-2025.xlsx',
    sheet: 'Renja 2025',
    title: ['RENCANA KERJA (RENJA) DINAS KESEHATAN KOTA BINJAI TAHUN 2025', 'REALISASI S.D. TRIWULAN II'],
    labels: {
      kode: 'Kode Rekening',
      uraian: 'Uraian',
      indikator: 'Indikator Kinerja',
      target: 'Target',
      satuan: 'Satuan',
      pagu: 'Pagu Indikatif',
      misi: 'Misi RPJMD',
      sasaran: 'Sasaran RPJMD',
      pariwisata: 'Pariwisata',
    },
    realisasi: 'tw',
    numberRow: false,
    paguText: true,
    parentSums: false,
    misi: (n) => `Misi ${n}`,
    sasaran: (n) => n,
    yes: ['Ya', 'Tidak'],
    signer: 'KEPALA DINAS KESEHATAN KOTA BINJAI',
  },
  disdik: {
    file: 'renja-dinas-pendidikan-2025.xlsx',
    sheet: 'Sheet1',
    title: ['RENCANA KERJA DINAS PENDIDIKAN KOTA BINJAI TAHUN 2025'],
    labels: {
      kode: 'Kode',
      uraian: 'Nomenklatur Program/Kegiatan/Sub Kegiatan',
      indikator: 'Tolok Ukur',
      target: 'Target',
      satuan: 'Sat.',
      pagu: 'Anggaran',
      misi: 'Misi',
      sasaran: 'Sasaran',
      pariwisata: 'Mendukung Pariwisata',
    },
    realisasi: 'flat',
    numberRow: false,
    paguText: false,
    parentSums: false,
    misi: (n) => n,
    sasaran: (n) => `Sasaran ${n}`,
    yes: ['Y', 'T'],
    signer: 'KEPALA DINAS PENDIDIKAN KOTA BINJAI',
  },
  dispar: {
    file: 'renja-dinas-pariwisata-2025.xlsx',
    sheet: 'Renja',
    title: ['RENCANA KERJA DINAS PARIWISATA KOTA BINJAI', 'TAHUN ANGGARAN 2025'],
    labels: {
      kode: 'Kode',
      uraian: 'Program / Kegiatan / Sub Kegiatan',
      indikator: 'Indikator Kinerja',
      target: 'Target',
      satuan: 'Satuan',
      pagu: 'Pagu (Rp)',
      misi: 'Misi',
      sasaran: 'Sasaran',
      pariwisata: 'Branded Pariwisata',
    },
    realisasi: 'month',
    lokasi: 'Lokasi',
    numberRow: true,
    paguText: false,
    parentSums: true,
    misi: (n) => `M${n}`,
    sasaran: (n) => `S${n}`,
    yes: ['Y', 'N'],
    signer: 'KEPALA DINAS PARIWISATA KOTA BINJAI',
  },
  pupr: {
    file: 'renja-dinas-pupr-2025.xlsx',
    sheet: 'RFK 2025',
    title: ['LAPORAN REALISASI FISIK DAN KEUANGAN', 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA BINJAI', 'TAHUN ANGGARAN 2025'],
    labels: {
      kode: 'Kode',
      uraian: 'Program/Kegiatan/Sub Kegiatan',
      indikator: 'Indikator Kinerja',
      target: 'Target',
      satuan: 'Satuan',
      pagu: 'Pagu Anggaran (Rp)',
      misi: 'Misi',
      sasaran: 'Sasaran',
      pariwisata: 'Pariwisata (Y/N)',
    },
    realisasi: 'sd',
    lokasi: 'Lokasi',
    numberRow: false,
    paguText: false,
    parentSums: true,
    misi: (n) => `M${n}`,
    sasaran: (n) => `S${n}`,
    yes: ['Y', 'N'],
    signer: 'KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG',
  },
};

interface Line {
  code: string;
  uraian: string;
  indikator?: string;
  target?: number;
  satuan?: string;
  pagu: number;
  k?: [number, number];
  f?: [number, number];
  misi?: string;
  sasaran?: string;
  pariwisata?: boolean;
  lokasi?: string;
  plants: { rule: string; note: string }[];
}

const round = (n: number, unit: number): number => Math.round(n / unit) * unit;
const TW = ['I', 'II', 'III', 'IV'];
const MONTH_ENDS = ['Maret', 'Juni', 'September', 'Desember'];
const LOKASI = ['Binjai Utara', 'Binjai Kota', 'Binjai Barat', 'Binjai Timur', 'Binjai Selatan', 'Kota Binjai'];

function subLine(rng: Rng, s: SubDef, opd: OpdDef['key']): Line {
  const [code, uraian, indikator, satuan, target] = s;
  const gaji = uraian.startsWith('Penyediaan Gaji');
  const pagu = gaji ? rng.int(40, 160) * 100_000_000 : rng.int(3, 90) * 10_000_000 + rng.int(0, 9) * 1_000_000;
  const k1 = round(pagu * (gaji ? 0.24 : 0.05 + rng.next() * 0.17), 1000);
  const k2 = round(pagu * (gaji ? 0.49 : 0.35 + rng.next() * 0.2), 1000);
  const f1 = gaji ? 25 : Math.round((15 + rng.next() * 20) * 10) / 10;
  const f2 = gaji ? 50 : Math.round((50 + rng.next() * 22) * 10) / 10;
  const pariwisata = !code.slice(5).startsWith('01') && (opd === 'dispar' || (opd === 'pupr' && rng.chance(0.3)));
  return { code, uraian, indikator, satuan, target, pagu, k: [k1, k2], f: [f1, f2], pariwisata, lokasi: rng.pick(LOKASI), plants: [] };
}

/** The rows of one OPD in Renja order, sums filled in, problems planted. */
function linesOf(rng: Rng, opd: OpdDef, layout: Layout): Line[] {
  const out: Line[] = [];
  const find = (code: string): Line => out.find((l) => l.code === code)!;
  for (const p of opd.progs) {
    const prog: Line = { code: p.code, uraian: p.name, indikator: p.indikator, target: p.target, satuan: p.satuan, pagu: 0, plants: [] };
    prog.misi = layout.misi(p.misi);
    prog.sasaran = layout.sasaran(p.sasaran);
    out.push(prog);
    for (const k of p.kegs) {
      const keg: Line = { code: k.code, uraian: k.name, pagu: 0, plants: [] };
      out.push(keg);
      const subs = k.subs.map((s) => subLine(rng, s, opd.key));
      if (opd.key === 'dinsos' && k.code === '1.06.04.2.01') {
        const again = subLine(rng, k.subs[0], opd.key);
        again.plants.push({ rule: 'program.code_duplicate', note: `sub-kegiatan ${again.code} entered twice in one OPD` });
        subs.push(again);
      }
      out.push(...subs);
      keg.pagu = subs.reduce((a, s) => a + s.pagu, 0);
      if (layout.parentSums) keg.k = [0, 1].map((q) => subs.reduce((a, s) => a + s.k![q], 0)) as [number, number];
    }
    const kegs = out.filter((l) => l.code.length === 12 && l.code.startsWith(p.code + '.'));
    prog.pagu = kegs.reduce((a, k) => a + k.pagu, 0);
    if (layout.parentSums) prog.k = [0, 1].map((q) => kegs.reduce((a, k) => a + (k.k?.[q] ?? 0), 0)) as [number, number];
  }
  const plantAt = (code: string, rule: string, note: string, change: (l: Line) => void): void => {
    const l = find(code);
    change(l);
    l.plants.push({ rule, note });
  };
  switch (opd.key) {
    case 'dinsos':
      plantAt(
        '1.06.04',
        'program.parent_sum_mismatch',
        'programme pagu Rp 50.000.000 above the sum of its kegiatan',
        (l) => (l.pagu += 50_000_000),
      );
      plantAt('1.06.05.2.02.0001', 'program.behind_schedule', 'physical progress 30% at TW II (expected 50%)', (l) => (l.f = [12.5, 30]));
      break;
    case 'dinkes':
      plantAt(
        '1.02.02.2.01.0014',
        'program.realisasi_exceeds_pagu',
        'realisasi keuangan s.d. TW II above pagu',
        (l) => (l.k = [l.k![0], round(l.pagu * 1.12, 1000)]),
      );
      plantAt('1.02.02.2.02.0001', 'program.fisik_range', 'realisasi fisik 120%', (l) => (l.f = [l.f![0], 120]));
      plantAt('1.02.05.2.01.0001', 'program.target_missing', 'indicator target 0', (l) => (l.target = 0));
      break;
    case 'disdik':
      plantAt('1.01.01.02.01.0001', 'program.code_format', 'malformed code 1.01.01.02.01.0001 (kegiatan written 02.01)', () => undefined);
      plantAt('1.01.02.2.01.0009', 'program.cumulative_decrease', 'cumulative realisasi keuangan falls from TW I to TW II', (l) => {
        l.k = [l.k![1], round(l.k![1] * 0.7, 1000)];
      });
      plantAt('1.01.03', 'program.rpjmd_unmapped', 'programme and its sub-kegiatan carry no misi or sasaran', (l) => {
        delete l.misi;
        delete l.sasaran;
      });
      break;
    case 'dispar': {
      plantAt('3.26.03', 'program.rpjmd_unmapped', 'misi M7 is not in the RPJMD (it has 5 misi)', (l) => (l.misi = layout.misi('7')));
      plantAt('3.26.04.2.01.0007', 'program.code_unknown', 'sub-kegiatan code not in the nomenclature', () => undefined);
      // A drainage sub-kegiatan copied from PUPR's Renja into the tourism plan: the same code under two OPDs.
      const copy = subLine(
        rng,
        ['1.03.06.2.01.0001', 'Pembangunan Sistem Drainase Perkotaan', 'Panjang saluran drainase kawasan wisata', 'meter', 400],
        'dispar',
      );
      copy.misi = layout.misi('4');
      copy.sasaran = layout.sasaran('4.1');
      copy.lokasi = 'Kawasan Wisata Kota';
      copy.plants.push({ rule: 'program.overlap_opd', note: 'PUPR sub-kegiatan 1.03.06.2.01.0001 also planned by Dinas Pariwisata' });
      out.push(copy);
      break;
    }
    case 'pupr':
      plantAt('1.03.10.2.01.0017', 'program.behind_schedule', 'physical progress 35% at TW II (expected 50%)', (l) => (l.f = [10, 35]));
      plantAt('1.03.06.2.01.0001', 'program.overlap_opd', 'same sub-kegiatan code planned by Dinas Pariwisata', () => undefined);
      break;
  }
  return out;
}

function headerRows(layout: Layout): { rows: string[][]; merges: (top: number) => string[]; width: number } {
  const L = layout.labels;
  const lead = [L.kode, L.uraian, L.indikator, L.target, L.satuan, L.pagu];
  const tail = [L.misi, L.sasaran, L.pariwisata, ...(layout.lokasi ? [layout.lokasi] : [])];
  const width = lead.length + 8 + tail.length;
  if (layout.realisasi === 'flat') {
    const rk = TW.map((t) => `Realisasi Keuangan s.d. TW ${t}`);
    const rf = TW.map((t) => `Realisasi Fisik s.d. TW ${t}`);
    return { rows: [[...lead, ...rk, ...rf, ...tail]], merges: () => [], width };
  }
  const sub =
    layout.realisasi === 'sd'
      ? TW.map((t) => `s.d. TW ${t}`)
      : layout.realisasi === 'tw'
        ? TW.map((t) => `TW ${t}`)
        : MONTH_ENDS.map((m) => `s.d. ${m}`);
  const groups =
    layout.realisasi === 'month'
      ? ['Realisasi Keuangan Kumulatif (Rp)', 'Realisasi Fisik Kumulatif (%)']
      : ['Realisasi Keuangan', 'Realisasi Fisik (%)'];
  const blank3 = ['', '', ''];
  const top = [...lead, groups[0], ...blank3, groups[1], ...blank3, ...tail];
  const bottom = [...lead.map(() => ''), ...sub, ...sub, ...tail.map(() => '')];
  const merges = (r: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < width; i++) {
      const inGroup = i >= lead.length && i < lead.length + 8;
      if (!inGroup) out.push(`${letter(i)}${r}:${letter(i)}${r + 1}`);
    }
    out.push(`${letter(lead.length)}${r}:${letter(lead.length + 3)}${r}`, `${letter(lead.length + 4)}${r}:${letter(lead.length + 7)}${r}`);
    return out;
  };
  return { rows: [top, bottom], merges, width };
}

const rupiah = (n: number): string => `Rp ${n.toLocaleString('de-DE')}`;

function cells(l: Line, layout: Layout): unknown[] {
  const level = l.code.length <= 7 ? 'program' : l.code.length === 12 ? 'kegiatan' : 'sub';
  const k = l.k ?? [undefined, undefined];
  const f = level === 'sub' && l.f ? l.f : [undefined, undefined];
  const v = (x: number | undefined): unknown => (x === undefined ? '' : x);
  const row: unknown[] = [
    l.code,
    level === 'program' ? l.uraian.toUpperCase() : l.uraian,
    l.indikator ?? '',
    v(l.target),
    l.satuan ?? '',
    layout.paguText ? rupiah(l.pagu) : l.pagu,
    v(k[0]),
    v(k[1]),
    '',
    '',
    v(f[0]),
    v(f[1]),
    '',
    '',
    l.misi ?? '',
    l.sasaran ?? '',
    level === 'sub' ? layout.yes[l.pariwisata ? 0 : 1] : '',
  ];
  if (layout.lokasi) row.push(level === 'sub' ? (l.lokasi ?? '') : '');
  return row;
}

/** The five Renja workbooks and the problems planted in them. */
export function renjaWorkbooks(rng: Rng): { workbooks: DemoWorkbook[]; planted: Planted[]; codes: Map<string, string> } {
  const workbooks: DemoWorkbook[] = [];
  const planted: Planted[] = [];
  const codes = new Map<string, string>();
  for (const opd of OPDS) {
    const layout = LAYOUTS[opd.key];
    const lines = linesOf(rng, opd, layout);
    for (const l of lines) if (!codes.has(l.code)) codes.set(l.code, l.uraian);
    const head = headerRows(layout);
    const rows: unknown[][] = [];
    const merges: string[] = [];
    const boldRows: number[] = [];
    for (const t of layout.title) {
      boldRows.push(rows.length);
      merges.push(`A${rows.length + 1}:${letter(head.width - 1)}${rows.length + 1}`);
      rows.push([t]);
    }
    rows.push([]);
    merges.push(...head.merges(rows.length + 1));
    for (const h of head.rows) {
      boldRows.push(rows.length);
      rows.push(h);
    }
    if (layout.numberRow) rows.push(Array.from({ length: head.width }, (_, i) => i + 1));
    for (const l of lines) {
      if (l.code.length <= 7) boldRows.push(rows.length);
      for (const p of l.plants) planted.push({ rule: p.rule, file: layout.file, sheet: layout.sheet, row: rows.length + 1, note: p.note });
      rows.push(cells(l, layout));
    }
    const total = lines.filter((l) => l.code.length === 7).reduce((a, l) => a + l.pagu, 0);
    const jumlah: unknown[] = new Array(head.width).fill('');
    jumlah[1] = 'JUMLAH';
    jumlah[5] = layout.paguText ? rupiah(total) : total;
    boldRows.push(rows.length);
    rows.push(jumlah);
    // Over the realisation columns, right of the table's middle: a signature line there is one lone text, never a code.
    const at = 11;
    const line = (s: string): unknown[] => [...new Array<string>(at).fill(''), s];
    rows.push([], line('Binjai, 10 Juli 2025'), line(layout.signer), [], [], line(`NIP. ${'.'.repeat(24)}`));
    const numberFormats: Record<string, string> = {};
    for (const c of [5, 6, 7, 8, 9]) if (c !== 5 || !layout.paguText) numberFormats[letter(c)] = '#,##0';
    for (const c of [10, 11, 12, 13]) numberFormats[letter(c)] = '0.0';
    workbooks.push({ file: layout.file, sheets: [{ name: layout.sheet, rows, merges, textColumns: [0], numberFormats, boldRows }] });
  }
  return { workbooks, planted, codes };
}
