// The .xlsx report: findings, rollups and registers as sheets, read back cell for cell; inputs never touched.
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { loadWorkbook, OutputError, writeReportXlsx } from '../../../src/cli/io';
import { columnFormat, placesText } from '../../../src/cli/io/report-xlsx';
import type { Report } from '../../../src/cli/report/json';
import { rawXlsx, tempDir } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const input = tmp.file('bansos.xlsx');
writeFileSync(input, rawXlsx({ sheets: [{ name: 'Penerima', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }] }));

const report: Report = {
  tool: 'sinergi',
  version: '0.1.0',
  lang: 'id',
  inputs: [{ file: input, sheets: ['Penerima'] }],
  registers: [
    {
      file: 'bansos.xlsx',
      sheet: 'Penerima',
      kind: 'beneficiary',
      headerRow: 3,
      rows: 120,
      mapping: { nik: 'NIK', nama: 'Nama KPM', tanggal_lahir: 'Tgl Lahir' },
    },
    { sheet: 'Program', kind: 'program', headerRow: 1, rows: 0, mapping: {} },
  ],
  references: [],
  findings: [
    {
      rule: 'nik.format',
      severity: 'error',
      file: 'bansos.xlsx',
      sheet: 'Penerima',
      row: 5,
      column: 'B',
      cell: 'B5',
      message: 'NIK "127504******01" harus 16 digit.',
    },
    {
      rule: 'dup.nik.same_program',
      severity: 'warning',
      file: 'bansos.xlsx',
      sheet: 'Penerima',
      row: 9,
      column: 'B',
      cell: 'B9',
      message: '=HYPERLINK("http://x","klik") bukan rumus',
      places: [
        { file: 'bansos.xlsx', sheet: 'Penerima', row: 5, cell: 'B5' },
        { sheet: 'Lain', row: 2, cell: 'C2' },
      ],
    },
    {
      rule: 'header.missing_field',
      severity: 'info',
      sheet: 'Program',
      row: 0,
      column: '',
      cell: '',
      message: '+62 dan -5 dan @x tetap teks',
    },
  ],
  summary: { errors: 1, warnings: 1, infos: 1, byRule: {} },
  rollups: {
    tables: [
      {
        id: 'program_by_opd',
        title: 'Progres program per OPD s.d. TW 2',
        columns: [
          'rollup.col.opd',
          'rollup.col.pagu',
          'rollup.col.realisasi_keuangan_pct',
          'rollup.col.sub_kegiatan',
          'rollup.col.absorption_rating',
        ],
        header: ['OPD', 'Pagu (Rp)', 'Realisasi Keuangan s.d. TW 2 (%)', 'Jumlah Sub Kegiatan', 'Predikat Serapan Anggaran'],
        rows: [
          ['Dinas Sosial', 1250000000, 45.5, 12, 'Sedang'],
          ['Jumlah', 1250000000, '', 12, ''],
        ],
      },
      {
        id: 'beneficiary_by_area',
        title: 'Penerima bantuan per program, kecamatan dan kelurahan',
        columns: ['rollup.col.program', 'rollup.col.kecamatan', 'rollup.col.recipients', 'rollup.col.stage_ditetapkan'],
        header: ['Program Bantuan', 'Kecamatan', 'Jumlah Penerima', 'Ditetapkan (%)'],
        rows: [['PKH', 'Binjai Timur', 300, 80.25]],
      },
    ],
  },
};

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);

describe('writeReportXlsx (Indonesian)', () => {
  const out = tmp.file('laporan.xlsx');
  let wb: ExcelJS.Workbook;
  const inputBefore = readFileSync(input);

  beforeAll(async () => {
    await writeReportXlsx(out, report, 'id');
    wb = await readBack(out);
  });

  test('sheets Temuan, Rekap, Register', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Temuan', 'Rekap', 'Register']);
  });

  test('Temuan: one row per finding, severity in words, places joined, header bold, frozen and filtered', () => {
    const ws = wb.getWorksheet('Temuan')!;
    expect(rowValues(ws, 1)).toEqual(['Aturan', 'Tingkat', 'Berkas', 'Sheet', 'Sel', 'Baris', 'Kolom', 'Keterangan', 'Tempat lain']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(report.findings.length + 1);
    report.findings.forEach((f, i) => {
      const v = rowValues(ws, i + 2);
      expect(v[0]).toBe(f.rule);
      expect(v[2] ?? '').toBe(f.file ?? '');
      expect(v[3]).toBe(f.sheet);
      expect(v[4] ?? '').toBe(f.cell);
      expect(v[5] ?? '').toBe(f.row > 0 ? f.row : '');
      expect(v[6] ?? '').toBe(f.column);
      expect(v[7]).toBe(f.message);
    });
    expect(rowValues(ws, 2)[1]).toBe('galat');
    expect(rowValues(ws, 3)[1]).toBe('peringatan');
    expect(rowValues(ws, 3)[8]).toBe('bansos.xlsx › Penerima!B5; Lain!C2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(8).width).toBeGreaterThan(30);
  });

  test('text that looks like a formula (= + - @) stays a plain string cell', () => {
    const ws = wb.getWorksheet('Temuan')!;
    const eq = ws.getCell('H3');
    expect(eq.type).toBe(ExcelJS.ValueType.String);
    expect(eq.formula).toBeUndefined();
    expect(eq.value).toBe('=HYPERLINK("http://x","klik") bukan rumus');
    expect(ws.getCell('H4').type).toBe(ExcelJS.ValueType.String);
  });

  test('Rekap: tables stacked under bold titles, a blank row between, Rupiah #,##0 and percentages 0.00 as numbers', () => {
    const ws = wb.getWorksheet('Rekap')!;
    expect(rowValues(ws, 1)).toEqual(['Progres program per OPD s.d. TW 2']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(rowValues(ws, 2)).toEqual(report.rollups.tables[0].header);
    expect(ws.getRow(2).font?.bold).toBe(true);
    expect(rowValues(ws, 3)).toEqual(['Dinas Sosial', 1250000000, 45.5, 12, 'Sedang']);
    expect(ws.getCell('B3').numFmt).toBe('#,##0');
    expect(ws.getCell('C3').numFmt).toBe('0.00');
    expect(ws.getCell('D3').numFmt ?? 'General').toBe('General');
    expect(rowValues(ws, 5)).toEqual([]);
    expect(rowValues(ws, 6)).toEqual(['Penerima bantuan per program, kecamatan dan kelurahan']);
    expect(rowValues(ws, 8)).toEqual(['PKH', 'Binjai Timur', 300, 80.25]);
    expect(ws.getCell('D8').numFmt).toBe('0.00');
  });

  test('Register: one row per mapped column, with the field in words', () => {
    const ws = wb.getWorksheet('Register')!;
    expect(rowValues(ws, 1)).toEqual([
      'Berkas',
      'Sheet',
      'Jenis register',
      'Baris judul kolom',
      'Jumlah baris data',
      'Isian',
      'Kode isian',
      'Kolom di sheet',
    ]);
    expect(rowValues(ws, 2)).toEqual(['bansos.xlsx', 'Penerima', 'Penerima bantuan', 3, 120, 'NIK', 'nik', 'NIK']);
    expect(rowValues(ws, 4)).toEqual([
      'bansos.xlsx',
      'Penerima',
      'Penerima bantuan',
      3,
      120,
      'tanggal lahir',
      'tanggal_lahir',
      'Tgl Lahir',
    ]);
    expect(rowValues(ws, 5)).toEqual([undefined, 'Program', 'Program', 1, 0]);
  });

  test('our own reader reads the report back as the same table', async () => {
    const back = await loadWorkbook(out);
    const rows = back.readSheet('Temuan').values;
    expect(rows.slice(1).map((r) => r[7])).toEqual(report.findings.map((f) => f.message));
  });

  test('the input file is untouched, and a report is never written over an input', async () => {
    expect(readFileSync(input).equals(inputBefore)).toBe(true);
    await expect(writeReportXlsx(input, report, 'id')).rejects.toMatchObject({ code: 'overwrites_input', name: 'OutputError' });
    await expect(writeReportXlsx(input, report, 'id')).rejects.toBeInstanceOf(OutputError);
    expect(readFileSync(input).equals(inputBefore)).toBe(true);
  });
});

test('English report: Findings, Rollup, Registers with English headings', async () => {
  const out = tmp.file('report-en.xlsx');
  await writeReportXlsx(out, { ...report, lang: 'en' }, 'en');
  const wb = await readBack(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Findings', 'Rollup', 'Registers']);
  expect(rowValues(wb.getWorksheet('Findings')!, 1)).toEqual([
    'Rule',
    'Severity',
    'File',
    'Sheet',
    'Cell',
    'Row',
    'Column',
    'Message',
    'Other places',
  ]);
  expect(rowValues(wb.getWorksheet('Findings')!, 2)[1]).toBe('error');
});

test('an empty report still has its sheets; an unwritable path is an OutputError', async () => {
  const empty: Report = { ...report, findings: [], registers: [], rollups: { tables: [] } };
  const out = tmp.file('kosong.xlsx');
  await writeReportXlsx(out, empty, 'id');
  const wb = await readBack(out);
  expect(wb.getWorksheet('Temuan')!.rowCount).toBe(1);
  expect(rowValues(wb.getWorksheet('Rekap')!, 1)).toEqual(['Belum ada tabel rekap.']);
  await expect(writeReportXlsx(tmp.file('tidak/ada/folder.xlsx'), empty, 'id')).rejects.toMatchObject({ code: 'unwritable' });
});

test('places: a NIK shared by thousands of rows is cut to what one cell holds', () => {
  const places = Array.from({ length: 5000 }, (_, i) => ({
    file: 'bansos-kecamatan-binjai-timur.xlsx',
    sheet: 'Penerima',
    row: i + 2,
    cell: `B${i + 2}`,
  }));
  const text = placesText(places, 'id');
  expect(text.length).toBeLessThanOrEqual(32767);
  expect(text).toMatch(/… dan \d+ tempat lain$/);
  expect(text.startsWith('bansos-kecamatan-binjai-timur.xlsx › Penerima!B2; ')).toBe(true);
});

test('number formats of rollup columns: by key in any language, by heading when a key is unknown', () => {
  expect(columnFormat('rollup.col.pariwisata_pagu', 'Budget of tourism programmes (Rp)')).toBe('#,##0');
  expect(columnFormat('rollup.col.realisasi_keuangan', 'Spending up to quarter 2 (Rp)')).toBe('#,##0');
  expect(columnFormat('rollup.col.on_time_rate', 'Timeliness (%)')).toBe('0.00');
  expect(columnFormat('rollup.col.stage_unknown', 'Status not filled in (%)')).toBe('0.00');
  expect(columnFormat('rollup.col.recipients', 'Jumlah Penerima')).toBeUndefined();
  expect(columnFormat(undefined, 'Pagu Baru (Rp)')).toBe('#,##0');
  expect(columnFormat('rollup.col.baru', 'Porsi (%)')).toBe('0.00');
});
