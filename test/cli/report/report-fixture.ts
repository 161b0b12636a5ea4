// A hand-built Report for the HTML report tests: three registers, 30 findings of mixed rules/severities/files, real-shaped rollups.
import { t } from '../../../src/core/i18n';
import type { Report, ReportFinding } from '../../../src/cli/report/json';

export const XSS = '<img src=x onerror=alert(1)>';
export const XSS_SHEET = '</script><script>alert(1)</script>';

const PKH = 'dinsos-pkh-2025.xlsx';
const BPNT = 'dinsos-bpnt-2025.xlsx';
const PROG = 'bappeda-program-2025.xlsx';

const cols = (n: number): string => String.fromCharCode(65 + n);

function many(
  n: number,
  base: Omit<ReportFinding, 'row' | 'cell' | 'message'>,
  col: number,
  message: (i: number) => string,
): ReportFinding[] {
  return Array.from({ length: n }, (_, i) => ({ ...base, row: 5 + i * 3, cell: `${cols(col)}${5 + i * 3}`, message: message(i) }));
}

/** 30 findings: 14 errors, 13 warnings, 3 infos; 29 are ordinary and one carries script-like text in its message and sheet. */
export function findings(): ReportFinding[] {
  return [
    ...many(
      8,
      { rule: 'nik.format', severity: 'error', file: PKH, sheet: 'PKH TW II', column: 'NIK' },
      2,
      (i) => `NIK "1275${i}…" berisi ${12 + i} digit, seharusnya 16 digit.`,
    ),
    ...many(
      5,
      { rule: 'nik.stored_as_number', severity: 'warning', file: BPNT, sheet: 'BPNT', column: 'NIK' },
      3,
      () => 'NIK disimpan sebagai angka, bukan teks.',
    ),
    ...many(
      4,
      { rule: 'wilayah.kelurahan_unknown', severity: 'warning', file: PKH, sheet: 'PKH TW II', column: 'Kelurahan' },
      7,
      (i) => `Kelurahan "Tanah Tingi ${i}" tidak dikenal. Maksud Anda: "Tanah Tinggi"?`,
    ),
    ...many(
      3,
      { rule: 'dup.nik.same_program', severity: 'error', file: BPNT, sheet: 'BPNT', column: 'NIK' },
      3,
      () => 'NIK 127501******0001 tercatat dua kali pada program BPNT.',
    ).map((f, i) => ({
      ...f,
      places: [
        { file: BPNT, sheet: 'BPNT', row: f.row, cell: f.cell },
        { file: BPNT, sheet: 'BPNT', row: 90 + i, cell: `D${90 + i}` },
        { file: PKH, sheet: 'PKH TW II', row: 40 + i, cell: `C${40 + i}` },
      ],
    })),
    ...many(
      2,
      { rule: 'program.realisasi_exceeds_pagu', severity: 'error', file: PROG, sheet: 'Rekap Program', column: 'Realisasi TW II' },
      9,
      () => 'Realisasi keuangan Rp 1.250.000.000 melebihi pagu Rp 1.000.000.000.',
    ),
    ...many(
      4,
      { rule: 'program.behind_schedule', severity: 'warning', file: PROG, sheet: 'Rekap Program', column: 'Fisik TW II' },
      11,
      (i) => `Realisasi fisik ${10 + i}% di bawah target TW II (50%).`,
    ),
    ...many(
      3,
      { rule: 'program.rpjmd_unmapped', severity: 'info', file: PROG, sheet: 'Rekap Program', column: 'Misi' },
      5,
      () => 'Sub kegiatan ini belum dipetakan ke misi RPJMD.',
    ),
    {
      rule: 'field.type',
      severity: 'error',
      file: PKH,
      sheet: XSS_SHEET,
      row: 12,
      column: 'Nama',
      cell: 'D12',
      message: `Nama ${XSS} tidak dapat dibaca.`,
    },
  ];
}

export const tw = { tw: 'II' };

function programByOpd(): Report['rollups']['tables'][number] {
  const keys = [
    'rollup.col.opd',
    'rollup.col.pagu',
    'rollup.col.realisasi_keuangan',
    'rollup.col.realisasi_keuangan_pct',
    'rollup.col.realisasi_fisik_pct',
    'rollup.col.sub_kegiatan',
    'rollup.col.behind',
    'rollup.col.no_fisik',
    'rollup.col.pariwisata_pagu',
    'rollup.col.pariwisata_pct',
    'rollup.col.absorption_rating',
    'rollup.col.capaian_pct',
    'rollup.col.capaian_rating',
  ];
  const rows: (string | number)[][] = [
    ['Dinas Kesehatan', 42_500_000_000, 18_700_000_000, 44, 47.5, 38, 3, 0, 0, 0, 'Sangat Rendah', 46, 'Sangat Rendah'],
    [
      'Dinas Pariwisata, Pemuda dan Olahraga',
      6_200_000_000,
      1_900_000_000,
      30.65,
      28,
      12,
      4,
      1,
      4_100_000_000,
      66.13,
      'Sangat Rendah',
      30,
      'Sangat Rendah',
    ],
    [
      'Dinas Pekerjaan Umum dan Penataan Ruang Kota Binjai',
      96_000_000_000,
      60_480_000_000,
      63,
      58.25,
      54,
      6,
      2,
      0,
      0,
      'Rendah',
      60,
      'Rendah',
    ],
    ['Dinas Pendidikan', 120_000_000_000, 62_400_000_000, 52, 55, 71, 2, 0, 0, 0, 'Sangat Rendah', 55, 'Sangat Rendah'],
    ['Dinas Sosial', 14_800_000_000, 16_000_000_000, 108.11, 61, 20, 0, 0, 0, 0, 'Sangat Tinggi', 64, 'Rendah'],
    [XSS, 1_000_000, 0, '', '', 1, 0, 1, 0, 0, '', '', ''],
    ['Jumlah', 279_501_000_000, 159_480_000_000, 57.06, 54.33, 196, 15, 4, 4_100_000_000, 1.47, 'Sangat Rendah', 51, 'Sangat Rendah'],
  ];
  return {
    id: 'program_by_opd',
    title: t('id', 'rollup.table.program_by_opd', tw),
    columns: keys,
    header: keys.map((k) => t('id', k, tw)),
    rows,
  };
}

const STAGE_KEYS = ['diusulkan', 'diverifikasi_kelurahan', 'disetujui_dinsos', 'ditetapkan', 'ditolak', 'unknown'];

function beneficiaryByArea(): Report['rollups']['tables'][number] {
  const keys = [
    'rollup.col.program',
    'rollup.col.kecamatan',
    'rollup.col.kelurahan',
    'rollup.col.recipients',
    'rollup.col.families',
    ...STAGE_KEYS.map((s) => 'rollup.col.stage_' + s),
    'rollup.col.findings_error',
    'rollup.col.findings_warning',
    'rollup.col.findings_info',
  ];
  // program, kecamatan, kelurahan, recipients, families, six stage shares, findings by severity
  const rows: (string | number)[][] = [
    ['BPNT', 'Binjai Barat', 'Limau Sundai', 120, 110, 10, 20, 30, 35, 5, 0, 1, 2, 0],
    ['BPNT', 'Binjai Kota', 'Kartini', 80, 75, 0, 25, 25, 50, 0, 0, 2, 1, 0],
    ['BPNT', 'Binjai Timur', 'Tanah Tinggi', 200, 180, 40, 30, 10, 10, 5, 5, 3, 0, 0],
    ['PKH', 'Binjai Barat', 'Suka Maju', 80, 70, 20, 20, 20, 30, 0, 10, 0, 1, 0],
    ['PKH', 'Binjai Selatan', 'Rambung Barat', 150, 140, 0, 0, 20, 80, 0, 0, 1, 0, 0],
    ['PKH', 'Binjai Utara', 'Jati Makmur', 60, 58, 50, 50, 0, 0, 0, 0, 0, 0, 0],
    ['PKH', XSS_SHEET, XSS, 4, 4, 100, 0, 0, 0, 0, 0, 1, 0, 0],
    ['PKH', '(tidak diisi)', '(tidak diisi)', 6, 6, 0, 0, 0, 0, 0, 100, 0, 0, 0],
    ['Jumlah', '', '', 700, 643, 17.14, 17.86, 15.14, 37, 2.14, 10.71, 8, 4, 0],
  ];
  return {
    id: 'beneficiary_by_area',
    title: t('id', 'rollup.table.beneficiary_by_area'),
    columns: keys,
    header: keys.map((k) => t('id', k)),
    rows,
  };
}

export function makeReport(list: ReportFinding[] = findings()): Report {
  const summary: Report['summary'] = { errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const f of list) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
  }
  return {
    tool: 'sinergi',
    version: '0.1.0',
    lang: 'id',
    inputs: [
      { file: PKH, sheets: ['PKH TW II', XSS_SHEET] },
      { file: BPNT, sheets: ['BPNT'] },
      { file: PROG, sheets: ['Rekap Program'] },
    ],
    registers: [
      {
        file: PKH,
        sheet: 'PKH TW II',
        kind: 'beneficiary',
        headerRow: 3,
        rows: 380,
        mapping: {
          nik: 'NIK',
          no_kk: 'No. KK',
          nama: 'Nama Penerima',
          kelurahan: 'Kelurahan',
          kecamatan: 'Kec.',
          status_verifikasi: 'Status',
        },
      },
      { file: BPNT, sheet: 'BPNT', kind: 'beneficiary', headerRow: 1, rows: 320, mapping: { nik: 'NIK KPM', nama: XSS } },
      {
        file: PROG,
        sheet: 'Rekap Program',
        kind: 'program',
        headerRow: 5,
        rows: 196,
        mapping: { opd: 'Perangkat Daerah', kode: 'Kode Rekening', pagu: 'Pagu (Rp)' },
      },
    ],
    references: [{ file: 'dtks-binjai.xlsx', sheet: 'DTKS', kind: 'dtks' }],
    findings: list,
    summary,
    rollups: { tables: [programByOpd(), beneficiaryByArea()] },
  };
}
