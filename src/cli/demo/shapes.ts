// How agencies lay out recipient lists: column templates with their header spellings, and the value styles each workbook uses.
import type { Rng } from './random';

/** A column's content; `tempat`, `ibu`, `hubungan`, `pekerjaan`, `sekolah`, `kelas`, `nisn` are columns the engine does not read. */
export type Col =
  | 'no'
  | 'nik'
  | 'kk'
  | 'nama'
  | 'jk'
  | 'ttl'
  | 'tgl'
  | 'tempat'
  | 'alamat'
  | 'rt'
  | 'rw'
  | 'ling'
  | 'kel'
  | 'kec'
  | 'program'
  | 'periode'
  | 'basis'
  | 'desil'
  | 'verif'
  | 'tglverif'
  | 'status'
  | 'nominal'
  | 'ket'
  | 'ibu'
  | 'hubungan'
  | 'pekerjaan'
  | 'sekolah'
  | 'kelas'
  | 'nisn';

export interface ColSpec {
  col: Col;
  label: string;
  /** Text of a merged cell above this and its neighbours with the same group (a two-row header). */
  group?: string;
}

export interface Style {
  sex: 'LP' | 'long' | 'LKPR';
  date: 'dash' | 'slash' | 'dot' | 'long' | 'iso' | 'short' | 'date';
  money: 'rp' | 'rpdash' | 'number' | 'dots';
  /** Kelurahan as the official name, upper case, with a "Kel." prefix, or without spaces ("Jatinegara"). */
  kel: 'plain' | 'upper' | 'prefix' | 'nospace';
  name: 'upper' | 'title';
  /** Share of adult rows written with "Bpk."/"Ibu"/"H."/"Hj." before the name. */
  honorific: number;
}

export interface Shape {
  id: string;
  cols: ColSpec[];
  /** Title lines above the header; 0 puts the header in row 1, as exports from SIKS-NG do. */
  titleLines: number;
  blankAfterTitle: boolean;
  numberRow: boolean;
  signature: boolean;
  /** Values fixed by the template; the rest is drawn per workbook. */
  fixed?: Partial<Style>;
}

const c = (col: Col, label: string, group?: string): ColSpec => (group ? { col, label, group } : { col, label });

/** Kelurahan lists (PKH, Sembako): each workbook takes one template and its own value styles. */
export const KELURAHAN_SHAPES: readonly Shape[] = [
  {
    id: 'lurah',
    cols: [
      c('no', 'No'),
      c('nik', 'NIK KTP'),
      c('kk', 'No. KK'),
      c('nama', 'Nama KPM'),
      c('jk', 'L/P'),
      c('ttl', 'Tempat, Tgl Lahir'),
      c('alamat', 'Alamat'),
      c('kel', 'Kel'),
      c('kec', 'Kec'),
      c('status', 'Status Penerima'),
      c('nominal', 'Nominal (Rp)'),
      c('ket', 'Keterangan'),
    ],
    titleLines: 3,
    blankAfterTitle: true,
    numberRow: false,
    signature: true,
  },
  {
    id: 'kecamatan',
    cols: [
      c('no', 'NO'),
      c('nik', 'NIK'),
      c('kk', 'NOMOR KK'),
      c('nama', 'NAMA PENERIMA'),
      c('jk', 'JENIS KELAMIN'),
      c('tgl', 'TGL LAHIR'),
      c('alamat', 'ALAMAT'),
      c('rt', 'RT'),
      c('rw', 'RW'),
      c('kel', 'KELURAHAN'),
      c('kec', 'KECAMATAN'),
      c('periode', 'TAHAP'),
      c('desil', 'DESIL'),
      c('verif', 'STATUS VERIFIKASI'),
      c('ket', 'KETERANGAN'),
    ],
    titleLines: 3,
    blankAfterTitle: false,
    numberRow: true,
    signature: true,
    fixed: { name: 'upper' },
  },
  {
    id: 'two-row',
    cols: [
      c('no', 'No'),
      c('nik', 'NIK', 'Identitas KPM'),
      c('kk', 'No KK', 'Identitas KPM'),
      c('nama', 'Nama', 'Identitas KPM'),
      c('jk', 'JK'),
      c('tgl', 'Tgl Lahir'),
      c('alamat', 'Jalan', 'Alamat'),
      c('ling', 'Lingkungan', 'Alamat'),
      c('kel', 'Kelurahan'),
      c('periode', 'Periode'),
      c('status', 'Status'),
      c('nominal', 'Nominal'),
    ],
    titleLines: 2,
    blankAfterTitle: true,
    numberRow: false,
    signature: true,
  },
  {
    id: 'export',
    cols: [
      c('nik', 'NIK'),
      c('kk', 'NKK'),
      c('nama', 'NAMA LENGKAP'),
      c('jk', 'JK'),
      c('ttl', 'TTL'),
      c('alamat', 'ALAMAT'),
      c('kel', 'DESA/KELURAHAN'),
      c('kec', 'KECAMATAN'),
      c('program', 'BANSOS'),
      c('periode', 'PERIODE'),
      c('status', 'STATUS KPM'),
    ],
    titleLines: 0,
    blankAfterTitle: false,
    numberRow: false,
    signature: false,
    fixed: { name: 'upper', honorific: 0 },
  },
  {
    id: 'formal',
    cols: [
      c('no', 'No.'),
      c('nama', 'Nama Sesuai KTP'),
      c('nik', 'No KTP'),
      c('kk', 'Kartu Keluarga'),
      c('jk', 'Jns Kelamin'),
      c('tgl', 'Tgl/Bln/Thn Lahir'),
      c('alamat', 'Alamat Domisili'),
      c('kel', 'Nama Kelurahan'),
      c('program', 'Jenis Bantuan'),
      c('periode', 'Periode Penyaluran'),
      c('basis', 'Basis Data'),
      c('desil', 'Desil'),
      c('status', 'Status Bantuan'),
      c('nominal', 'Besaran'),
      c('ket', 'Ket'),
    ],
    titleLines: 3,
    blankAfterTitle: true,
    numberRow: false,
    signature: true,
    fixed: { sex: 'long' },
  },
  {
    id: 'verval',
    cols: [
      c('no', 'No'),
      c('nik', 'NIK Penerima'),
      c('kk', 'No KK KPM'),
      c('nama', 'Nama Pengurus'),
      c('hubungan', 'Hubungan Keluarga'),
      c('jk', 'L/P'),
      c('tgl', 'Tanggal Lahir'),
      c('alamat', 'Alamat'),
      c('rt', 'RT'),
      c('rw', 'RW'),
      c('kel', 'Kelurahan'),
      c('verif', 'Status Verval'),
      c('tglverif', 'Tgl Verval'),
      c('status', 'Status'),
      c('nominal', 'Jumlah Bantuan'),
      c('ket', 'Catatan'),
    ],
    titleLines: 1,
    blankAfterTitle: true,
    numberRow: true,
    signature: false,
  },
  {
    id: 'dotted',
    cols: [
      c('no', 'No'),
      c('nik', 'NIK'),
      c('kk', 'KK'),
      c('nama', 'Nama'),
      c('jk', 'LK/PR'),
      c('tgl', 'Tgl. Lahir'),
      c('alamat', 'Alamat Lengkap'),
      c('ling', 'Ling.'),
      c('kel', 'Kel/Desa'),
      c('kec', 'Kec.'),
      c('periode', 'Periode'),
      c('nominal', 'Nominal'),
    ],
    titleLines: 2,
    blankAfterTitle: false,
    numberRow: false,
    signature: true,
    fixed: { sex: 'LKPR' },
  },
];

/** PBI-JK participants, listed member by member, one sheet per kecamatan. */
export const PBI_SHAPE: Shape = {
  id: 'pbi',
  cols: [
    c('no', 'No'),
    c('nik', 'NIK'),
    c('kk', 'No. KK'),
    c('nama', 'Nama Lengkap'),
    c('hubungan', 'Hubungan Keluarga'),
    c('jk', 'JK'),
    c('tgl', 'Tgl Lahir'),
    c('alamat', 'Alamat'),
    c('kel', 'Kelurahan'),
    c('kec', 'Kecamatan'),
    c('program', 'Program'),
    c('periode', 'Periode'),
    c('status', 'Status Kepesertaan'),
    c('ket', 'Keterangan'),
  ],
  titleLines: 3,
  blankAfterTitle: true,
  numberRow: false,
  signature: true,
  fixed: { sex: 'LP', date: 'date', kel: 'plain', name: 'upper', honorific: 0 },
};

/** Programme Indonesia Pintar lists from the schools, one sheet per level. */
export const PIP_SHAPE: Shape = {
  id: 'pip',
  cols: [
    c('no', 'No'),
    c('nisn', 'NISN'),
    c('nama', 'Nama Lengkap'),
    c('nik', 'NIK'),
    c('kk', 'No KK'),
    c('jk', 'JK'),
    c('tempat', 'Tempat Lahir'),
    c('tgl', 'Tanggal Lahir'),
    c('ibu', 'Nama Ibu Kandung'),
    c('sekolah', 'Sekolah'),
    c('kelas', 'Rombel'),
    c('kel', 'Kelurahan'),
    c('kec', 'Kecamatan'),
    c('periode', 'Tahap'),
    c('nominal', 'Nominal'),
  ],
  titleLines: 3,
  blankAfterTitle: true,
  numberRow: true,
  signature: false,
  fixed: { sex: 'LP', date: 'slash', money: 'number', kel: 'upper', name: 'upper', honorific: 0 },
};

/** Dinas Sosial's BST list of 2021. */
export const BST_SHAPE: Shape = {
  id: 'bst',
  cols: [
    c('no', 'No'),
    c('nik', 'NIK'),
    c('kk', 'NKK'),
    c('nama', 'Nama'),
    c('alamat', 'Alamat'),
    c('kel', 'Kelurahan'),
    c('kec', 'Kecamatan'),
    c('program', 'Program'),
    c('periode', 'Periode'),
    c('nominal', 'Nominal'),
    c('status', 'Status'),
  ],
  titleLines: 2,
  blankAfterTitle: true,
  numberRow: false,
  signature: true,
  fixed: { money: 'rp', kel: 'upper', name: 'upper', honorific: 0 },
};

/** An export of 2021 recipients from the social ministry's system: header in row 1, ISO dates. */
export const SIKS_SHAPE: Shape = {
  id: 'siks',
  cols: [
    c('nik', 'NIK'),
    c('kk', 'No KK'),
    c('nama', 'Nama'),
    c('jk', 'JK'),
    c('tgl', 'Tgl Lahir'),
    c('alamat', 'Alamat'),
    c('kel', 'Kelurahan'),
    c('kec', 'Kecamatan'),
    c('program', 'Program'),
    c('periode', 'Tahun Anggaran'),
    c('desil', 'Desil'),
    c('status', 'Status'),
  ],
  titleLines: 0,
  blankAfterTitle: false,
  numberRow: false,
  signature: false,
  fixed: { sex: 'LP', date: 'iso', kel: 'upper', name: 'upper', honorific: 0 },
};

/** The value styles of one workbook: the template's fixed choices, the rest drawn. */
export function drawStyle(rng: Rng, shape: Shape): Style {
  const drawn: Style = {
    sex: rng.pick(['LP', 'LP', 'long', 'LKPR'] as const),
    date: rng.pick(['dash', 'slash', 'dot', 'long', 'iso', 'short', 'date'] as const),
    money: rng.pick(['rp', 'rpdash', 'number', 'dots'] as const),
    kel: rng.pick(['plain', 'upper', 'prefix', 'nospace'] as const),
    name: rng.pick(['upper', 'title'] as const),
    honorific: rng.pick([0, 0.1, 0.3]),
  };
  return { ...drawn, ...shape.fixed };
}
