// When the master first saw a source's current content (changedAt), across runs on different days, and the status table's new columns.
import { runConsolidation, type SourceEntry } from '../../src/app/consolidate';
import { changeDaysText, sourcesTable } from '../../src/app/consolidate-finish';
import { SourceError, type ConsolidatePorts } from '../../src/app/consolidate-ports';
import type { WorkbookPort } from '../../src/app/ports';
import { MemoryMaster, memoryStore, nodeDigest } from '../../src/cli/commands/consolidate';
import { digestInput } from '../../src/core/sync/digest-input';
import { parseRecord, sourceKey, type SourceStatus } from '../../src/core/sync/state';

const HEAD = ['NIK', 'Nama', 'Kelurahan', 'Program', 'Periode'];
const row = (nik: string, nama: string) => [nik, nama, 'Tanah Tinggi', 'PKH', '2025'];

const book = (id: string, values: unknown[][]): WorkbookPort => tabs(id, { Penerima: values });

/** A workbook of several tabs, in the given order. */
const tabs = (id: string, sheets: Record<string, unknown[][]>): WorkbookPort => ({
  id,
  name: id,
  sheetNames: () => Object.keys(sheets),
  readSheet: (n) => ({ name: n, values: sheets[n] }),
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
      'Riwayat perubahan',
      'Email kontak',
    ]);
    expect(rows[1]).toEqual(['src-a', 'Dinsos', 'penerima', 'a', 'baik', 1, 0, 0, RUN2, RUN1, '2026-11-02', 'dinsos@binjaikota.go.id']);
    expect(rows[2].slice(8)).toEqual([RUN2, RUN1, '2026-11-02', '']);
  });
});

test('sourcesTable in English; a source never consolidated has empty status cells', () => {
  const st: SourceStatus = { state: 'errors', rows: 3, errors: 2, warnings: 1, digest: 'x', lastSync: RUN2 };
  const table = sourcesTable(SOURCES, { 'src-a': st }, 'en');
  expect(table.rows).toEqual([
    [
      'ID',
      'Agency',
      'Kind',
      'Location',
      'State',
      'Rows',
      'Errors',
      'Warnings',
      'Last sync',
      'Last change',
      'Change history',
      'Contact email',
    ],
    ['src-a', 'Dinsos', 'beneficiary', 'a', 'has errors', 3, 2, 1, RUN2, '', '', 'dinsos@binjaikota.go.id'],
    ['src-b', 'Kel. Tanah Tinggi', 'beneficiary', 'b', '', null, null, null, '', '', '', ''],
  ]);
});

describe('the content digest follows the register data only', () => {
  const REGISTER = [HEAD, row('1275041708800001', 'Boy Lucky'), row('1275045708850002', 'Sri Wahyuni')];
  const NOTES = [['Catatan operator'], ['Diperbarui', new Date('2026-11-01T02:00:00Z')]];
  const NOTES_LATER = [['Catatan operator: cek ulang'], ['Diperbarui', new Date('2026-11-03T09:30:00Z')]];

  it.each([
    ['a renamed tab', { 'Penerima 2026': REGISTER, Catatan: NOTES }],
    ['reordered tabs', { Catatan: NOTES, Penerima: REGISTER }],
    ['an edit in a notes sheet', { Penerima: REGISTER, Catatan: NOTES_LATER }],
    ['a volatile formula (NOW) recomputed outside the register', { Penerima: REGISTER, Catatan: [...NOTES, ['=NOW()', new Date(RUN2)]] }],
  ])('%s is no delivery: changedAt and the content stay', (_, later) => {
    const { books, run } = setup();
    books.a = tabs('a', { Penerima: REGISTER, Catatan: NOTES });
    const first = run(RUN1)['src-a'];
    books.a = tabs('a', later as Record<string, unknown[][]>);
    const second = run(RUN2)['src-a'];
    expect(second).toMatchObject({ lastSync: RUN2, changedAt: RUN1, changes: [RUN1] });
    expect(second.content).toBe(first.content);
    expect(second.content).toMatch(/^r1:/);
  });

  it('two registers in either tab order give one content; an edited register cell is a delivery', () => {
    const { books, run } = setup();
    const other = [HEAD, row('1275041203900004', 'Ahmad')];
    books.a = tabs('a', { Utara: REGISTER, Selatan: other });
    const first = run(RUN1)['src-a'];
    books.a = tabs('a', { Selatan: other, Utara: REGISTER });
    expect(run(RUN2)['src-a'].content).toBe(first.content);
    books.a = tabs('a', { Selatan: [HEAD, row('1275041203900004', 'Ahmad Syah')], Utara: REGISTER });
    expect(run(RUN3)['src-a']).toMatchObject({ changedAt: RUN3, changes: [RUN1, RUN3] });
  });

  it('a record of the previous version (raw digest as content) is compared as it was: no spurious delivery on upgrade', () => {
    const { store, run } = setup();
    run(RUN1);
    const rec = parseRecord(store.get(sourceKey('src-a')))!;
    // What the previous version stored: the raw sheets' digest, no history.
    rec.status.content = nodeDigest.sha256(digestInput('', [{ name: 'Penerima', values: [HEAD, row('1275041708800001', 'Boy Lucky')] }]));
    delete rec.status.changes;
    store.set(sourceKey('src-a'), JSON.stringify(rec));
    expect(run(RUN2)['src-a']).toMatchObject({ changedAt: RUN1, changes: [RUN1] });
    expect(run(RUN2)['src-a'].content).toMatch(/^r1:/);
  });
});

describe('the change history', () => {
  it('appends each content change, keeps the last 24, and shows them as Jakarta days in the status table', () => {
    const { books, store, master, run } = setup();
    run(RUN1);
    books.a = book('a', [HEAD, row('1275041708800001', 'Boy Lucky'), row('1275045708850002', 'Sri Wahyuni')]);
    // 23:30 UTC on 3 November is 06:30 on 4 November in Jakarta.
    const late = '2026-11-03T23:30:00.000Z';
    expect(run(late)['src-a'].changes).toEqual([RUN1, late]);
    expect(master.outputs.get('sources')!.rows[1][10]).toBe('2026-11-02 2026-11-04');

    const rec = parseRecord(store.get(sourceKey('src-a')))!;
    rec.status.changes = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, i, 5, 2)).toISOString());
    store.set(sourceKey('src-a'), JSON.stringify(rec));
    books.a = book('a', [HEAD, row('1275041708800001', 'Boy Lucky')]);
    const changes = run(RUN3)['src-a'].changes!;
    expect(changes).toHaveLength(24);
    expect(changes[0]).toBe('2024-02-05T02:00:00.000Z');
    expect(changes[23]).toBe(RUN3);
  });

  it('changeDaysText: one day once, unparseable instants left out', () => {
    expect(changeDaysText(['2026-11-02T01:00:00.000Z', '2026-11-02T09:00:00.000Z', 'x', '2026-11-30T17:30:00.000Z'])).toBe(
      '2026-11-02 2026-12-01',
    );
    expect(changeDaysText(undefined)).toBe('');
  });
});
