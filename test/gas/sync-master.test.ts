// The master's staging: one setValues per append, text stays text, and a run that dies leaves the last good consolidation.
import { SheetsMaster } from '../../src/gas/sync-master';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import type { GasFake } from '../fakes/gas';
import { contents, gas, sheetNamesOf, syncFake } from './sync-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = syncFake();
});
afterEach(() => fake.uninstall());

const HEADER = ['NIK', 'Nama', 'Sumber', 'Baris'];
const consolidated = (fake: GasFake, ss: ReturnType<GasFake['createSpreadsheet']>) =>
  contents(
    fake,
    fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.consolidated.beneficiary))!,
  );

test('staging grows once per append, written in one setValues, and swaps in whole', () => {
  const ss = fake.createSpreadsheet('TKPP', { 'Sumber Data': [['OPD']] });
  const m = new SheetsMaster(gas(ss));
  m.resetStaging('beneficiary', HEADER);
  expect(m.stagingRows('beneficiary')).toBe(0);
  fake.calls.reset();
  const rows = Array.from({ length: 1500 }, (_, i) => [`12750117088000${String(i).padStart(2, '0')}`, `Warga ${i}`, 'dinsos', i + 2]);
  m.appendStaging('beneficiary', rows);
  expect(fake.calls.count('Range.setValues')).toBe(1);
  expect(fake.calls.count('Sheet.insertRowsAfter')).toBe(1);
  m.appendStaging('beneficiary', [['1', 'short']]);
  expect(fake.calls.count('Range.setValues')).toBe(2);
  expect(m.stagingRows('beneficiary')).toBe(1501);
  // A new execution (another Master) counts from the sheet.
  expect(new SheetsMaster(gas(ss)).stagingRows('beneficiary')).toBe(1501);
  m.swapStaging('beneficiary');
  expect(sheetNamesOf(fake, ss)).toEqual(['Sumber Data', SYNC_SHEETS.consolidated.beneficiary]);
  const read = m.readConsolidated('beneficiary');
  expect(read[0]).toEqual(HEADER);
  expect(read).toHaveLength(1502);
  expect(read[1]).toEqual(['1275011708800000', 'Warga 0', 'dinsos', 2]);
  expect(read[1501]).toEqual(['1', 'short', '', '']);
  expect(m.readConsolidated('program')).toEqual([]);
});

test('formula-looking text, leading zeros, TRUE and dates typed as text reach the master as text', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const m = new SheetsMaster(gas(ss));
  m.resetStaging('beneficiary', ['=Kolom', 'B']);
  m.appendStaging('beneficiary', [
    ['=IMPORTXML("http://x","//a")', '+62 812'],
    ['-', '@budi'],
    ['0812345', 'TRUE'],
    ['2025-01-31', null],
  ]);
  m.swapStaging('beneficiary');
  const c = consolidated(fake, ss);
  expect(c.formulas.flat().every((f) => f === '')).toBe(true);
  expect(c.values).toEqual([
    ['=Kolom', 'B'],
    ['=IMPORTXML("http://x","//a")', '+62 812'],
    ['-', '@budi'],
    ['0812345', 'TRUE'],
    ['2025-01-31', ''],
  ]);
});

test('an exception during appendStaging leaves the previous consolidated sheet unchanged; the next run replaces it', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const m = new SheetsMaster(gas(ss));
  m.resetStaging('beneficiary', HEADER);
  m.appendStaging('beneficiary', [['1275011708800001', 'Budi', 'dinsos', 2]]);
  m.swapStaging('beneficiary');
  const before = consolidated(fake, ss);

  const next = new SheetsMaster(gas(ss));
  next.resetStaging('beneficiary', HEADER);
  next.appendStaging('beneficiary', [['1275011708800002', 'Siti', 'dinsos', 2]]);
  // The second batch dies inside setValues (quota, timeout...).
  const proto = Object.getPrototypeOf(fake.uncounted(() => ss.getSheets()[0].getRange(1, 1)));
  const setValues = proto.setValues;
  proto.setValues = () => {
    throw new Error('Service Spreadsheets timed out');
  };
  try {
    expect(() => next.appendStaging('beneficiary', [['x', 'y', 'z', 3]])).toThrow('timed out');
  } finally {
    proto.setValues = setValues;
  }
  expect(consolidated(fake, ss)).toEqual(before);
  expect(next.readConsolidated('beneficiary')[1][1]).toBe('Budi');

  // A rerun resets the leftover staging and swaps cleanly.
  const rerun = new SheetsMaster(gas(ss));
  rerun.resetStaging('beneficiary', HEADER);
  expect(rerun.stagingRows('beneficiary')).toBe(0);
  rerun.appendStaging('beneficiary', [['1275011708800002', 'Siti', 'dinsos', 2]]);
  rerun.swapStaging('beneficiary');
  expect(rerun.readConsolidated('beneficiary')).toEqual([HEADER, ['1275011708800002', 'Siti', 'dinsos', 2]]);
  expect(sheetNamesOf(fake, ss).filter((n) => n.includes('staging'))).toEqual([]);
});

test('swap without staging refuses; outputs and rollups replace their own sheets in one setValues', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const m = new SheetsMaster(gas(ss));
  expect(() => m.swapStaging('program')).toThrow(/resetStaging/);
  expect(() => m.appendStaging('program', [['x']])).toThrow(/resetStaging/);
  m.writeOutput('findings', {
    rows: [
      ['Tingkat', 'Pesan'],
      ['galat', '=bukan rumus'],
    ],
  });
  fake.calls.reset();
  m.writeOutput('findings', { rows: [['Tingkat', 'Pesan']] });
  expect(fake.calls.count('Range.setValues')).toBe(1);
  const sheet = fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.output.findings))!;
  expect(contents(fake, sheet).values).toEqual([['Tingkat', 'Pesan']]);
  m.writeRollups([
    { id: 'a', title: 'Tabel A', columns: ['x'], header: ['X', 'Y'], rows: [['p', 1]] },
    { id: 'b', title: 'Tabel B', columns: ['x'], header: ['Z'], rows: [] },
  ]);
  const rollup = contents(
    fake,
    fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.rollup))!,
  );
  expect(rollup.values).toEqual([
    ['Tabel A', ''],
    ['X', 'Y'],
    ['p', 1],
    ['', ''],
    ['Tabel B', ''],
    ['Z', ''],
  ]);
});
