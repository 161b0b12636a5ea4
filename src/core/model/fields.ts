// The field catalogue of each register kind: type, whether required, enumeration, and header synonyms.
import type { EnumId } from './enums';
import type { RegisterKind } from './types';

export type FieldType = 'id16' | 'text' | 'date' | 'number' | 'money' | 'percent' | 'enum' | 'code' | 'integer' | 'period' | 'year';

export interface FieldDef {
  readonly id: string;
  readonly type: FieldType;
  /** A required field must have a column (`header.missing_field`) and a value in every row (`field.required`). */
  readonly required: boolean;
  readonly enum?: EnumId;
  /** Header spellings, matched after folding case, accents, spaces and punctuation. The field id itself always matches. */
  readonly synonyms: readonly string[];
}

const f = (id: string, type: FieldType, required: boolean, synonyms: string[], en?: EnumId): FieldDef =>
  en ? { id, type, required, synonyms, enum: en } : { id, type, required, synonyms };

export const BENEFICIARY_FIELDS = [
  f('nik', 'id16', true, ['NIK', 'No. KTP', 'No KTP', 'Nomor KTP', 'Nomor Induk Kependudukan', 'NIK KTP', 'NIK Penerima', 'NIK KPM']),
  f('no_kk', 'id16', false, ['No KK', 'No. KK', 'Nomor KK', 'No. Kartu Keluarga', 'Nomor Kartu Keluarga', 'KK', 'NKK', 'No KK KPM']),
  f('nama', 'text', true, ['Nama', 'Nama Lengkap', 'Nama KPM', 'Nama Penerima', 'Nama Penerima Manfaat', 'Nama Sesuai KTP']),
  f('jenis_kelamin', 'enum', false, ['JK', 'L/P', 'Jenis Kelamin', 'Kelamin', 'Sex', 'Gender'], 'sex'),
  f('tanggal_lahir', 'date', false, [
    'Tgl Lahir',
    'Tgl. Lahir',
    'Tanggal Lahir',
    'TTL',
    'Tempat/Tgl Lahir',
    'Tempat, Tanggal Lahir',
    'Tempat Tanggal Lahir',
    'Date of Birth',
  ]),
  f('alamat', 'text', false, ['Alamat', 'Alamat Lengkap', 'Alamat Rumah', 'Jalan', 'Address']),
  f('rt', 'text', false, ['RT']),
  f('rw', 'text', false, ['RW', 'Lingkungan', 'Ling.', 'Lingk']),
  f('kelurahan', 'text', false, ['Kel', 'Kel.', 'Kelurahan', 'Kel/Desa', 'Kelurahan/Desa', 'Desa/Kelurahan', 'Desa']),
  f('kecamatan', 'text', false, ['Kec', 'Kec.', 'Kecamatan']),
  f('program', 'enum', true, ['Program', 'Jenis Bantuan', 'Program Bantuan', 'Bansos', 'Jenis Bansos', 'Nama Program'], 'program'),
  f('periode', 'period', false, ['Periode', 'Tahap', 'Periode Penyaluran', 'Bulan', 'Triwulan', 'Tahun Anggaran']),
  f('basis_data', 'enum', false, ['Basis Data', 'Sumber Data', 'Basis'], 'basis_data'),
  f('desil', 'integer', false, ['Desil', 'Peringkat Desil', 'Desil Kesejahteraan']),
  f('status_verifikasi', 'enum', false, ['Status Verifikasi', 'Verifikasi', 'Tahap Verifikasi', 'Status Usulan'], 'status_verifikasi'),
  f('tanggal_verifikasi', 'date', false, ['Tanggal Verifikasi', 'Tgl Verifikasi', 'Tgl. Verifikasi']),
  f('status_penerima', 'enum', false, ['Status Penerima', 'Status', 'Status KPM', 'Keadaan'], 'status_penerima'),
  f('nominal', 'money', false, ['Nominal', 'Jumlah Bantuan', 'Nilai Bantuan', 'Besaran Bantuan', 'Nominal (Rp)', 'Jumlah (Rp)']),
  f('keterangan', 'text', false, ['Keterangan', 'Ket', 'Ket.', 'Catatan', 'Remarks']),
] as const;

const quarterly = (prefix: string, type: FieldType, labels: (tw: string) => string[]): FieldDef[] =>
  ['1', '2', '3', '4'].map((q) => f(`${prefix}_tw${q}`, type, false, labels(['I', 'II', 'III', 'IV'][Number(q) - 1])));

export const PROGRAM_FIELDS = [
  f('opd', 'text', false, ['OPD', 'Perangkat Daerah', 'SKPD', 'Unit Kerja', 'Dinas', 'Nama OPD']),
  f('tahun', 'year', false, ['Tahun', 'Tahun Anggaran', 'TA']),
  f('kode', 'code', true, ['Kode', 'Kode Rekening', 'Kode Program', 'Kode Sub Kegiatan', 'Kode Nomenklatur', 'No. Rekening']),
  f('uraian', 'text', false, [
    'Uraian',
    'Program/Kegiatan/Sub Kegiatan',
    'Program / Kegiatan / Sub Kegiatan',
    'Nama Program/Kegiatan',
    'Uraian Program/Kegiatan',
    'Nomenklatur',
  ]),
  f('program', 'text', false, ['Program', 'Nama Program']),
  f('kegiatan', 'text', false, ['Kegiatan', 'Nama Kegiatan']),
  f('sub_kegiatan', 'text', false, ['Sub Kegiatan', 'Subkegiatan', 'Nama Sub Kegiatan']),
  f('misi', 'code', false, ['Misi', 'Misi RPJMD', 'Kode Misi']),
  f('sasaran', 'code', false, ['Sasaran', 'Sasaran RPJMD', 'Kode Sasaran']),
  f('indikator', 'text', false, ['Indikator', 'Indikator Kinerja', 'Indikator Kinerja Program', 'Indikator Keluaran', 'Indikator Output']),
  f('satuan', 'text', false, ['Satuan', 'Sat', 'Sat.']),
  f('target', 'number', false, ['Target', 'Target Kinerja', 'Target Fisik', 'Volume']),
  f('pagu', 'money', true, ['Pagu', 'Pagu Anggaran', 'Pagu Anggaran (Rp)', 'Anggaran', 'Pagu (Rp)', 'Nilai Pagu', 'Jumlah Anggaran']),
  ...quarterly('realisasi_keuangan', 'money', (tw) => [
    `Realisasi Keuangan s.d. TW ${tw}`,
    `Realisasi Keuangan sd TW ${tw}`,
    `Realisasi Keuangan TW ${tw}`,
    `Realisasi Anggaran s.d. TW ${tw}`,
  ]),
  ...quarterly('realisasi_fisik', 'percent', (tw) => [
    `Realisasi Fisik (%) s.d. TW ${tw}`,
    `Realisasi Fisik s.d. TW ${tw}`,
    `Realisasi Fisik TW ${tw}`,
    `Fisik (%) s.d. TW ${tw}`,
  ]),
  ...quarterly('capaian', 'number', (tw) => [
    `Capaian TW ${tw}`,
    `Capaian Kinerja TW ${tw}`,
    `Capaian s.d. TW ${tw}`,
    `Realisasi Kinerja TW ${tw}`,
  ]),
  f('lokasi', 'text', false, ['Lokasi', 'Lokasi Kegiatan', 'Kecamatan/Kelurahan']),
  f('pariwisata', 'enum', false, ['Pariwisata', 'Branded Pariwisata', 'Program Pariwisata', 'Mendukung Pariwisata'], 'yesno'),
  f('keterangan', 'text', false, ['Keterangan', 'Ket', 'Ket.', 'Catatan']),
] as const;

export const FIELDS: Record<RegisterKind, readonly FieldDef[]> = {
  beneficiary: BENEFICIARY_FIELDS,
  program: PROGRAM_FIELDS,
};

export const fieldDef = (kind: RegisterKind, id: string): FieldDef | undefined => FIELDS[kind].find((d) => d.id === id);
