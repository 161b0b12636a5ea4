// referensi.xlsx: the DTKS extract (NIK, desil), the RPJMD 2025-2029 codes, the nomenclature of the codes used, and the programme rules.
import type { Family, Person } from './people';
import { RPJMD } from './renja-data';
import type { DemoSheet, DemoWorkbook } from './types';

export interface DtksInput {
  /** Households in the extract, all members listed. */
  families: readonly Family[];
  /** Further people with their own row (a second NIK of one person). */
  extra: readonly Person[];
  /** NIKs left out on purpose. */
  notListed: ReadonlySet<string>;
}

function dtksSheet(input: DtksInput): DemoSheet {
  const rows: unknown[][] = [
    ['DATA TERPADU KESEJAHTERAAN SOSIAL (DTKS) KOTA BINJAI'],
    ['Hasil pemutakhiran Desember 2024, desil menurut DTSEN'],
    [],
    ['No', 'NIK', 'No KK', 'Nama', 'Kelurahan', 'Kecamatan', 'Desil'],
  ];
  const listed: Person[] = [];
  for (const f of input.families) for (const m of f.members) listed.push(m);
  listed.push(...input.extra);
  let n = 0;
  for (const p of listed) {
    if (input.notListed.has(p.nik)) continue;
    const f = p.family;
    rows.push([++n, p.nik, f.kk, p.name.toUpperCase(), f.kelurahan.name.toUpperCase(), f.kecamatan.name.toUpperCase(), f.desil]);
  }
  return { name: 'DTKS', rows, textColumns: [1, 2], boldRows: [0, 3], merges: ['A1:G1', 'A2:G2'] };
}

/** Reference readers take the first row as the header when it has misi/sasaran columns: the vision goes in a column, not a title. */
function rpjmdSheet(): DemoSheet {
  const rows: unknown[][] = [['Kode Misi', 'Misi', 'Kode Sasaran', 'Sasaran', 'Visi']];
  RPJMD.sasaran.forEach(([code, text], i) => {
    const m = code.split('.')[0];
    const misi = RPJMD.misi.find(([c]) => c === m)!;
    rows.push([`M${m}`, misi[1], `S${code}`, text, i === 0 ? `${RPJMD.visi} (RPJMD 2025-2029)` : '']);
  });
  return { name: 'RPJMD', rows, boldRows: [0], merges: [`E2:E${rows.length}`] };
}

function nomenclatureSheet(codes: ReadonlyMap<string, string>, leaveOut: ReadonlySet<string>): DemoSheet {
  const rows: unknown[][] = [
    ['NOMENKLATUR PROGRAM, KEGIATAN DAN SUB KEGIATAN (KEPMENDAGRI 900.1.15.5-1317/2023)'],
    [],
    ['Kode', 'Nomenklatur'],
  ];
  const sorted = [...codes.keys()].filter((c) => !leaveOut.has(c)).sort();
  for (const c of sorted) rows.push([c, codes.get(c)]);
  return { name: 'Nomenklatur', rows, textColumns: [0], boldRows: [0, 2] };
}

function rulesSheet(): DemoSheet {
  return {
    name: 'Aturan Program',
    rows: [
      ['Program', 'Desil Maks', 'Usia Min', 'Usia Maks', 'Tidak boleh bersama', 'Keterangan'],
      ['PKH', 4, '', '', '', 'Komponen kesehatan, pendidikan, kesejahteraan sosial'],
      ['BPNT', 4, '', '', '', 'Program Sembako'],
      ['BST', 4, '', '', 'PKH; BPNT', 'Bantuan Sosial Tunai 2020-2021, bagi keluarga di luar PKH dan BPNT'],
      ['KIP/PIP', 4, 6, 21, '', 'Anak usia sekolah'],
      ['PBI-JK', 5, '', '', '', 'Iuran JKN dibayar APBD'],
    ],
    boldRows: [0],
  };
}

export function referenceWorkbook(dtks: DtksInput, codes: ReadonlyMap<string, string>, leaveOut: ReadonlySet<string>): DemoWorkbook {
  return { file: 'referensi.xlsx', sheets: [dtksSheet(dtks), rpjmdSheet(), nomenclatureSheet(codes, leaveOut), rulesSheet()] };
}
