// Menu commands never end in Apps Script's red error bar: what Sheets refuses (cell limit, protected sheet) is said in an alert.
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { PKH_SHEET } from '../fixtures/sheets';
import { menuCheckAll, menuCheckSheet, menuClearMarks } from '../../src/gas/commands/check';
import { menuRollup } from '../../src/gas/commands/panel';
import { SHEETS } from '../../src/app/sheets';
import { FakeRange } from '../fakes/range';

const PKH = 'PKH Tanah Tinggi';
let fake: GasFake;
let ss: FakeSpreadsheet;

/** A workbook so close to Sheets' 10-million-cell limit that no new sheet of 1000 x 26 fits. */
function fullWorkbook(): void {
  fake = createGasFake();
  fake.install();
  ss = fake.createSpreadsheet('Dinas Sosial Binjai', { [PKH]: PKH_SHEET, Arsip: [['arsip lama']] });
  fake.uncounted(() => ss.getSheetByName('Arsip')!._resize(383_000, 26));
  fake.uncounted(() => ss.setActiveSheet(ss.getSheetByName(PKH)!));
}

afterEach(() => fake.uninstall());

test.each([
  ['Periksa sheet ini', menuCheckSheet],
  ['Periksa semua sheet', menuCheckAll],
  ['Rekap progres', menuRollup],
])('%s in a workbook at the cell limit shows a message instead of throwing', (_name, command) => {
  fullWorkbook();
  expect(() => command()).not.toThrow();
  const last = fake.ui.alerts.at(-1);
  expect(last?.prompt).toMatch(/10000000/);
  expect(last?.title).toBe('Sinergi');
});

test('Hapus tanda on a tracking sheet Sheets refuses to write shows a message instead of throwing', () => {
  fake = createGasFake();
  fake.install();
  ss = fake.createSpreadsheet('Dinas Sosial Binjai', { [PKH]: PKH_SHEET });
  menuCheckSheet();
  const original = FakeRange.prototype.setValues;
  const spy = jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (this: FakeRange, v) {
    if (this.getSheet().getName() === SHEETS.marks) throw new Error('You are trying to edit a protected cell or object.');
    return original.call(this, v);
  });
  try {
    expect(() => menuClearMarks()).not.toThrow();
    expect(fake.ui.alerts.at(-1)?.prompt).toMatch(/protected cell/);
  } finally {
    spy.mockRestore();
  }
});
