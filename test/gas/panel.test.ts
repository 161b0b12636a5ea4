// The findings sidebar on the Apps Script fake: menuSidebar's template, sidebarData from the findings sheet, jumpTo's checks.
import { readFileSync } from 'fs';
import { join } from 'path';
import { createGasFake, formula, type GasFake } from '../fakes/gas';
import { RENJA_SHEET, PKH_SHEET } from '../fixtures/sheets';
import { jumpTo, menuRollup, menuSidebar, sidebarData } from '../../src/gas/commands/panel';
import { menuCheckAll } from '../../src/gas/commands/check';
import { MAX_ITEMS, PER_BUCKET } from '../../src/app/panel';

const HEAD = ['Aturan', 'Tingkat', 'Sheet', 'Sel', 'Pesan', 'Tempat lain'];
const link = (gid: number, a1: string, cached = true) => formula(`=HYPERLINK("#gid=${gid}&range=${a1}";"${a1}")`, cached ? a1 : '');

/** A findings sheet as the check command writes it: header row, one row per finding, the cell as a HYPERLINK. */
function findingsSheet(): unknown[][] {
  return [
    HEAD,
    ['nik.format', 'galat', 'PKH Tanah Tinggi', link(2, 'B7'), 'NIK 127504******00 tidak lengkap.', ''],
    ['nik.stored_as_number', 'peringatan', 'PKH Tanah Tinggi', link(2, 'B6'), 'NIK tersimpan sebagai angka.', ''],
    ['nik.format', 'galat', 'PKH Tanah Tinggi', link(2, 'B8', false), 'NIK berisi spasi.', ''],
    ['program.cumulative_decrease', 'galat', 'Renja Dinsos', link(1, 'I8'), 'Realisasi turun.', ''],
    ['header.missing_field', 'galat', 'Renja Dinsos', '', 'Kolom OPD tidak ada.', ''],
    [
      'dup.nik.cross_program',
      'info',
      'PKH Tanah Tinggi',
      link(2, 'B5'),
      'NIK menerima 2 program.',
      "'Renja Dinsos'!B6, PKH Tanah Tinggi!B9, dan 3 tempat lainnya",
    ],
    ['program.parent_sum_mismatch', 'peringatan', 'Renja Dinsos', link(1, 'F6'), 'Pagu program tidak sama.', ''],
    [],
  ];
}

let fake: GasFake;
afterEach(() => fake?.uninstall());

function setup(sheets: Record<string, unknown[][]>, options: { locale?: string } = {}) {
  fake = createGasFake({ locale: options.locale });
  fake.install();
  return fake.createSpreadsheet('Monitoring TKPP 2025', sheets);
}

describe('sidebarData', () => {
  test('findings grouped by rule with counts, the filters lists, cells read from the links', () => {
    setup({ 'Renja Dinsos': RENJA_SHEET, 'PKH Tanah Tinggi': PKH_SHEET, 'Sinergi Temuan': findingsSheet() });
    const data = sidebarData();
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data).toMatchObject({ lang: 'id', checked: true, findingsSheet: 'Sinergi Temuan', total: 7, loaded: 7, headline: null });
    expect(data.severities).toEqual(['error', 'warning', 'info']);
    expect(data.sheets).toEqual(['PKH Tanah Tinggi', 'Renja Dinsos']);
    // Errors' rules first, then by count.
    expect(data.rules.map((r) => [r.id, r.title, r.count])).toEqual([
      ['nik.format', 'NIK bukan 16 angka', 2],
      ['header.missing_field', 'Kolom wajib tidak ada', 1],
      ['program.cumulative_decrease', 'Angka kumulatif turun', 1],
      ['nik.stored_as_number', 'NIK tersimpan sebagai angka', 1],
      ['program.parent_sum_mismatch', 'Pagu tidak sama dengan jumlah rinciannya', 1],
      ['dup.nik.cross_program', 'NIK di beberapa program', 1],
    ]);
    const nik = data.rules[0];
    expect(nik.counts).toEqual([[0, 0, 2]]);
    // B8's link has no calculated value yet: the address is read from the formula.
    expect(nik.items.map((i) => i.cell)).toEqual(['B7', 'B8']);
    expect(data.rules[1].items[0]).toMatchObject({ s: 0, sh: 1, cell: '', message: 'Kolom OPD tidak ada.' });
    expect(data.rules[5].items[0].places).toEqual([
      { text: "'Renja Dinsos'!B6", sheet: 'Renja Dinsos', cell: 'B6' },
      { text: 'PKH Tanah Tinggi!B9', sheet: 'PKH Tanah Tinggi', cell: 'B9' },
      { text: 'dan 3 tempat lainnya' },
    ]);
  });

  test('reads the findings sheet the check command writes, and each listed cell can be jumped to', () => {
    const ss = setup({ 'Renja Dinsos': RENJA_SHEET, 'PKH Tanah Tinggi': PKH_SHEET });
    menuCheckAll();
    const data = sidebarData();
    expect(data.checked).toBe(true);
    expect(data.total).toBeGreaterThan(5);
    expect(data.sheets).toEqual(expect.arrayContaining(['Renja Dinsos', 'PKH Tanah Tinggi']));
    const nik = data.rules.find((g) => g.id === 'nik.stored_as_number');
    expect(nik?.items.map((i) => i.cell)).toContain('B6');
    expect(data.rules.every((g) => g.title !== '' && g.items.every((i) => i.message !== ''))).toBe(true);
    for (const g of data.rules) {
      for (const i of g.items) {
        expect(jumpTo(data.sheets[i.sh], i.cell)).toEqual({ ok: true });
        expect(fake.uncounted(() => ss.getActiveSheet().getName())).toBe(data.sheets[i.sh]);
      }
    }
  });

  test('no findings sheet yet; an empty one; the rollup headline once Rekap progres ran', () => {
    setup({ 'Renja Dinsos': RENJA_SHEET, 'PKH Tanah Tinggi': PKH_SHEET });
    expect(sidebarData()).toMatchObject({ checked: false, total: 0, rules: [], headline: null });
    menuRollup();
    const data = sidebarData();
    expect(data.headline?.items.map((i) => [i.key, i.value])).toEqual([
      ['pagu', 251000000],
      ['keuangan', 55.78],
      ['fisik', 75.7],
      ['recipients', 4],
      ['families', 4],
    ]);
    expect(typeof data.headline?.updated).toBe('string');
    fake.uncounted(() => fake.spreadsheets[0].insertSheet('Sinergi Temuan').getRange(1, 1, 1, 6).setValues([HEAD]));
    expect(sidebarData()).toMatchObject({ checked: true, total: 0, rules: [] });
  });

  test('rows are capped per rule, severity and sheet, counts stay exact', () => {
    const rows: unknown[][] = [HEAD];
    for (let i = 0; i < 250; i++) rows.push(['nik.format', 'galat', 'A', `B${i + 2}`, `pesan ${i}`, '']);
    for (let i = 0; i < 30; i++) rows.push(['nik.format', 'galat', 'B', `B${i + 2}`, `pesan ${i}`, '']);
    setup({ A: [['x']], B: [['x']], 'Sinergi Temuan': rows });
    const [g] = sidebarData().rules;
    expect(g.count).toBe(280);
    expect(g.counts).toEqual([
      [0, 0, 250],
      [0, 1, 30],
    ]);
    expect(g.items).toHaveLength(PER_BUCKET + 30);
    expect(PER_BUCKET * 3).toBeLessThan(MAX_ITEMS);
  });

  test('English header and words; the number of calls does not depend on the number of findings', () => {
    const english = (n: number) => [
      ['Rule', 'Severity', 'Sheet', 'Cell', 'Message', 'Other places'],
      ...Array.from({ length: n }, (_, i) => ['field.required', 'error', 'A', link(1, `C${i + 2}`), 'Empty', '']),
    ];
    setup({ A: [['x']], 'Sinergi Temuan': english(100) }, { locale: 'en_US' });
    fake.calls.reset();
    const data = sidebarData();
    const small = fake.calls.total();
    expect(data.rules[0]).toMatchObject({ id: 'field.required', title: 'Required cell empty', count: 100 });
    expect(data.rules[0].items[99].cell).toBe('C101');
    fake.uninstall();
    setup({ A: [['x']], 'Sinergi Temuan': english(20000) }, { locale: 'en_US' });
    fake.calls.reset();
    expect(sidebarData().total).toBe(20000);
    expect(fake.calls.total()).toBe(small);
  });
});

describe('jumpTo', () => {
  test('activates the sheet and the range', () => {
    const ss = setup({ 'Renja Dinsos': RENJA_SHEET, 'PKH Tanah Tinggi': PKH_SHEET });
    expect(jumpTo('PKH Tanah Tinggi', 'b7')).toEqual({ ok: true });
    expect(fake.uncounted(() => [ss.getActiveSheet().getName(), ss.getActiveRange()?.getA1Notation()])).toEqual(['PKH Tanah Tinggi', 'B7']);
    expect(jumpTo('Renja Dinsos', '$F$6:$G$7')).toEqual({ ok: true });
    expect(fake.uncounted(() => [ss.getActiveSheet().getName(), ss.getActiveRange()?.getA1Notation()])).toEqual(['Renja Dinsos', 'F6:G7']);
    // A sheet-level finding: the sheet only.
    expect(jumpTo('PKH Tanah Tinggi', '')).toEqual({ ok: true });
    expect(fake.uncounted(() => ss.getActiveSheet().getName())).toBe('PKH Tanah Tinggi');
  });

  test('unknown sheet, bad address, outside the sheet, hidden sheet: a message, never an exception', () => {
    const ss = setup({ 'PKH Tanah Tinggi': PKH_SHEET, Arsip: [['x']] });
    fake.uncounted(() => ss.getSheetByName('Arsip')!.hideSheet());
    const bad = (sheet: unknown, cell: unknown) => {
      const r = jumpTo(sheet, cell);
      expect(r.ok).toBe(false);
      return (r as { message: string }).message;
    };
    expect(bad('PKH Lama', 'B7')).toBe(
      'Sheet "PKH Lama" tidak ada lagi di spreadsheet ini. Mungkin namanya sudah diganti; jalankan pemeriksaan lagi.',
    );
    expect(bad('<img src=x onerror=alert(1)>', 'B7')).toContain('<img src=x onerror=alert(1)>'); // text for textContent, not HTML
    expect(bad({ toString: () => 'x' }, 'B7')).toContain('""');
    expect(bad(undefined, undefined)).toContain('tidak ada lagi');
    expect(bad('PKH Tanah Tinggi', '=A1')).toBe('Alamat sel "=A1" tidak dikenali.');
    for (const cell of ['A0', 'B', '7', 'A1:B2:C3', 'ABCD1', 'Sheet1!A1', 42, { a: 1 }]) expect(bad('PKH Tanah Tinggi', cell)).toBeTruthy();
    expect(bad('PKH Tanah Tinggi', 'B5000')).toBe(
      'Sel B5000 berada di luar sheet "PKH Tanah Tinggi". Mungkin baris atau kolomnya sudah dihapus; jalankan pemeriksaan lagi.',
    );
    expect(bad('Arsip', 'A1')).toBe('Sheet "Arsip" sedang disembunyikan. Tampilkan sheet itu dulu.');
  });
});

describe('menuSidebar', () => {
  test('shows the template titled Sinergi, words escaped, nothing left unevaluated', () => {
    setup({ A: [['x']] });
    fake.addHtmlFile('sidebar', readFileSync(join(__dirname, '..', '..', 'src', 'ui', 'sidebar.html'), 'utf8'));
    menuSidebar();
    const [shown] = fake.ui.sidebars;
    expect(shown.title).toBe('Sinergi');
    expect(shown.content).toContain('<html lang="id">');
    expect(shown.content).toContain('<span data-k="chunk.run">Periksa semua (bertahap)</span>');
    expect(shown.content).toContain('Pakai menu &quot;Periksa semua sheet (lintas sheet)&quot;.');
    expect(shown.content).not.toMatch(/<\?/);
  });
});
