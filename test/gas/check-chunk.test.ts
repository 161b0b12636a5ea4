// Long checks in chunks: a stored cursor, progress for the sidebar, and a result equal to one uninterrupted run.
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { checkChunk, menuCheckAll, menuCheckSheet, menuClearMarks, type ChunkStatus } from '../../src/gas/commands/check';
import { PROPS, SHEETS } from '../../src/app/sheets';
import { bpntRegister, snapshot } from './check-helpers';

let fake: GasFake;
afterEach(() => fake.uninstall());

const SHEETS_IN = (): Record<string, unknown[][]> => ({
  'PKH Tanah Tinggi': PKH_SHEET,
  'Renja 2025': RENJA_SHEET,
  'BPNT Tanah Tinggi': bpntRegister(60),
});

/** Two spreadsheets built alike: one checked by the menu, one in chunks. Sheet ids come out equal. */
function twins(decorate: (ss: FakeSpreadsheet) => void): { single: FakeSpreadsheet; chunked: FakeSpreadsheet } {
  fake = createGasFake();
  fake.install();
  const single = fake.createSpreadsheet('A', SHEETS_IN());
  const chunked = fake.createSpreadsheet('B', SHEETS_IN());
  fake.uncounted(() => {
    decorate(single);
    decorate(chunked);
  });
  return { single, chunked };
}

function runChunks(first: ChunkStatus, budgetMs: number, blockCells: number): ChunkStatus[] {
  const seen = [first];
  let status = first;
  for (let guard = 0; !status.done && guard < 10_000; guard++) {
    status = checkChunk({ budgetMs, blockCells });
    seen.push(status);
  }
  return seen;
}

const userMarks = (ss: FakeSpreadsheet) => {
  ss.getSheetByName('PKH Tanah Tinggi')!.getRange('B7').setBackground('#00ff00').setNote('Sudah dicek lurah');
  ss.getSheetByName('BPNT Tanah Tinggi')!.getRange('H15').setNote('catatan operator');
};

test('a run in many small chunks leaves exactly what one menuCheckAll run leaves', () => {
  const { single, chunked } = twins(userMarks);
  fake.setActive(single);
  menuCheckAll(); // marks left by an earlier run must be undone the same way in both
  menuCheckAll();
  fake.setActive(chunked);
  menuCheckAll();
  const seen = runChunks(checkChunk({ start: true, scope: 'all', budgetMs: 0, blockCells: 24 }), 0, 24);
  expect(seen.length).toBeGreaterThan(10);
  expect(snapshot(fake, chunked)).toEqual(snapshot(fake, single));
  expect(fake.properties('document', chunked)[PROPS.cursor]).toBeUndefined();
});

test('progress grows to the total, and the first call already wrote the findings sheet', () => {
  const { chunked } = twins(() => undefined);
  fake.setActive(chunked);
  const first = checkChunk({ start: true, scope: 'all', budgetMs: 0, blockCells: 24 });
  expect(first).toMatchObject({ done: false, done_units: 1 });
  expect(first.message).toMatch(/^Menandai sel… \d+%$/);
  expect(fake.properties('document', chunked)[PROPS.cursor]).toBeDefined();
  expect(fake.uncounted(() => chunked.getSheetByName(SHEETS.findings)!.getRange('A3').getValue())).toBe('nik.stored_as_number');
  // Pending marks wait in the tracking sheet while the run is under way.
  expect(fake.uncounted(() => chunked.getSheetByName(SHEETS.marks)!.getRange('I2:J2').getValues())).toEqual([[0, 'B6']]);
  const seen = runChunks(first, 0, 24);
  const units = seen.map((s) => s.done_units);
  expect(units).toEqual([...units].sort((a, b) => a - b));
  expect(seen.every((s) => s.total_units === first.total_units)).toBe(true);
  expect(seen.at(-1)).toMatchObject({ done: true, done_units: first.total_units });
  expect(seen.at(-1)!.message).toMatch(/^Selesai memeriksa 3 register/);
  expect(fake.uncounted(() => chunked.getSheetByName(SHEETS.marks)!.getRange('I2:K2').getValues())).toEqual([['', '', '']]);
});

test('checking one sheet in chunks equals Periksa sheet ini', () => {
  const { single, chunked } = twins(userMarks);
  for (const ss of [single, chunked]) {
    fake.setActive(ss);
    menuCheckAll();
    fake.uncounted(() => ss.setActiveSheet(ss.getSheetByName('BPNT Tanah Tinggi')!));
  }
  fake.setActive(single);
  menuCheckSheet();
  fake.setActive(chunked);
  runChunks(checkChunk({ start: true, scope: 'sheet', budgetMs: 0, blockCells: 30 }), 0, 30);
  expect(snapshot(fake, chunked)).toEqual(snapshot(fake, single));
});

test('continuing with no run under way answers done; Hapus tanda cancels a run', () => {
  const { chunked } = twins(() => undefined);
  fake.setActive(chunked);
  expect(checkChunk({})).toEqual({
    done: true,
    done_units: 0,
    total_units: 0,
    doneUnits: 0,
    totalUnits: 0,
    message: 'Tidak ada pemeriksaan yang sedang berjalan.',
    state: null,
  });
  checkChunk({ start: true, scope: 'all', budgetMs: 0, blockCells: 24 });
  checkChunk({ budgetMs: 0, blockCells: 24 });
  menuClearMarks();
  expect(fake.properties('document', chunked)[PROPS.cursor]).toBeUndefined();
  expect(checkChunk({}).done).toBe(true);
  const s = snapshot(fake, chunked) as Record<string, { notes: string[][] }>;
  for (const name of ['PKH Tanah Tinggi', 'Renja 2025', 'BPNT Tanah Tinggi']) {
    expect(s[name].notes.flat().some((n) => n.includes('[Sinergi]'))).toBe(false);
  }
});

test('a non-register sheet started from the sidebar answers with the explanation', () => {
  fake = createGasFake();
  fake.install();
  fake.createSpreadsheet('C', { Catatan: [['Rapat']] });
  const status = checkChunk({ start: true, scope: 'sheet' });
  expect(status.done).toBe(true);
  expect(status.message).toContain('tidak dikenali sebagai register');
});

test('a run held up by another holder of the lock is told to try again', () => {
  fake = createGasFake();
  fake.install();
  const ss = fake.createSpreadsheet('D', SHEETS_IN());
  fake.holdLock('document', undefined, ss);
  const status = checkChunk({ start: true, scope: 'all' });
  expect(status).toMatchObject({ done: false, done_units: 0 });
  menuCheckAll();
  expect(fake.ui.alerts.map((a) => a.title)).toEqual(['Sinergi sedang bekerja']);
});

test("the sidebar's protocol: null starts a run of every sheet, the returned state continues it", () => {
  const { single, chunked } = twins(userMarks);
  fake.setActive(single);
  menuCheckAll();
  fake.setActive(chunked);
  let status = checkChunk(null);
  expect(status.state).toEqual({ runId: expect.any(String) });
  const calls = [status];
  while (!status.done) calls.push((status = checkChunk(status.state)));
  expect(status).toMatchObject({ doneUnits: status.totalUnits, done_units: status.total_units, state: expect.anything() });
  expect(snapshot(fake, chunked)).toEqual(snapshot(fake, single));
});

test('a call whose cursor was lost (a crash after marking) is redone harmlessly', () => {
  const { single, chunked } = twins(userMarks);
  fake.setActive(single);
  menuCheckAll();
  fake.setActive(chunked);
  let status = checkChunk({ start: true, scope: 'all', budgetMs: 0, blockCells: 24 });
  const props = fake.uncounted(() => PropertiesService.getDocumentProperties());
  for (let i = 0; !status.done && i < 10_000; i++) {
    const before = fake.uncounted(() => props.getProperty(PROPS.cursor));
    status = checkChunk({ budgetMs: 0, blockCells: 24 });
    // Every third call "crashes" after writing the cells and the tracking sheet, before the cursor moved.
    if (i % 3 === 1 && !status.done && before) fake.uncounted(() => props.setProperty(PROPS.cursor, before));
  }
  expect(status.done).toBe(true);
  expect(snapshot(fake, chunked)).toEqual(snapshot(fake, single));
});
