// The findings sheet's grid: which run, headings, a link per finding, text that can never become a formula.
import { cellLink, findingsTable, sheetRef } from '../../src/app/findings-table';
import { parseFindingsSheet } from '../../src/app/panel-findings';
import { EDIT_RULES, isEditRule } from '../../src/app/edit-rules';
import type { Finding } from '../../src/core/model/types';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);
const base = { column: 'NIK', key: 'k', params: {} };
const F: Finding[] = [
  { ...base, rule: 'nik.format', severity: 'error', sheet: 'PKH', row: 5, cell: 'B5', message: 'NIK harus 16 digit' },
  { ...base, rule: 'header.missing_field', severity: 'error', sheet: 'PKH', row: 4, cell: '', message: '=kolom hilang' },
  {
    ...base,
    rule: 'dup.nik.same_program',
    severity: 'warning',
    sheet: "Kel 'A'",
    row: 7,
    cell: 'B7',
    message: '+ganda',
    places: [
      { sheet: "Kel 'A'", row: 7, cell: 'B7' },
      { sheet: 'BST', row: 9, cell: 'B9' },
      { sheet: 'Kel B', row: 3, cell: '' },
    ],
  },
];
const ids: Record<string, number> = { PKH: 0, "Kel 'A'": 5, BST: 6 };

test('a run line, headings, then one row per finding', () => {
  const table = findingsTable(F, 'id', { scope: 'all', registers: 3, today: TODAY }, (s) => ids[s]);
  expect(table.rows[0][0]).toBe("'Periksa semua sheet (3 register), 28 November 2026: 2 galat, 1 peringatan, 0 info");
  expect(table.rows[1]).toEqual(["'Aturan", "'Tingkat", "'Sheet", "'Sel", "'Pesan", "'Tempat lain"]);
  expect(table.rows[2]).toEqual(["'nik.format", "'galat", "'PKH", '=HYPERLINK("#gid=0&range=B5", "B5")', "'NIK harus 16 digit", '']);
  expect(table.rows[3][3]).toBe('=HYPERLINK("#gid=0&range=4:4", "baris 4")');
  expect(table.rows[3][4]).toBe("'=kolom hilang");
  expect(table.rows[4][4]).toBe("'+ganda");
  expect(table.rows[4][5]).toBe("'BST!B9; 'Kel B'!3:3");
  expect(table.severities).toEqual([null, null, 'error', 'error', 'warning']);
  expect(table.counts).toEqual({ errors: 2, warnings: 1, infos: 0 });
});

test('English, one sheet, no findings', () => {
  const table = findingsTable([], 'en', { scope: 'sheet', sheet: 'PKH', registers: 1, today: TODAY }, () => 0);
  expect(table.rows[0][0]).toBe('\'Checked sheet "PKH", 28 November 2026: 0 errors, 0 warnings, 0 info');
  expect(table.rows[2][0]).toBe("'No findings.");
  expect(table.rows).toHaveLength(3);
});

test('links quote what they must; a sheet without id gets no link', () => {
  expect(cellLink('id', 3, { sheet: 'a"b', row: 0, cell: '' })).toBe('=HYPERLINK("#gid=3", "a""b")');
  expect(cellLink('id', undefined, { sheet: 'X', row: 2, cell: 'C2' })).toBe("'C2");
  expect(sheetRef('Renja_2025', 'A1')).toBe('Renja_2025!A1');
  expect(sheetRef("O'Brien", 'A1')).toBe("'O''Brien'!A1");
});

test("the sidebar reads the sheet back (display values show the links' labels, formulas carry the addresses)", () => {
  const table = findingsTable(F, 'id', { scope: 'all', registers: 3, today: TODAY }, (s) => ids[s]);
  const label = (v: string) => /"([^"]*)"\)$/.exec(v)?.[1] ?? '';
  const display = table.rows.map((r) =>
    r.map((v) => (typeof v === 'string' && v.startsWith('=') ? label(v) : String(v).replace(/^'/, ''))),
  );
  const formulas = table.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : '')));
  const rows = parseFindingsSheet(display, formulas);
  expect(rows.map((r) => [r.rule, r.severity, r.sheet, r.cell, r.message])).toEqual([
    ['nik.format', 'error', 'PKH', 'B5', 'NIK harus 16 digit'],
    ['header.missing_field', 'error', 'PKH', '4:4', '=kolom hilang'],
    ['dup.nik.same_program', 'warning', "Kel 'A'", 'B7', '+ganda'],
  ]);
  expect(rows[2].places).toHaveLength(2);
});

test('the edit rules are the row-local ones, listed once', () => {
  expect(EDIT_RULES).toContain('nik.format');
  expect(EDIT_RULES).toContain('wilayah.kelurahan_unknown');
  expect(EDIT_RULES).toContain('program.cumulative_decrease');
  for (const r of ['header.missing_field', 'verifikasi.order', 'program.parent_sum_mismatch', 'dup.nik.same_program']) {
    expect(isEditRule(r)).toBe(false);
  }
});

test('the addoncheck words have the same placeholders in both languages', async () => {
  const { addoncheck: id } = await import('../../src/core/i18n/id/addoncheck');
  const { addoncheck: en } = await import('../../src/core/i18n/en/addoncheck');
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(id) as (keyof typeof id)[]) expect([key, holes(en[key])]).toEqual([key, holes(id[key])]);
});
