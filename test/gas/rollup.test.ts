// Rekap progres on the Apps Script fake: tables and headline on Sinergi's rollup sheet, two charts, rerun idempotence, call budget.
import { createGasFake, type FakeSheet, type GasFake } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { menuRollup } from '../../src/gas/commands/panel';
import { planRollupSheet } from '../../src/app/rollup-sheet';
import { readHeadline } from '../../src/app/rollup-sheet-headline';
import { checkWorkbooks } from '../../src/core/workbook';

const NOW = new Date('2025-10-06T03:15:00Z'); // 10:15 in Binjai

/** The same Renja, as the sheet of another OPD (Dinas Pendidikan). */
const RENJA_DISDIK = RENJA_SHEET.map((r, i) =>
  i === 0 ? ['RENCANA KERJA DAN REALISASI DINAS PENDIDIKAN KOTA BINJAI TAHUN 2025'] : r.slice(),
);

const KELURAHAN: [string, string][] = [
  ['Tanah Tinggi', 'Binjai Timur'],
  ['Pahlawan', 'Binjai Utara'],
  ['Kartini', 'Binjai Kota'],
  ['Suka Maju', 'Binjai Barat'],
  ['Tanah Merah', 'Binjai Selatan'],
  ['Jati Negara', 'Binjai Utara'],
];
const KEC_CODE: Record<string, string> = {
  'Binjai Utara': '01',
  'Binjai Kota': '02',
  'Binjai Barat': '03',
  'Binjai Timur': '04',
  'Binjai Selatan': '05',
};
const STAGE_WORDS = ['Diusulkan', 'Diverifikasi Kelurahan', 'Disetujui Dinsos', 'Ditetapkan', 'Ditolak', ''];
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A recipient list of n rows over six kelurahan in five kecamatan, every verification stage, two programmes. */
function recipients(n: number, extra: unknown[][] = []): unknown[][] {
  const rows: unknown[][] = [
    ['DAFTAR PENERIMA BANTUAN SOSIAL KOTA BINJAI 2025'],
    ['No', 'NIK', 'No. KK', 'Nama', 'L/P', 'Kelurahan', 'Kecamatan', 'Program', 'Periode', 'Status Verifikasi'],
  ];
  for (let i = 0; i < n; i++) {
    const [kel, kec] = KELURAHAN[i % KELURAHAN.length];
    const serial = pad(1 + (Math.floor(i / 28) % 9999), 4);
    const nik = `1275${KEC_CODE[kec]}${pad(1 + (i % 28), 2)}${pad(1 + (i % 12), 2)}${pad(60 + (i % 40), 2)}${serial}`;
    const kk = `1275${KEC_CODE[kec]}0101${pad(10 + (i % 15), 2)}${serial}`;
    rows.push([
      i + 1,
      nik,
      kk,
      `Penerima ${i + 1}`,
      i % 2 ? 'L' : 'P',
      kel,
      kec,
      i % 3 ? 'PKH' : 'BPNT',
      '2025',
      STAGE_WORDS[i % STAGE_WORDS.length],
    ]);
  }
  return rows.concat(extra);
}

let fake: GasFake;

beforeEach(() => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'setTimeout',
      'setInterval',
      'setImmediate',
      'clearTimeout',
      'clearInterval',
      'clearImmediate',
      'nextTick',
      'queueMicrotask',
    ],
  });
});
afterEach(() => {
  fake?.uninstall();
  jest.useRealTimers();
});

function setup(sheets: Record<string, unknown[][]>, options: { locale?: string } = {}) {
  fake = createGasFake({ locale: options.locale });
  fake.install();
  const ss = fake.createSpreadsheet('Monitoring TKPP 2025', sheets);
  return ss;
}

const rollupSheet = (): FakeSheet => fake.uncounted(() => fake.spreadsheets[0].getSheetByName('Sinergi Rekap')!);
const snapshot = (sheet: FakeSheet) =>
  fake.uncounted(() => {
    const r = sheet.getDataRange();
    return { values: r.getValues(), formats: r.getNumberFormats(), formulas: r.getFormulas(), weights: r.getFontWeights() };
  });
const charts = (sheet: FakeSheet) => fake.uncounted(() => sheet.getCharts().map((c) => c._describe()));
/** Row index (0-based) of the first row whose column A is `text`. */
const rowOf = (values: unknown[][], text: string): number => values.findIndex((r) => r[0] === text);

describe('menuRollup', () => {
  test('writes the headline and every table on one sheet, with number formats, and two charts over the right ranges', () => {
    const ss = setup({ 'Renja Dinsos': RENJA_SHEET, 'Renja Disdik': RENJA_DISDIK, 'PKH Tanah Tinggi': PKH_SHEET });
    const before = fake.uncounted(() => ss.getSheets().map((s) => s.getDataRange().getValues()));
    menuRollup();

    const sheet = rollupSheet();
    const { values, formats, formulas } = snapshot(sheet);
    expect(values.slice(0, 7).map((r) => r.slice(0, 2))).toEqual([
      ['Rekap progres Sinergi', ''],
      ['Diperbarui', '06/10/2025 10:15'],
      ['Pagu seluruh OPD (Rp)', 502000000],
      ['Realisasi keuangan s.d. TW III (%)', 55.78],
      ['Realisasi fisik s.d. TW III (%, bobot pagu)', 75.7],
      ['Penerima bantuan (orang)', 4],
      ['Keluarga penerima (KK)', 4],
    ]);
    expect(formats[2][1]).toBe('#,##0');
    expect(formats[3][1]).toBe('0.00');

    // Tables stacked, each with its title row and header row.
    const opd = rowOf(values, 'Progres program per OPD s.d. TW III');
    expect(opd).toBeGreaterThan(7);
    expect(values[opd + 1].slice(0, 5)).toEqual([
      'OPD',
      'Pagu (Rp)',
      'Realisasi Keuangan s.d. TW III (Rp)',
      'Realisasi Keuangan s.d. TW III (%)',
      'Realisasi Fisik s.d. TW III (%, bobot pagu)',
    ]);
    expect(values[opd + 2].slice(0, 5)).toEqual(['DINAS PENDIDIKAN', 251000000, 140000000, 55.78, 75.7]);
    expect(values[opd + 3][0]).toBe('DINAS SOSIAL');
    expect(values[opd + 4].slice(0, 3)).toEqual(['Jumlah', 502000000, 280000000]);
    expect(formats[opd + 4].slice(1, 5)).toEqual(['#,##0', '#,##0', '0.00', '0.00']);
    expect(snapshot(sheet).weights[opd + 4][0]).toBe('bold');
    for (const title of [
      'Progres program per misi RPJMD s.d. TW III',
      'Progres program per urusan s.d. TW III',
      'Tahap verifikasi penerima bantuan per kecamatan (%)',
      'Penerima bantuan per program, kecamatan dan kelurahan',
    ]) {
      expect(rowOf(values, title)).toBeGreaterThan(opd);
    }
    // Urusan "1.06" stays text (not the number 1.06, nor a date), and nothing became a formula.
    const urusan = rowOf(values, 'Progres program per urusan s.d. TW III');
    expect(values[urusan + 2][0]).toBe('1.01');
    expect(values[urusan + 3][0]).toBe('1.06');
    expect(formulas.flat().every((f) => f === '')).toBe(true);

    const kec = rowOf(values, 'Tahap verifikasi penerima bantuan per kecamatan (%)');
    expect(values[kec + 1].slice(0, 3)).toEqual(['Kecamatan', 'Jumlah Penerima', 'Diusulkan (%)']);
    expect(values[kec + 2].slice(0, 2)).toEqual(['Binjai Timur', 3]);
    expect(values[kec + 3].slice(0, 2)).toEqual(['Binjai Utara', 1]);
    expect(values[kec + 2][7]).toBe(100); // no status column: all "not filled in"

    // Charts: a column chart per OPD (city total left out) and a stacked bar per kecamatan, titles in Indonesian.
    const cs = charts(sheet);
    expect(cs).toHaveLength(2);
    const [realisation, verification] = cs;
    expect(realisation.type).toBe('COLUMN');
    expect(realisation.options.title).toBe('Realisasi keuangan dan fisik per OPD s.d. TW III');
    expect(realisation.ranges).toEqual([`Sinergi Rekap!A${opd + 2}:A${opd + 4}`, `Sinergi Rekap!D${opd + 2}:E${opd + 4}`]);
    expect(realisation.options.numHeaders).toBe(1);
    expect(verification.type).toBe('BAR');
    expect(verification.options.isStacked).toBe(true);
    expect(verification.options.title).toBe('Tahap verifikasi penerima bantuan per kecamatan');
    expect(verification.ranges).toEqual([`Sinergi Rekap!A${kec + 2}:A${kec + 4}`, `Sinergi Rekap!C${kec + 2}:H${kec + 4}`]);
    // Both charts sit in the empty band under the headline, side by side, above the tables.
    expect(realisation.position.anchorRow).toBe(9);
    expect(verification.position.anchorRow).toBe(9);
    expect(verification.position.anchorColumn).toBeGreaterThan(realisation.position.anchorColumn);
    expect(values.slice(8, opd).every((r) => r.every((c) => c === ''))).toBe(true);

    // The user's sheets are untouched; the rollup sheet is shown with a toast.
    expect(
      fake.uncounted(() =>
        ss
          .getSheets()
          .slice(0, 3)
          .map((s) => s.getDataRange().getValues()),
      ),
    ).toEqual(before);
    expect(fake.uncounted(() => ss.getActiveSheet().getName())).toBe('Sinergi Rekap');
    expect(fake.ui.toasts.at(-1)?.message).toBe('Rekap progres selesai: 5 tabel dan 2 grafik di sheet "Sinergi Rekap".');
  });

  test('a rerun replaces the content and the charts, never duplicates them', () => {
    setup({ 'Renja Dinsos': RENJA_SHEET, 'Renja Disdik': RENJA_DISDIK, Penerima: recipients(60) });
    menuRollup();
    const first = snapshot(rollupSheet());
    const firstCharts = charts(rollupSheet());
    menuRollup();
    expect(fake.uncounted(() => rollupSheet().getCharts().length)).toBe(2);
    expect(snapshot(rollupSheet())).toEqual(first);
    expect(charts(rollupSheet())).toEqual(firstCharts);
    expect(fake.uncounted(() => fake.spreadsheets[0].getSheets().filter((s) => s.getName().startsWith('Sinergi')).length)).toBe(1);
  });

  test('a smaller rollup after a larger one leaves nothing behind', () => {
    const ss = setup({ 'Renja Dinsos': RENJA_SHEET, Penerima: recipients(60) });
    menuRollup();
    fake.uncounted(() => ss.deleteSheet(ss.getSheetByName('Penerima')!));
    menuRollup();
    const { values } = snapshot(rollupSheet());
    expect(rowOf(values, 'Penerima bantuan per program, kecamatan dan kelurahan')).toBe(-1);
    expect(values[5][1]).toBe('');
    expect(charts(rollupSheet()).map((c) => c.type)).toEqual(['COLUMN']);
  });

  test('a rollup longer than the sheet grows it first (setValues never does)', () => {
    // 1,200 kelurahan spellings the reference does not know: one rollup row each.
    const odd = Array.from({ length: 1200 }, (_, i) => [
      i + 1,
      '',
      '',
      `Warga ${i}`,
      'L',
      `Kampung ${i}`,
      'Binjai Timur',
      'PKH',
      '2025',
      'Diusulkan',
    ]);
    setup({ Penerima: recipients(0, odd) });
    menuRollup();
    const { values } = snapshot(rollupSheet());
    expect(values.length).toBeGreaterThan(1200);
    expect(values.at(-1)?.[0]).toBe('Jumlah');
    expect(fake.uncounted(() => rollupSheet().getMaxRows())).toBe(values.length + 1); // the blank row after the last table
  });

  test('text that looks like a formula is written as text', () => {
    const hostile = recipients(3)
      .slice(0, 2)
      .concat([
        [1, '1275041708800001', '1275040101100003', 'A', 'L', '=HYPERLINK("http://x";"klik")', 'Binjai Timur', 'PKH', '2025', 'Diusulkan'],
        [2, '1275041708800002', '1275040101100004', 'B', 'P', '+62 Kel', '@Kec', 'PKH', '2025', 'Diusulkan'],
        [3, '1275041708800003', '1275040101100005', 'C', 'P', '-Kel Baru', 'Binjai Timur', 'PKH', '2025', 'Diusulkan'],
      ]);
    setup({ Penerima: hostile });
    menuRollup();
    const { values, formulas } = snapshot(rollupSheet());
    expect(formulas.flat().every((f) => f === '')).toBe(true);
    const texts = values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x";"klik")', '-Kel Baru', '+62 Kel', '@Kec']));
  });

  test('titles follow the spreadsheet language', () => {
    setup({ 'Renja Dinsos': RENJA_SHEET, Penerima: recipients(12) }, { locale: 'en_US' });
    menuRollup();
    const { values } = snapshot(rollupSheet());
    expect(values[0][0]).toBe('Sinergi progress rollup');
    expect(rowOf(values, 'Programme progress by agency up to quarter III')).toBeGreaterThan(0);
    expect(charts(rollupSheet()).map((c) => c.options.title)).toEqual([
      'Spending and physical progress by agency up to quarter III',
      'Verification stage of aid recipients by kecamatan',
    ]);
  });

  test('no register: the sheet says what to do, no chart, an alert', () => {
    setup({ Catatan: [['Rapat TKPP'], ['Senin']] });
    menuRollup();
    const { values } = snapshot(rollupSheet());
    expect(values.some((r) => String(r[0]).startsWith('Belum ada register program atau penerima bantuan'))).toBe(true);
    expect(charts(rollupSheet())).toEqual([]);
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('Siapkan register');
  });

  test('another run holding the document lock: a friendly message, nothing written', () => {
    const ss = setup({ 'Renja Dinsos': RENJA_SHEET });
    fake.holdLock('document', 60000, ss);
    menuRollup();
    expect(fake.ui.alerts.at(-1)?.prompt).toBe('Rekap progres sedang dibuat dari jendela lain. Tunggu sebentar, lalu coba lagi.');
    expect(fake.uncounted(() => ss.getSheetByName('Sinergi Rekap'))).toBeNull();
  });

  test('the number of Sheets calls does not depend on the number of rows (100 and 50,000 recipients)', () => {
    const count = (n: number): number => {
      setup({ 'Renja Dinsos': RENJA_SHEET, 'Renja Disdik': RENJA_DISDIK, Penerima: recipients(n) });
      menuRollup(); // the first run creates the sheet; count a rerun, the usual case, and a first run
      fake.calls.reset();
      menuRollup();
      const rerun = fake.calls.total();
      fake.uninstall();
      return rerun;
    };
    const small = count(100);
    const large = count(50000);
    expect(large).toBe(small);
    expect(small).toBeLessThan(80);
  });
});

describe('planRollupSheet', () => {
  test('grids are rectangular and the headline reads back', () => {
    const result = checkWorkbooks(
      [
        { sheet: 'Renja', values: RENJA_SHEET },
        { sheet: 'PKH', values: PKH_SHEET },
      ],
      { today: 20367, lang: 'id' },
    );
    const plan = planRollupSheet(result, 'id', '06/10/2025 10:15');
    for (const grid of [plan.values, plan.numberFormats, plan.fontWeights, plan.backgrounds, plan.wraps]) {
      expect(grid).toHaveLength(plan.height);
      for (const row of grid) expect(row).toHaveLength(plan.width);
    }
    expect(
      plan.values
        .flat()
        .filter((v) => typeof v === 'string' && v !== '')
        .every((v) => (v as string).startsWith("'")),
    ).toBe(true);
    const unquote = plan.values.slice(0, 7).map((r) => r.slice(0, 2).map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
    expect(readHeadline(unquote)).toEqual({
      updated: '06/10/2025 10:15',
      items: [
        { key: 'pagu', kind: 'rp', label: 'Pagu seluruh OPD (Rp)', value: 251000000 },
        { key: 'keuangan', kind: 'pct', label: 'Realisasi keuangan s.d. TW III (%)', value: 55.78 },
        { key: 'fisik', kind: 'pct', label: 'Realisasi fisik s.d. TW III (%, bobot pagu)', value: 75.7 },
        { key: 'recipients', kind: 'count', label: 'Penerima bantuan (orang)', value: 4 },
        { key: 'families', kind: 'count', label: 'Keluarga penerima (KK)', value: 4 },
      ],
    });
    expect(readHeadline([['Something else']])).toBeNull();
    expect(readHeadline(unquote.map((r, i) => (i === 0 ? ['Judul lain', ''] : r)))).toBeNull();
  });
});
