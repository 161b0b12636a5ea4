// Store (document properties, 9 KB refused clearly), SHA-256 digest, the audit log, and the reference push-down.
import { createHash } from 'node:crypto';
import { REFERENCE_SHEETS, SHEETS } from '../../src/app/sheets';
import { appendAudit } from '../../src/gas/sync-audit';
import { pushReferences } from '../../src/gas/sync-refs';
import { SheetsStore, sheetsDigest, StoreValueTooLarge, utf8Bytes } from '../../src/gas/sync-store';
import type { GasFake } from '../fakes/gas';
import { formula } from '../fakes/gas';
import { contents, gas, sheetNamesOf, syncFake, urlOf } from './sync-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = syncFake();
});
afterEach(() => fake.uninstall());

test('store round-trips, refuses a value over 9 KB with a clear error and leaves the old value', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const store = new SheetsStore();
  expect(store.get('k')).toBeUndefined();
  store.set('k', 'v1');
  expect(store.get('k')).toBe('v1');
  store.set('big', 'x'.repeat(9 * 1024));
  expect(() => store.set('k', 'é'.repeat(4700))).toThrow(StoreValueTooLarge);
  expect(() => store.set('k', 'é'.repeat(4700))).toThrow(/"k" is 9400 bytes/);
  expect(store.get('k')).toBe('v1');
  store.delete('k');
  expect(store.get('k')).toBeUndefined();
  expect(fake.properties('document', ss).big).toHaveLength(9216);
  expect(utf8Bytes('a€😀')).toBe(1 + 3 + 4);
});

test('sheetsDigest is hex SHA-256 of the UTF-8 text', () => {
  for (const s of ['', 'Binjai', 'Kelurahan Tanah Tinggi — é 😀']) {
    expect(sheetsDigest.sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  }
});

test('audit log: created with a header, one setValues per call, user or empty, NIKs masked', () => {
  const ss = fake.createSpreadsheet('TKPP');
  const now = new Date('2025-03-01T02:00:00Z');
  fake.calls.reset();
  appendAudit(gas(ss), [{ action: 'consolidate', source: 'dinsos', outcome: 'ok', rows: 120 }], 'id', now);
  expect(fake.calls.count('Range.setValues')).toBe(2); // header + entries on creation
  fake.calls.reset();
  appendAudit(
    gas(ss),
    [
      { action: 'consolidate', source: 'bappeda', outcome: 'no_access' },
      { action: 'consolidate', source: 'NIK 1275011708800001', outcome: '=ok' },
    ],
    'id',
    now,
  );
  expect(fake.calls.count('Range.setValues')).toBe(1);
  fake.setActiveUser('');
  appendAudit(gas(ss), [{ action: 'push_refs', source: 'x', outcome: 'ok', rows: 0 }], 'id', now);
  const log = contents(
    fake,
    fake.uncounted(() => ss.getSheetByName(SHEETS.log))!,
  );
  expect(log.values).toEqual([
    ['Waktu', 'Pengguna', 'Tindakan', 'Sumber', 'Hasil', 'Baris'],
    [now, 'operator@binjaikota.go.id', 'consolidate', 'dinsos', 'ok', 120],
    [now, 'operator@binjaikota.go.id', 'consolidate', 'bappeda', 'no_access', ''],
    [now, 'operator@binjaikota.go.id', 'consolidate', 'NIK 127501********01', '=ok', ''],
    [now, '', 'push_refs', 'x', 'ok', 0],
  ]);
  expect(log.formulas.flat().every((f) => f === '')).toBe(true);
});

test('pushReferences writes only the hidden ref sheet of each source; failures reported per source', () => {
  const master = fake.createSpreadsheet('TKPP', {
    [REFERENCE_SHEETS.rpjmd]: [
      ['Kode Misi', 'Kode Sasaran', 'Keterangan'],
      ['M1', 'S1.1', 'Tata kelola'],
      ['M2', 'S2.1', 'Sosial'],
    ],
    [REFERENCE_SHEETS.program_rules]: [
      ['Program', 'Alias'],
      ['Bantuan Lansia Binjai', 'Lansia'],
    ],
  });
  const a = fake.createSpreadsheet('Dinsos', {
    PKH: [
      ['NIK', 'Nama'],
      ['1275011708800001', 'Budi'],
      [formula('=A2', 'x'), ''],
    ],
  });
  const b = fake.createSpreadsheet('Bappeda', {
    Renja: [['Kode'], ['1.06.04']],
    [SHEETS.refs]: [['old', 'stuff', 'x', 'y', 'z', 'extra'], ...Array.from({ length: 300 }, () => ['old'])],
  });
  const gone = fake.createSpreadsheet('Gone');
  fake.failOpen(gone, 'deleted');
  const before = (ss: typeof a) =>
    fake.uncounted(() =>
      ss
        .getSheets()
        .filter((s) => s.getName() !== SHEETS.refs)
        .map((s) => contents(fake, s)),
    );
  const aBefore = before(a);
  const bBefore = before(b);
  const masterBefore = before(master);
  const res = pushReferences(
    gas(master),
    [urlOf(fake, a), fake.uncounted(() => b.getId()), fake.uncounted(() => gone.getId()), 'bukan id'],
    'id',
  );
  expect(res.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ok', 'ok', 'deleted', 'bad_ref']);
  expect(before(a)).toEqual(aBefore);
  expect(before(b)).toEqual(bBefore);
  expect(before(master)).toEqual(masterBefore);
  expect(sheetNamesOf(fake, a)).toEqual(['PKH', SHEETS.refs]);
  for (const ss of [a, b]) {
    const sheet = fake.uncounted(() => ss.getSheetByName(SHEETS.refs))!;
    expect(fake.uncounted(() => sheet.isSheetHidden())).toBe(true);
    const v = contents(fake, sheet).values;
    expect(v[0].slice(0, 5)).toEqual(['Kelurahan', 'Kecamatan', 'Program', 'Misi RPJMD', 'Sasaran RPJMD']);
    const col = (c: number) =>
      v
        .slice(1)
        .map((r) => r[c])
        .filter((x) => x !== '');
    expect(col(0)).toHaveLength(37);
    expect(col(1)).toHaveLength(5);
    expect(col(2)).toEqual(expect.arrayContaining(['PKH', 'BPNT/Sembako', 'Bantuan Lansia Binjai']));
    expect(col(3)).toEqual(['1', '2']);
    expect(col(4)).toEqual(['1.1', '2.1']);
    // The old contents are gone whole.
    expect(v.flat().includes('old')).toBe(false);
  }
});
