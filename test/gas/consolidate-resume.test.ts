// Chunked consolidation from the sidebar: many tiny chunks, even one interrupted by an exception, equal one uninterrupted run.
import { consolidateChunkWith, runConsolidateMenu, type ConsolidateStatus } from '../../src/gas/commands/consolidate';
import { SheetsMaster } from '../../src/gas/sync-master';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { master, register, valuesOf } from './consolidate-helpers';

const NOW = () => new Date('2026-11-28T03:00:00Z');
const id = (n: number) => `1SRC${String(n).padStart(2, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
let fake: GasFake;
afterEach(() => {
  jest.restoreAllMocks();
  fake?.uninstall();
});

/** The same master and 8 sources (one deleted, one without a register) in a fresh fake. */
function world(): FakeSpreadsheet {
  fake = createGasFake({ now: NOW });
  fake.install();
  const rows: unknown[][] = [];
  for (let s = 0; s < 8; s++) {
    const sheets: Record<string, unknown[][]> = s === 5 ? { Catatan: [['tidak ada register']] } : { Penerima: register(s, 20 + s) };
    fake.createSpreadsheet(`OPD ${s}`, sheets, { id: id(s), ...(s === 3 ? { openFailure: 'deleted' as const } : {}) });
    rows.push([`OPD ${s}`, 'penerima', id(s), '', '', '', 'Y']);
  }
  return master(fake, rows);
}

const OUTPUTS = [
  SYNC_SHEETS.sources,
  ...Object.values(SYNC_SHEETS.consolidated),
  SYNC_SHEETS.output.findings,
  SYNC_SHEETS.output.sources,
  SYNC_SHEETS.rollup,
];
const outputs = (ss: FakeSpreadsheet) => OUTPUTS.map((n) => [n, valuesOf(fake, ss, n)]);

function chunked(): ConsolidateStatus[] {
  const seen: ConsolidateStatus[] = [];
  let r: ConsolidateStatus | undefined;
  for (let i = 0; i < 50 && !r?.done; i++) seen.push((r = consolidateChunkWith(r ? { ...r.state, budgetMs: 0 } : { budgetMs: 0 }, NOW)));
  return seen;
}

test('a tiny budget: one source per chunk, progress reported, the result equal cell for cell to a single run', () => {
  const single = world();
  runConsolidateMenu({ now: NOW });
  expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/Konsolidasi selesai: 8 sumber, 6 terbaca, 2 gagal/);
  const expected = outputs(single);
  expect((expected[1][1] as unknown[][]).length).toBeGreaterThan(100);

  const ss = world();
  const steps = chunked();
  expect(steps).toHaveLength(8);
  expect(steps.map((s) => s.doneUnits)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(steps.every((s) => s.totalUnits === 8 && !s.failed)).toBe(true);
  expect(steps.slice(0, 7).every((s) => !s.done && s.state !== null && /belum selesai: \d dari 8/.test(s.message))).toBe(true);
  expect(steps[7]).toMatchObject({ done: true, state: null });
  expect(steps[7].message).toMatch(/Konsolidasi selesai: 8 sumber, 6 terbaca, 2 gagal/);
  expect(outputs(ss)).toEqual(expected);
});

test('a chunk dying half-way (staging append throws) is resumed by the next chunks; the result is the same', () => {
  const single = world();
  runConsolidateMenu({ now: NOW });
  const expected = outputs(single);

  const ss = world();
  expect(consolidateChunkWith({ budgetMs: 0 }, NOW)).toMatchObject({ done: false, doneUnits: 1 });
  expect(consolidateChunkWith({ budgetMs: 0 }, NOW)).toMatchObject({ done: false, doneUnits: 2 });
  const append = SheetsMaster.prototype.appendStaging;
  let n = 0;
  jest.spyOn(SheetsMaster.prototype, 'appendStaging').mockImplementation(function (this: SheetsMaster, kind, rows) {
    // The second append of the chunk: the source's rows went in, its findings did not.
    if (++n === 2) throw new Error('Exceeded maximum execution time');
    return append.call(this, kind, rows);
  });
  const died = consolidateChunkWith({ budgetMs: 0 }, NOW);
  expect(died).toMatchObject({ done: true, failed: true, message: expect.stringMatching(/Exceeded maximum execution time/) });
  jest.restoreAllMocks();
  const rest = chunked();
  expect(rest.at(-1)).toMatchObject({ done: true, failed: false });
  expect(outputs(ss)).toEqual(expected);
});
