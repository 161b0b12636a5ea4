// Header spellings seen in agency sheets beyond the field catalogue's own synonyms, and look-alike headers that are no field.
import type { RegisterKind } from '../model/types';

/** Extra synonyms per field, merged with `FieldDef.synonyms`; matched after folding, like them. */
export const EXTRA_SYNONYMS: Record<RegisterKind, Readonly<Record<string, readonly string[]>>> = {
  beneficiary: {
    nik: [
      'No. NIK',
      'Nomor NIK',
      'NIK Penerima Manfaat',
      'NIK Pengurus',
      'No. Induk Kependudukan',
      'NIK KTP-el',
      'No. KTP-el',
      'NIK/No. KTP',
    ],
    no_kk: ['Kartu Keluarga', 'Nomor KK KPM', 'No. KK Penerima', 'No. KK/NKK', 'Nomor Kartu Keluarga (KK)'],
    nama: ['Nama Pengurus', 'Nama Penerima Bantuan', 'Nama Lengkap Penerima', 'Nama KPM/Pengurus', 'Nama Lengkap Sesuai KTP'],
    jenis_kelamin: ['J/K', 'Jns Kelamin', 'Jenis Kel', 'Jns Kel', 'Jenkel', 'LK/PR', 'Laki-laki/Perempuan'],
    tanggal_lahir: [
      'Tempat, Tgl Lahir',
      'Tempat Tgl Lahir',
      'Tgl Lhr',
      'Tgl/Bln/Thn Lahir',
      'Tanggal/Bulan/Tahun Lahir',
      'Tanggal Lahir (dd/mm/yyyy)',
    ],
    alamat: ['Alamat Domisili', 'Alamat KPM', 'Alamat Sesuai KTP', 'Alamat Tempat Tinggal'],
    rt: ['Rukun Tetangga'],
    rw: ['Rukun Warga', 'Ling'],
    kelurahan: ['Nama Kelurahan', 'Nama Kel', 'Desa/Kel'],
    kecamatan: ['Nama Kecamatan', 'Nama Kec'],
    program: ['Jenis Program', 'Program Bansos', 'Nama Bantuan', 'Bantuan'],
    periode: ['Periode Bantuan', 'Bulan Penyaluran', 'Tahap Penyaluran'],
    desil: ['Desil DTSEN', 'Desil DTKS', 'Peringkat Kesejahteraan'],
    status_verifikasi: ['Hasil Verifikasi', 'Status Verval', 'Verval', 'Hasil Verval'],
    tanggal_verifikasi: ['Tanggal Verval', 'Tgl Verval'],
    status_penerima: ['Status Kepesertaan', 'Status Bantuan', 'Keaktifan'],
    nominal: ['Nominal Bantuan', 'Besaran', 'Jumlah Diterima', 'Nilai Bantuan (Rp)'],
  },
  program: {
    opd: [
      'OPD Pelaksana',
      'Perangkat Daerah Pelaksana',
      'Perangkat Daerah Penanggung Jawab',
      'OPD Penanggung Jawab',
      'Nama Perangkat Daerah',
      'Nama SKPD',
      'Instansi',
      'Unit Pelaksana',
    ],
    tahun: ['Tahun Pelaksanaan'],
    kode: ['Kode Rek', 'Kode Kegiatan', 'Kode Program/Kegiatan/Sub Kegiatan', 'Kode Sub Keg', 'No. Kode', 'Nomor Rekening'],
    uraian: [
      'Program/Kegiatan',
      'Nama Program/Kegiatan/Sub Kegiatan',
      'Uraian Kegiatan',
      'Uraian Program/Kegiatan/Sub Kegiatan',
      'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan',
      'Program, Kegiatan dan Sub Kegiatan',
      'Nomenklatur Program/Kegiatan/Sub Kegiatan',
      'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan',
    ],
    misi: ['No. Misi'],
    sasaran: ['Sasaran Strategis', 'Sasaran Daerah', 'Kode Sasaran RPJMD'],
    indikator: [
      'Indikator Kinerja Kegiatan',
      'Indikator Kinerja Sub Kegiatan',
      'Indikator Kegiatan',
      'Indikator Sub Kegiatan',
      'Indikator Program',
      'Indikator Kinerja Program/Kegiatan/Sub Kegiatan',
      'Indikator Kinerja Program/Kegiatan',
      'Tolok Ukur',
      'Tolok Ukur Kinerja',
    ],
    satuan: ['Satuan Target', 'Satuan Indikator'],
    target: ['Target Capaian', 'Target Capaian Kinerja', 'Target Output', 'Target Keluaran'],
    pagu: ['Pagu Indikatif', 'Alokasi Anggaran', 'Pagu APBD', 'Total Pagu', 'Pagu Dana', 'Nilai Anggaran', 'Total Anggaran'],
    lokasi: ['Lokasi Pelaksanaan'],
  },
};

/**
 * Headers that resemble a synonym but name something else: never mapped, never fuzzy-matched
 * ("Sumber Dana" is one letter from "Sumber Data"; a "No" column is a row counter, not an id).
 */
export const NOT_FIELDS: readonly string[] = [
  'No',
  'No.',
  'No Urut',
  'Nomor',
  'Nomor Urut',
  'Nmr',
  'Tempat Lahir',
  'Tahun Lahir',
  'Sumber Dana',
  'Umur',
  'Usia',
  'Pekerjaan',
  'Nama Ibu',
  'Nama Ibu Kandung',
  'NIK Ibu',
];
