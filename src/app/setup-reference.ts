// The reference sheets setup creates on request: headers the engine's readers recognise, and a few example rows marked CONTOH.
import { t } from '../core/i18n';
import type { Day, Lang } from '../core/model/types';
import { ymdOfDay } from '../core/ref/nik';
import { scheduleSheetRows } from '../core/remind/schedule';
import { REFERENCE_SHEETS } from './sheets';

export type ReferenceSetupKind = keyof typeof REFERENCE_SHEETS;
export const REFERENCE_SETUP_KINDS = Object.keys(REFERENCE_SHEETS) as ReferenceSetupKind[];

/** Written in the Keterangan column of example rows, whatever the language, so that a person (or a reader) can tell them apart. */
export const EXAMPLE_MARK = 'CONTOH';

/** Example configuration, written into the sheets (never used by the engine from here): RPJMD 2025-2029, set August 2025. */
export const RPJMD_EXAMPLE = { period: '2025-2029', vision: 'Binjai Maju, Sejahtera, dan Berkelanjutan' } as const;

export interface ReferencePlan {
  kind: ReferenceSetupKind;
  sheetName: string;
  /** Rectangular: every row as wide as the header. */
  rows: (string | number)[][];
  /** 1-based header row (frozen, protected with a warning). */
  headerRow: number;
  /** 0-based columns formatted as text before writing, so codes and NIKs stay text. */
  textColumns: number[];
  widths: number[];
  /** Rows below the header. */
  examples: number;
  /** Note on the first header cell, if any. */
  note?: string;
}

type Row = (string | number)[];

interface Spec {
  title: Row[];
  header: Row;
  body: Row[];
  text: number[];
  widths: number[];
  /** Note on the first header cell. */
  note?: string;
}

/**
 * readRpjmd takes the first of the first 10 rows as its header (its columns are all optional), so the RPJMD header sits
 * in row 1 and the period and vision go in the header note (and in the settings sheet).
 */
function rpjmd(lang: Lang): Spec {
  const m = {
    M1: 'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani',
    M2: 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing',
    M3: 'Meningkatkan kesejahteraan sosial dan menurunkan kemiskinan',
    M4: 'Menumbuhkan ekonomi daerah dan pariwisata secara berkelanjutan',
    M5: 'Mewujudkan infrastruktur dan lingkungan hidup kota yang berkelanjutan',
  };
  const s = (misi: keyof typeof m, code: string, text: string): Row => [misi, m[misi], code, text, EXAMPLE_MARK];
  return {
    title: [],
    note: `${t(lang, 'setup.refsheet.rpjmd.title', { period: RPJMD_EXAMPLE.period })}\nVisi: ${RPJMD_EXAMPLE.vision}`,
    header: ['Kode Misi', 'Misi', 'Kode Sasaran', 'Sasaran', 'Keterangan'],
    body: [
      s('M1', 'S1.1', 'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik'),
      s('M2', 'S2.1', 'Meningkatnya derajat kesehatan masyarakat'),
      s('M2', 'S2.2', 'Meningkatnya mutu dan akses pendidikan'),
      s('M3', 'S3.1', 'Menurunnya angka kemiskinan'),
      s('M3', 'S3.2', 'Meningkatnya perlindungan dan jaminan sosial bagi keluarga rentan'),
      s('M4', 'S4.1', 'Meningkatnya pertumbuhan ekonomi dan kunjungan wisata'),
      s('M5', 'S5.1', 'Meningkatnya kualitas infrastruktur dan lingkungan hidup'),
    ],
    text: [0, 2],
    widths: [90, 380, 100, 380, 100],
  };
}

function dtks(lang: Lang): Spec {
  // Synthetic NIKs and KKs of Binjai's shape (serials 99xx): no real person's number.
  const r = (nik: string, kk: string, desil: number, kel: string): Row => [nik, kk, desil, kel, 'DTSEN', EXAMPLE_MARK];
  return {
    title: [[t(lang, 'setup.refsheet.dtks.title')]],
    header: ['NIK', 'No. KK', 'Desil', 'Kelurahan', 'Basis Data', 'Keterangan'],
    body: [
      r('1275014107859901', '1275010203159901', 1, 'Pahlawan'),
      r('1275021203799902', '1275021504189902', 2, 'Tangsi'),
      r('1275035506909903', '1275030107209903', 3, 'Suka Maju'),
      r('1275040808829904', '1275041110199904', 4, 'Tanah Tinggi'),
    ],
    text: [0, 1],
    widths: [150, 150, 60, 140, 90, 100],
  };
}

function nomenclature(lang: Lang): Spec {
  const r = (kode: string, nama: string, tingkat: string): Row => [kode, nama, tingkat, EXAMPLE_MARK];
  return {
    title: [[t(lang, 'setup.refsheet.nomenclature.title')]],
    header: ['Kode', 'Nomenklatur', 'Tingkat', 'Keterangan'],
    body: [
      r('1.06.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Program'),
      r('1.06.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Kegiatan'),
      r('1.06.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Sub Kegiatan'),
      r('1.06.04', 'PROGRAM REHABILITASI SOSIAL', 'Program'),
      r('1.06.04.2.01', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti Sosial', 'Kegiatan'),
      r('1.06.04.2.01.0001', 'Penyediaan Permakanan', 'Sub Kegiatan'),
      r('1.06.04.2.01.0002', 'Penyediaan Alat Bantu', 'Sub Kegiatan'),
      r('1.06.05', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 'Program'),
      r('1.06.05.2.01', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Kegiatan'),
      r('1.06.05.2.01.0001', 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Sub Kegiatan'),
    ],
    text: [0],
    widths: [150, 420, 110, 100],
  };
}

/** The built-in rules written out (they change nothing until edited), so the sheet shows how to add or change one. */
function programRules(lang: Lang): Spec {
  return {
    title: [[t(lang, 'setup.refsheet.program_rules.title')]],
    header: ['Program', 'Desil Maks', 'Usia Min', 'Usia Maks', 'Tidak boleh bersama', 'Keterangan'],
    body: [
      ['PKH', 4, '', '', '', ''],
      ['BPNT/Sembako', 4, '', '', '', ''],
      ['BST', 4, '', '', 'PKH; BPNT', t(lang, 'setup.refsheet.bst')],
      ['KIP/PIP', 4, 6, 21, '', t(lang, 'setup.refsheet.kip')],
      ['PBI-JK', '', '', '', '', ''],
    ],
    text: [0, 4],
    widths: [140, 90, 80, 80, 160, 360],
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function settings(lang: Lang, today: Day): Spec {
  const ymd = ymdOfDay(today);
  const year = Math.floor(ymd / 10000);
  const quarter = Math.floor(((Math.floor(ymd / 100) % 100) - 1) / 3);
  return {
    title: [[t(lang, 'setup.refsheet.settings.title')]],
    header: ['Pengaturan', 'Nilai', 'Keterangan'],
    body: [
      ['Admin TKPP', 'tkpp@binjaikota.go.id', t(lang, 'setup.refsheet.settings.admins')],
      ['Periode RPJMD', RPJMD_EXAMPLE.period, t(lang, 'setup.refsheet.settings.period')],
      ['Visi RPJMD', RPJMD_EXAMPLE.vision, t(lang, 'setup.refsheet.settings.vision')],
      ['Tahun Anggaran', year, t(lang, 'setup.refsheet.settings.year')],
      ['Periode Berjalan', `Triwulan ${ROMAN[quarter]} ${year}`, t(lang, 'setup.refsheet.settings.current')],
    ],
    text: [1],
    widths: [160, 320, 360],
  };
}

/** The reminder schedule as core/remind/schedule writes it: title rows, the kind table's header, kinds, TKPP, weekly day, notes. */
function schedule(lang: Lang): Spec {
  const rows = scheduleSheetRows(lang);
  // The header is the first row naming several columns (the title above it is one cell).
  const h = rows.findIndex((r) => r.filter((v) => v !== '').length >= 3);
  return {
    title: rows.slice(0, h),
    header: rows[h],
    body: rows.slice(h + 1),
    note: t(lang, 'setup.refsheet.schedule.note'),
    // Period (and the TKPP addresses beside their label) and the steps stay as typed: "-3, 0, +1, +7" is no formula.
    text: [1, 3],
    widths: [170, 220, 110, 160, 130, 90],
  };
}

export function planReference(kind: ReferenceSetupKind, lang: Lang, today: Day): ReferencePlan {
  const spec: Spec =
    kind === 'rpjmd'
      ? rpjmd(lang)
      : kind === 'dtks'
        ? dtks(lang)
        : kind === 'nomenclature'
          ? nomenclature(lang)
          : kind === 'program_rules'
            ? programRules(lang)
            : kind === 'schedule'
              ? schedule(lang)
              : settings(lang, today);
  const width = spec.header.length;
  const pad = (row: Row): Row => [...row, ...new Array<string>(Math.max(0, width - row.length)).fill('')];
  const rows = [...spec.title.map(pad), spec.header, ...spec.body.map(pad)];
  const out: ReferencePlan = {
    kind,
    sheetName: REFERENCE_SHEETS[kind],
    rows,
    headerRow: spec.title.length + 1,
    textColumns: spec.text,
    widths: spec.widths,
    examples: spec.body.length,
  };
  if (spec.note) out.note = spec.note;
  return out;
}
