// Opening agency workbooks: a URL or id opens a read-only view; every failure is SourceError('unreachable') with a reason.
import { SourceError } from '../../src/app/consolidate-ports';
import { SHEETS } from '../../src/app/sheets';
import { SheetsSourceOpener } from '../../src/gas/sync-open';
import { reasonOf, SourceUnreachable } from '../../src/gas/sync-ports';
import type { GasFake } from '../fakes/gas';
import { formula } from '../fakes/gas';
import { syncFake, urlOf } from './sync-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = syncFake();
});
afterEach(() => fake.uninstall());

const failure = (f: () => unknown): SourceUnreachable => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    expect((e as SourceError).code).toBe('unreachable');
    return e as SourceUnreachable;
  }
  throw new Error('did not throw');
};

test('a URL or an id opens the source; its own Sinergi sheets are not offered; one getValues + getNumberFormats a sheet', () => {
  fake.createSpreadsheet('Master');
  const src = fake.createSpreadsheet('Dinsos', {
    PKH: [
      ['NIK', 'Nama'],
      ['1275011708800001', 'Budi'],
      [formula('=IMPORTXML("http://x","//a")', 'x'), 'y'],
    ],
    [SHEETS.marks]: [['x']],
    'Sinergi Konsolidasi Penerima': [['x']],
  });
  const opener = new SheetsSourceOpener();
  const id = fake.uncounted(() => src.getId());
  for (const ref of [id, urlOf(fake, src), `  ${urlOf(fake, src)}  `]) {
    const wb = opener.open(ref);
    expect(wb.id).toBe(id);
    expect(wb.name).toBe('Dinsos');
    expect(wb.sheetNames()).toEqual(['PKH']);
    fake.calls.reset();
    const data = wb.readSheet('pkh');
    expect(data.name).toBe('PKH');
    expect(data.values[1]).toEqual(['1275011708800001', 'Budi']);
    expect(data.numberFormats).toHaveLength(3);
    expect(fake.calls.count('Range.getValues')).toBe(1);
    expect(fake.calls.count('Range.getNumberFormats')).toBe(1);
    expect(() => wb.writeTable('PKH', { rows: [] })).toThrow(/never writes/);
  }
});

test('deleted, unshared, bad ids and bad URLs become SourceError unreachable with a reason, never another exception', () => {
  const gone = fake.createSpreadsheet('Gone');
  const locked = fake.createSpreadsheet('Locked');
  fake.failOpen(gone, 'deleted');
  fake.failOpen(locked, 'noAccess');
  const opener = new SheetsSourceOpener();
  expect(failure(() => opener.open(fake.uncounted(() => gone.getId()))).reason).toBe('deleted');
  expect(failure(() => opener.open(urlOf(fake, gone))).reason).toBe('deleted');
  expect(failure(() => opener.open(fake.uncounted(() => locked.getId()))).reason).toBe('no_access');
  expect(failure(() => opener.open(urlOf(fake, locked))).reason).toBe('no_access');
  // Well-formed but unknown id, and refs that are not spreadsheets at all.
  expect(failure(() => opener.open('1' + 'a'.repeat(43))).reason).toBe('bad_ref');
  for (const ref of [
    '',
    '   ',
    'Dinas Sosial',
    'https://example.com/d/abc',
    'https://docs.google.com/document/d/1abcdefghijklmnopqrstuvwxyz12345/edit',
    '12345',
  ]) {
    const e = failure(() => opener.open(ref));
    expect(e.reason).toBe('bad_ref');
    expect(reasonOf(e)).toBe('bad_ref');
  }
  expect(failure(() => opener.open(null as unknown as string)).reason).toBe('bad_ref');
  expect(reasonOf(new Error('x'))).toBe('no_access');
});

test('a sheet that vanished since opening is unreachable, not a crash', () => {
  const src = fake.createSpreadsheet('Dinsos', { PKH: [['NIK']] });
  const wb = new SheetsSourceOpener().open(fake.uncounted(() => src.getId()));
  expect(failure(() => wb.readSheet('Renja')).reason).toBe('bad_ref');
});
