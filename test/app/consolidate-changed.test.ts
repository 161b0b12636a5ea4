// When the master first saw a source's current content (changedAt), across runs on different days, and the status table's new columns.
import { runConsolidation, type SourceEntry } from '../../src/app/consolidate';
import { sourcesTable } from '../../src/app/consolidate-finish';
import { SourceError, type ConsolidatePorts } from '../../src/app/consolidate-ports';
import type { WorkbookPort } from '../../src/app/ports';
import { MemoryMaster, memoryStore, nodeDigest } from '../../src/cli/commands/consolidate';
import { parseRecord, sourceKey, type SourceStatus } from '../../src/core/sync/state';

const HEAD = ['NIK', 'Nama', 'Kelurahan', 'Program', 'Periode'];
const row = (nik: string, nama: string) => [nik, nama, 'Tanah Tinggi', 'PKH', '2025'];

const book = (id: string, values: unknown[][]): WorkbookPort => ({
  id,
  name: id,
  sheetNames: () => ['Penerima'],
  readSheet: (n) => ({ name: n, values }),
  writeTable: () => undefined,
});

const SOURCES: SourceEntry[] = [
  { id: 'src-a', opd: 'Dinsos', kind: 'beneficiary', ref: 'a', contactEmail: 'dinsos@binjaikota.go.id', active: true },
  { id: 'src-b', opd: 'Kel. Tanah Tinggi', kind: 'beneficiary', ref: 'b', active: true },
];

const dayOf = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);
const RUN1 = '2026-11-02T01:00:00.000Z';
const RUN2 = '2026-11-03T01:00:00.000Z';
const RUN3 = '2026-11-04T01:00:00.000Z';

/** One store and master kept across runs, as document properties and the master sheets are; each run has its own day. */
function setup() {
  const books: Record<string, WorkbookPort | undefined> = {
    a: book('a', [HEAD, row('1275041708800001', 'Boy Lucky')]),
    b: book('b', [HEAD, row('1275041203900004', 'Ahmad')]),
  };
  const store = memoryStore();
  const master = new MemoryMaster();
  const run = (iso: string): Record<string, SourceStatus> => {
    const now = new Date(iso);
    const p: ConsolidatePorts = {
      opener: {
        open: (ref) => {
          const wb = books[ref];
          if (!wb) throw new SourceError('unreachable', ref);
          return wb;
        },
      },
      store,
      digest: nodeDigest,
      clock: { now: () => now, today: () => dayOf(2026, 11, now.getUTCDate()) },
      master,
    };
    const today = dayOf(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
    const res = runConsolidation({ sources: SOURCES, today, tzOffsetMinutes: 0 }, p, { budgetMs: Number.POSITIVE_INFINITY });
    if (!res.done) throw new Error('not done');
    return res.statuses;
  };
  return { books, store, master, run };
}

describe('changedAt', () => {
  it('is the first run for new content, stays across days while the content does not change, moves when it does', () => {
    const { books, run } = setup();
    const first = run(RUN1);
    expect(first['src-a']).toMatchObject({ state: 'ok', lastSync: RUN1, changedAt: RUN1 });
    expect(first['src-b']).toMatchObject({ lastSync: RUN1, changedAt: RUN1 });

    // A new day changes the run's digest (findings depend on the day), not the content: no new delivery.
    const second = run(RUN2);
    expect(second['src-a']).toMatchObject({ lastSync: RUN2, changedAt: RUN1 });
    expect(second['src-a'].digest).not.toBe(first['src-a'].digest);
    expect(second['src-a'].content).toBe(first['src-a'].content);

    books.a = book('a', [HEAD, row('1275041708800001', 'Boy Lucky'), row('1275045708850002', 'Sri Wahyuni')]);
    const third = run(RUN3);
    expect(third['src-a']).toMatchObject({ rows: 2, lastSync: RUN3, changedAt: RUN3 });
    expect(third['src-b']).toMatchObject({ lastSync: RUN3, changedAt: RUN1 });
  });

  it('keeps the last delivery while a source cannot be read, and data back unchanged is no new delivery', () => {
    const { books, run } = setup();
    run(RUN1);
    const saved = books.a;
    books.a = undefined;
    const gone = run(RUN2);
    expect(gone['src-a']).toMatchObject({ state: 'unreachable', digest: '', lastSync: RUN2, changedAt: RUN1 });
    books.a = saved;
    expect(run(RUN3)['src-a']).toMatchObject({ state: 'ok', lastSync: RUN3, changedAt: RUN1 });
  });

  it('keeps it when a source holds no register, and starts it when the register appears', () => {
    const { books, run } = setup();
    books.b = book('b', [['catatan saja'], ['tidak ada register']]);
    expect(run(RUN1)['src-b']).toMatchObject({ state: 'no_register', lastSync: RUN1 });
    expect(run(RUN1)['src-b'].changedAt).toBeUndefined();
    books.b = book('b', [HEAD, row('1275041203900004', 'Ahmad')]);
    expect(run(RUN2)['src-b']).toMatchObject({ state: 'ok', changedAt: RUN2 });
  });

  it('takes the previous lastSync for a record written before changedAt existed, when the digest matches', () => {
    const { store, run } = setup();
    run(RUN1);
    const rec = parseRecord(store.get(sourceKey('src-a')))!;
    delete rec.status.changedAt;
    delete rec.status.content;
    store.set(sourceKey('src-a'), JSON.stringify(rec));
    // The same day again: the same digest, so the content the record describes is still the current one.
    expect(run('2026-11-02T05:00:00.000Z')['src-a']).toMatchObject({ lastSync: '2026-11-02T05:00:00.000Z', changedAt: RUN1 });
  });

  it('writes last change and contact into the status table', () => {
    const { master, run } = setup();
    run(RUN1);
    run(RUN2);
    const rows = master.outputs.get('sources')!.rows;
    expect(rows[0]).toEqual([
      'ID',
      'OPD',
      'Jenis',
      'Lokasi',
      'Status',
      'Baris',
      'Kesalahan',
      'Peringatan',
      'Sinkron terakhir',
      'Perubahan terakhir',
      'Email kontak',
    ]);
    expect(rows[1]).toEqual(['src-a', 'Dinsos', 'penerima', 'a', 'baik', 1, 0, 0, RUN2, RUN1, 'dinsos@binjaikota.go.id']);
    expect(rows[2].slice(8)).toEqual([RUN2, RUN1, '']);
  });
});

test('sourcesTable in English; a source never consolidated has empty status cells', () => {
  const st: SourceStatus = { state: 'errors', rows: 3, errors: 2, warnings: 1, digest: 'x', lastSync: RUN2 };
  const table = sourcesTable(SOURCES, { 'src-a': st }, 'en');
  expect(table.rows).toEqual([
    ['ID', 'Agency', 'Kind', 'Location', 'State', 'Rows', 'Errors', 'Warnings', 'Last sync', 'Last change', 'Contact email'],
    ['src-a', 'Dinsos', 'beneficiary', 'a', 'has errors', 3, 2, 1, RUN2, '', 'dinsos@binjaikota.go.id'],
    ['src-b', 'Kel. Tanah Tinggi', 'beneficiary', 'b', '', null, null, null, '', '', ''],
  ]);
});
