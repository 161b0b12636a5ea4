// The sources sheet: created once with notes and warning-only dropdowns, read into sources and problems, statuses in one write.
import { parseSourcesSheet } from '../../src/app/sources-sheet';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { ensureSourcesSheet, readSources, statusCellsOf, writeSourceStatuses } from '../../src/gas/sync-sources';
import type { GasFake } from '../fakes/gas';
import { contents, fakeSheet, gas, syncFake } from './sync-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = syncFake();
});
afterEach(() => fake.uninstall());

const ID_A = '1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const ID_B = '1BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';

test('ensureSourcesSheet creates the header, notes, dropdowns allowing invalid, frozen header; never rewrites', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const made = ensureSourcesSheet(gas(ss), 'id');
  const created = made.created;
  const sheet = fakeSheet(made.sheet);
  expect(created).toBe(true);
  const c = contents(fake, sheet);
  expect(c.values[0]).toEqual([
    'OPD/Unit',
    'Jenis Register',
    'URL atau ID Spreadsheet',
    'Nama Sheet (opsional)',
    'Nama Kontak',
    'Email Kontak',
    'Aktif (Y/N)',
    'Sinkron Terakhir',
    'Status',
    'Baris',
    'Galat',
    'Peringatan',
    'Digest',
  ]);
  expect(c.notes[0].slice(0, 8).every((n) => n !== '')).toBe(true);
  fake.uncounted(() => {
    expect(sheet.getFrozenRows()).toBe(1);
    const kind = sheet.getRange(5, 2).getDataValidation()!;
    expect(kind.getCriteriaValues()[0]).toEqual(['penerima', 'program']);
    expect(kind.getAllowInvalid()).toBe(true);
    const active = sheet.getRange(5, 7).getDataValidation()!;
    expect(active.getCriteriaValues()[0]).toEqual(['Y', 'N']);
    sheet.getRange(2, 1, 1, 3).setValues([['Dinsos', 'penerima', ID_A]]);
  });
  expect(ensureSourcesSheet(gas(ss), 'en').created).toBe(false);
  expect(contents(fake, sheet).values[1].slice(0, 3)).toEqual(['Dinsos', 'penerima', ID_A]);
  expect(contents(fake, fakeSheet(ensureSourcesSheet(gas(fake.createSpreadsheet('EN')), 'en').sheet)).values[0][0]).toBe('Agency/Unit');
});

const HEAD = [
  'OPD/Unit',
  'Jenis Register',
  'URL atau ID Spreadsheet',
  'Nama Sheet (opsional)',
  'Nama Kontak',
  'Email Kontak',
  'Aktif (Y/N)',
];

// The parsing itself is tested in test/app/sources-sheet.test.ts; here, that the adapter hands it the sheet as Sheets holds it.
test('readSources: the sheet read in one call and parsed as the app parses it', () => {
  const grid = [
    HEAD,
    ['Dinsos', 'Penerima', `https://docs.google.com/spreadsheets/d/${ID_A}/edit#gid=0`, '', 'Rina', 'rina@binjaikota.go.id', 'Y'],
    ['Bappeda', 'program', ID_B, 'Renja 2025', '', '', ''],
    ['Dinkes', 'bantuan', ID_B, '', '', '', 'Y'],
    ['Kec. Binjai Utara', 'penerima', 'sheet saya', '', '', '', false],
  ];
  const ss = fake.createSpreadsheet('TKPP', { [SYNC_SHEETS.sources]: grid });
  fake.calls.reset();
  const read = readSources(gas(ss));
  expect(read).toEqual(parseSourcesSheet(grid));
  expect(read.sources.map((s) => s.id)).toEqual([`${ID_A}:beneficiary`, `${ID_B}:program:renja2025`, 'row:5']);
  expect(read.problems.map((p) => [p.row, p.code])).toEqual([[4, 'unknown_kind']]);
  expect(fake.calls.count('getValues')).toBe(1);
  expect(readSources(gas(fake.createSpreadsheet('Empty')))).toEqual({ sources: [], problems: [] });
});

test('writeSourceStatuses: one read, one setValues, only columns H-M; other rows keep their status', () => {
  const ss = fake.createSpreadsheet('TKPP', {
    [SYNC_SHEETS.sources]: [
      [...HEAD, 'Sinkron Terakhir', 'Status', 'Baris', 'Galat', 'Peringatan', 'Digest'],
      ['Dinsos', 'penerima', ID_A, '', 'Rina', '=rina', 'Y'],
      ['Bappeda', 'program', ID_B, '', '', '', 'Y', '', 'lama', 3, 0, 0, 'abc'],
      ['Disdik', 'program', '0123', '', '', '', 'N'],
    ],
  });
  const sheet = fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.sources))!;
  const userBefore = contents(fake, sheet).values.map((r) => r.slice(0, 7));
  const at = '2025-03-01T02:00:00.000Z';
  fake.calls.reset();
  writeSourceStatuses(gas(ss), [
    statusCellsOf(2, { state: 'ok', rows: 120, errors: 2, warnings: 5, digest: 'ff00', lastSync: at }, 'id'),
    statusCellsOf(4, { state: 'unreachable', rows: 0, errors: 1, warnings: 0, digest: '', lastSync: at }, 'id', 'no_access'),
  ]);
  expect(fake.calls.count('Range.setValues')).toBe(1);
  expect(fake.calls.count('Range.getValues')).toBe(1);
  const after = contents(fake, sheet).values;
  expect(after.map((r) => r.slice(0, 7))).toEqual(userBefore);
  expect(after[1].slice(7)).toEqual([new Date(at), 'baik', 120, 2, 5, 'ff00']);
  expect(after[2].slice(7)).toEqual(['', 'lama', 3, 0, 0, 'abc']);
  expect(after[3][8]).toBe('Tidak ada akses: minta OPD membagikan spreadsheet ke akun ini');
  expect(
    contents(fake, sheet)
      .formulas.flat()
      .every((f) => f === ''),
  ).toBe(true);
});
