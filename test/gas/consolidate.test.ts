// Konsolidasi sumber from the menu on the fake: every failure the issue lists marks its source and never stops the others.
import { consolidateChunkWith, menuPushRefs, runConsolidateMenu } from '../../src/gas/commands/consolidate';
import { SHEETS } from '../../src/app/sheets';
import { SheetsMaster } from '../../src/gas/sync-master';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { idOf, lastAlert, master, register, valuesOf } from './consolidate-helpers';
import { urlOf } from './sync-helpers';

const NOW = () => new Date('2026-11-28T03:00:00Z');
let fake: GasFake;
beforeEach(() => {
  fake = createGasFake({ now: NOW });
  fake.install();
});
afterEach(() => {
  jest.restoreAllMocks();
  fake.uninstall();
});

const STATUS_COL = 8; // column I, 0-based

/** A master listing one source of each kind of trouble, and the sources themselves. */
function troubled(): { ss: FakeSpreadsheet; good: FakeSpreadsheet } {
  const good = fake.createSpreadsheet('Dinsos', { Penerima: register(0, 30) });
  // A formula typed as text by the agency (or pasted): it must reach the master as text, never as a formula.
  fake.uncounted(() => good.getSheetByName('Penerima')!.getRange(5, 7).setValue('\'=IMPORTXML("http://x","//a")'));
  const deleted = fake.createSpreadsheet('Dinkes', { Penerima: register(1, 5) });
  const noAccess = fake.createSpreadsheet('Disdik', { Penerima: register(2, 5) });
  const renamedNamed = fake.createSpreadsheet('Kel. Tanah Tinggi', { 'Data Penerima': register(3, 5) });
  const renamedFree = fake.createSpreadsheet('Kel. Sumber Karya', { 'Penerima 2026': register(4, 5) });
  const malformed = fake.createSpreadsheet('Kel. Limau Sundai', {
    Penerima: [
      ['Kolom 1', 'Kolom 2', 'Kolom 3'],
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ],
  });
  fake.failOpen(deleted, 'deleted');
  fake.failOpen(noAccess, 'noAccess');
  const ss = master(fake, [
    ['Dinsos', 'penerima', urlOf(fake, good), '', 'Rina', 'rina@binjaikota.go.id', 'Y'],
    ['Dinkes', 'penerima', idOf(fake, deleted), '', '', '', 'Y'],
    ['Disdik', 'penerima', idOf(fake, noAccess), '', '', '', 'Y'],
    ['Kel. Tanah Tinggi', 'penerima', idOf(fake, renamedNamed), 'Penerima', '', '', 'Y'],
    ['Kel. Sumber Karya', 'penerima', idOf(fake, renamedFree), '', '', '', 'Y'],
    ['Kel. Limau Sundai', 'penerima', idOf(fake, malformed), '', '', '', 'Y'],
    ['Kel. Off', 'penerima', idOf(fake, good), 'Lama', '', '', 'N'],
    ['Kel. Salah', 'bantuan', idOf(fake, good), '', '', '', 'Y'],
  ]);
  return { ss, good };
}

test('each failing source is marked with its reason; the others are consolidated, audited and counted', () => {
  const { ss, good } = troubled();
  runConsolidateMenu({ now: NOW });
  const message = lastAlert(fake);
  expect(message).toMatch(/Konsolidasi selesai: 6 sumber, 2 terbaca, 4 gagal; 35 baris terkumpul/);
  expect(message).toMatch(/Dinkes: Spreadsheet tidak ditemukan/);
  expect(message).toMatch(/Disdik: Tidak ada akses/);
  expect(message).toMatch(/Kel. Tanah Tinggi: register tidak ditemukan/);
  expect(message).toMatch(/Kel. Limau Sundai: register tidak ditemukan/);
  expect(message).toMatch(/Baris 9: jenis register "bantuan" tidak dikenali/);
  expect(message).not.toMatch(/\d{16}/);

  const sources = valuesOf(fake, ss, SYNC_SHEETS.sources)!;
  expect(sources.slice(1, 8).map((r) => r[STATUS_COL])).toEqual([
    'ada kesalahan',
    'Spreadsheet tidak ditemukan (mungkin dihapus)',
    'Tidak ada akses: minta OPD membagikan spreadsheet ke akun ini',
    'register tidak ditemukan',
    'ada kesalahan', // renamed sheet, no sheet name given: found by its header
    'register tidak ditemukan',
    'Dilewati (tidak aktif)',
  ]);
  expect(sources[1].slice(0, 7)).toEqual(['Dinsos', 'penerima', urlOf(fake, good), '', 'Rina', 'rina@binjaikota.go.id', 'Y']);
  expect(sources[1][9]).toBe(30);
  expect(sources[8][STATUS_COL]).toBe('');

  // The consolidated register: 35 rows with provenance; the formula text arrived as text.
  const consolidated = fake.uncounted(() => ss.getSheetByName(SYNC_SHEETS.consolidated.beneficiary)!.getDataRange());
  const values = fake.uncounted(() => consolidated.getValues());
  expect(values).toHaveLength(36);
  expect(values.flat()).toContain('=IMPORTXML("http://x","//a")');
  expect(
    fake
      .uncounted(() => consolidated.getFormulas())
      .flat()
      .every((f) => f === ''),
  ).toBe(true);
  expect(fake.uncounted(() => ss.getSheets().map((s) => s.getName())).filter((n) => n.includes('staging'))).toEqual([]);

  // One audit entry per active source: who, when, outcome, rows; no person named.
  const log = valuesOf(fake, ss, SHEETS.log)!;
  expect(log.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual([
    ['operator@binjaikota.go.id', 'consolidate', 'Dinsos', 'errors', 30],
    ['operator@binjaikota.go.id', 'consolidate', 'Dinkes', 'deleted', 0],
    ['operator@binjaikota.go.id', 'consolidate', 'Disdik', 'no_access', 0],
    ['operator@binjaikota.go.id', 'consolidate', 'Kel. Tanah Tinggi', 'no_register', 0],
    ['operator@binjaikota.go.id', 'consolidate', 'Kel. Sumber Karya', 'errors', 5],
    ['operator@binjaikota.go.id', 'consolidate', 'Kel. Limau Sundai', 'no_register', 0],
  ]);
  expect(log[1][0]).toBeInstanceOf(Date);
});

test('no sources sheet: it is created with an explanation, and nothing else happens', () => {
  const ss = fake.createSpreadsheet('TKPP');
  fake.setActive(ss);
  runConsolidateMenu();
  expect(fake.uncounted(() => ss.getSheets().map((s) => s.getName()))).toContain(SYNC_SHEETS.sources);
  expect(lastAlert(fake)).toMatch(/"Sumber Data" sudah dibuat/);
  expect(consolidateChunkWith(null)).toMatchObject({
    done: true,
    failed: false,
    state: null,
    message: expect.stringMatching(/Belum ada sumber aktif/),
  });
});

/** Every sheet's values and the document properties: what a run can change. */
const everything = (ss: FakeSpreadsheet) =>
  fake.uncounted(() => ({
    sheets: ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]),
    props: fake.properties('document', ss),
  }));

test('a concurrent run: busy alert, nothing changes (menu and sidebar)', () => {
  const { ss } = troubled();
  const before = everything(ss);
  fake.holdLock('document');
  runConsolidateMenu({ now: NOW });
  expect(lastAlert(fake)).toMatch(/^Konsolidasi sedang berjalan…/);
  const chunk = consolidateChunkWith({ budgetMs: 0 }, NOW);
  expect(chunk).toMatchObject({ done: false, failed: false, message: expect.stringMatching(/sedang berjalan/) });
  menuPushRefs();
  expect(lastAlert(fake)).toMatch(/^Konsolidasi sedang berjalan…/);
  expect(everything(ss)).toEqual(before);
});

test('an exception mid-way leaves the last good consolidation intact; the next run completes', () => {
  const { ss } = troubled();
  runConsolidateMenu({ now: NOW });
  const good = valuesOf(fake, ss, SYNC_SHEETS.consolidated.beneficiary);
  const spy = jest.spyOn(SheetsMaster.prototype, 'appendStaging').mockImplementationOnce(() => {
    throw new Error('Service Spreadsheets timed out');
  });
  runConsolidateMenu({ now: NOW });
  expect(spy).toHaveBeenCalled();
  expect(lastAlert(fake)).toMatch(
    /Konsolidasi terhenti: Service Spreadsheets timed out\. Hasil konsolidasi terakhir yang berhasil tetap utuh/,
  );
  expect(valuesOf(fake, ss, SYNC_SHEETS.consolidated.beneficiary)).toEqual(good);
  // The lock was released and the next run finishes with the same result.
  runConsolidateMenu({ now: NOW });
  expect(lastAlert(fake)).toMatch(/Konsolidasi selesai/);
  expect(valuesOf(fake, ss, SYNC_SHEETS.consolidated.beneficiary)).toEqual(good);
});

test('Kirim referensi: each spreadsheet once, outcome per OPD, audited; sources keep their data', () => {
  const a = fake.createSpreadsheet('Dinsos', { Penerima: register(0, 3) });
  const gone = fake.createSpreadsheet('Dinkes', { Penerima: register(1, 3) });
  fake.failOpen(gone, 'deleted');
  const ss = master(fake, [
    ['Dinsos', 'penerima', idOf(fake, a), '', '', '', 'Y'],
    ['Dinsos', 'program', urlOf(fake, a), '', '', '', 'Y'],
    ['Dinkes', 'penerima', idOf(fake, gone), '', '', '', 'Y'],
    ['Disdik', 'penerima', idOf(fake, gone), 'X', '', '', 'N'],
  ]);
  const before = valuesOf(fake, a, 'Penerima');
  menuPushRefs();
  expect(lastAlert(fake)).toBe(
    [
      'Referensi terkirim ke 1 dari 2 spreadsheet sumber.',
      '',
      'Dinsos: terkirim',
      'Dinkes: Spreadsheet tidak ditemukan (mungkin dihapus)',
    ].join('\n'),
  );
  const refs = fake.uncounted(() => a.getSheetByName(SHEETS.refs)!);
  expect(fake.uncounted(() => refs.isSheetHidden())).toBe(true);
  expect(valuesOf(fake, a, 'Penerima')).toEqual(before);
  expect(
    valuesOf(fake, ss, SHEETS.log)!
      .slice(1)
      .map((r) => [r[2], r[3], r[4]]),
  ).toEqual([
    ['push_refs', 'Dinsos', 'ok'],
    ['push_refs', 'Dinkes', 'deleted'],
  ]);
});

test("the master's own reference sheets drive the checks of the consolidated set (DTKS)", () => {
  const src = fake.createSpreadsheet('Kel. Tanah Tinggi', { Penerima: register(5, 3) });
  const ss = master(fake, [['Kel. Tanah Tinggi', 'penerima', idOf(fake, src), '', '', '', 'Y']]);
  const listed = (valuesOf(fake, src, 'Penerima') as unknown[][]).slice(4, 6).map((r) => [String(r[1]), 2]);
  fake.uncounted(() => {
    const ref = ss.insertSheet('Ref DTKS');
    ref.getRange(1, 1, 3, 2).setNumberFormat('@');
    ref.getRange(1, 1, 3, 2).setValues([['NIK', 'Desil'], ...listed]);
  });
  runConsolidateMenu({ now: NOW });
  const findings = (valuesOf(fake, ss, SYNC_SHEETS.output.findings) ?? []).map((r) => r.join('|'));
  // Rows 5 and 6 are in the master's extract; row 7 is not.
  expect(findings.filter((f) => f.includes('dtks.not_listed'))).toHaveLength(1);
});
