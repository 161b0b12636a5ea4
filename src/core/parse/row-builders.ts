// Builds typed rows as object literals of one fixed shape, so 500,000 rows stay compact and fast in V8.
import { BeneficiaryRowSchema, ProgramRowSchema, type BeneficiaryRow, type ProgramRow } from '../model/schemas';
import type { RegisterKind } from '../model/types';

/** Field order of each kind's builder: the schema's keys after `row` (and `level` for programmes). */
export const BUILDER_FIELDS: Record<RegisterKind, readonly string[]> = {
  beneficiary: Object.keys(BeneficiaryRowSchema.shape).filter((k) => k !== 'row'),
  program: Object.keys(ProgramRowSchema.shape).filter((k) => k !== 'row' && k !== 'level'),
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the values were read by their field's reader; the schema test checks the result */
export function beneficiaryRow(row: number, v: any[]): BeneficiaryRow {
  return {
    row,
    nik: v[0],
    no_kk: v[1],
    nama: v[2],
    jenis_kelamin: v[3],
    tanggal_lahir: v[4],
    alamat: v[5],
    rt: v[6],
    rw: v[7],
    kelurahan: v[8],
    kecamatan: v[9],
    program: v[10],
    periode: v[11],
    basis_data: v[12],
    desil: v[13],
    status_verifikasi: v[14],
    tanggal_verifikasi: v[15],
    status_penerima: v[16],
    nominal: v[17],
    keterangan: v[18],
  };
}

export function programRow(row: number, v: any[]): ProgramRow {
  return {
    row,
    level: undefined,
    opd: v[0],
    tahun: v[1],
    kode: v[2],
    uraian: v[3],
    program: v[4],
    kegiatan: v[5],
    sub_kegiatan: v[6],
    misi: v[7],
    sasaran: v[8],
    indikator: v[9],
    satuan: v[10],
    target: v[11],
    pagu: v[12],
    realisasi_keuangan_tw1: v[13],
    realisasi_keuangan_tw2: v[14],
    realisasi_keuangan_tw3: v[15],
    realisasi_keuangan_tw4: v[16],
    realisasi_fisik_tw1: v[17],
    realisasi_fisik_tw2: v[18],
    realisasi_fisik_tw3: v[19],
    realisasi_fisik_tw4: v[20],
    capaian_tw1: v[21],
    capaian_tw2: v[22],
    capaian_tw3: v[23],
    capaian_tw4: v[24],
    lokasi: v[25],
    pariwisata: v[26],
    keterangan: v[27],
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
