// The consolidation use-case against in-memory ports: provenance, per-source failures, chunked runs equal to whole ones, reuse.
import { runConsolidation, type SourceEntry } from '../../src/app/consolidate';
import { SourceError, type ConsolidatePorts } from '../../src/app/consolidate-ports';
import type { WorkbookPort } from '../../src/app/ports';
import { MemoryMaster, memoryStore, nodeDigest } from '../../src/cli/commands/consolidate';
import { fieldCount } from '../../src/core/sync/columns';

const TODAY = Math.round(Date.UTC(2026, 0, 15) / 86400000);
const HEAD = ['No', 'NIK', 'No KK', 'Nama', 'L/P', 'Tgl Lahir', 'Kelurahan', 'Kecamatan', 'Program', 'Periode', 'Desil', 'Keterangan'];
const person = (n: number, nik: string, nama: string, ket = ''): unknown[] => [
  n,
  nik,
  '1275040101100003',
  nama,
  'L',
  '17/08/1980',
  'Tanah Tinggi',
  'Binjai Timur',
  'PKH',
  '2025',
  2,
  ket,
];

function workbook(id: string, sheets: Record<string, unknown[][]>): WorkbookPort {
  return {
    id,
    name: id,
    sheetNames: () => Object.keys(sheets),
    readSheet: (n) => ({ name: n, values: sheets[n] }),
    writeTable: () => undefined,
  };
}

const BOOKS: Record<string, WorkbookPort> = {
  a: workbook('a', {
    Penerima: [
      ['DAFTAR PENERIMA'],
      HEAD,
      person(1, '1275041708800001', 'Boy Lucky'),
      person(2, '1275045708850002', 'Sri Wahyuni', '=IMPORTXML("http://x","//a")'),
    ],
  }),
  b: workbook('b', { Data: [HEAD, person(1, '1275041708800001', 'Boy Lucky'), person(2, '1275041203900004', 'Ahmad')] }),
  c: workbook('c', { Catatan: [['apa saja'], ['tidak ada register']] }),
  d: workbook('d', { Penerima: [HEAD, person(1, '1275042202910005', 'Rina')] }),
};

const SOURCES: SourceEntry[] = [
  { id: 'src-a', opd: 'Dinsos', kind: 'beneficiary', ref: 'a', active: true },
  { id: 'src-gone', opd: 'Dinkes', kind: 'beneficiary', ref: 'gone', active: true },
  { id: 'src-b', opd: 'Kel. Tanah Tinggi', kind: 'beneficiary', ref: 'b', active: true },
  { id: 'src-c', opd: 'Bappeda', kind: 'beneficiary', ref: 'c', active: true },
  { id: 'src-off', opd: 'Off', kind: 'beneficiary', ref: 'gone', active: false },
  { id: 'src-d', opd: 'Disdik', kind: 'beneficiary', ref: 'd', active: true },
];

function ports(books = BOOKS, start = Date.UTC(2026, 0, 15, 2, 0)) {
  let t = start;
  let opened = 0;
  const master = new MemoryMaster();
  const p: ConsolidatePorts = {
    opener: {
      open: (ref) => {
        opened++;
        const wb = books[ref];
        if (!wb) throw new SourceError('unreachable', ref);
        return wb;
      },
    },
    store: memoryStore(),
    digest: nodeDigest,
    // Each look at the clock is a second later, so a tiny budget is always spent.
    clock: { now: () => new Date((t += 1000)), today: () => TODAY },
    master,
  };
  return { p, master, opened: () => opened };
}

const input = { sources: SOURCES, today: TODAY, tzOffsetMinutes: 0 };

describe('runConsolidation', () => {
  it('builds one register with provenance and records failures on their sources only', () => {
    const { p, master } = ports();
    const res = runConsolidation(input, p);
    if (!res.done) throw new Error('not done');
    const table = master.readConsolidated('beneficiary');
    const n = fieldCount('beneficiary');
    expect(table).toHaveLength(1 + 5);
    expect(table.slice(1).map((r) => [r[n], r[n + 1], r[n + 2]])).toEqual([
      ['src-a', 'Penerima', 3],
      ['src-a', 'Penerima', 4],
      ['src-b', 'Data', 2],
      ['src-b', 'Data', 3],
      ['src-d', 'Penerima', 2],
    ]);
    expect(table[2]).toContain('=IMPORTXML("http://x","//a")');
    expect(String(table[1][n + 3])).toMatch(/^[0-9a-f]{16}$/);
    expect(table[1][n + 3]).toBe(table[3][n + 3]); // the same person typed the same way in two sources
    expect(res.statuses['src-gone'].state).toBe('unreachable');
    expect(res.statuses['src-c'].state).toBe('no_register');
    expect(res.statuses['src-off']).toBeUndefined();
    expect(res.statuses['src-d']).toMatchObject({ rows: 1 });
    const rules = res.findings.map((f) => `${f.rule}@${f.file}`);
    expect(rules).toContain('source.unreachable@src-gone');
    expect(rules).toContain('source.no_register@src-c');
    const dup = res.findings.find((f) => f.rule === 'dup.nik.same_program');
    expect(dup?.places?.map((pl) => `${pl.file}|${pl.sheet}|${pl.row}|${pl.cell}`)).toEqual(
      expect.arrayContaining(['src-a|Penerima|3|B3', 'src-b|Data|2|B2']),
    );
    expect(master.outputs.get('sources')?.rows).toHaveLength(1 + 5);
    expect(master.outputs.get('findings')?.rows.length).toBe(1 + res.findings.length);
  });

  it('gives the same tables cell for cell when a tiny budget splits the run into one source per chunk', () => {
    const whole = ports();
    const all = runConsolidation(input, whole.p, { budgetMs: 1e9 });
    const split = ports();
    let chunks = 0;
    let res = runConsolidation(input, split.p, { budgetMs: 0 });
    for (chunks = 1; !res.done; chunks++) {
      expect(split.master.readConsolidated('beneficiary')).toEqual([]); // nothing swapped in before the end
      res = runConsolidation(input, split.p, { budgetMs: 0 });
    }
    expect(chunks).toBe(5);
    for (const k of ['beneficiary', 'program', 'findings'] as const)
      expect(split.master.readConsolidated(k)).toEqual(whole.master.readConsolidated(k));
    expect(split.master.outputs).toEqual(whole.master.outputs);
    expect(res.done && all.done && res.findings).toEqual(all.done && all.findings);
  });

  it('restarts a run whose staging does not match its cursor (a chunk died half-way)', () => {
    const { p, master } = ports();
    expect(runConsolidation(input, p, { budgetMs: 0 }).done).toBe(false);
    master.appendStaging('beneficiary', [[null]]);
    let res = runConsolidation(input, p, { budgetMs: 1e9 });
    expect(res.done).toBe(true);
    const clean = ports();
    runConsolidation(input, clean.p);
    expect(
      master
        .readConsolidated('beneficiary')
        .slice(1)
        .map((r) => r.slice(0, -1)),
    ).toEqual(
      clean.master
        .readConsolidated('beneficiary')
        .slice(1)
        .map((r) => r.slice(0, -1)),
    );
    res = runConsolidation(input, p);
    expect(res.done).toBe(true);
  });

  it('does not revalidate an unchanged source: its rows keep their first sync time, a changed one is read again', () => {
    const books = { ...BOOKS };
    const { p, master } = ports(books);
    runConsolidation(input, p);
    const n = fieldCount('beneficiary');
    const first = master.readConsolidated('beneficiary').slice(1);
    books.d = workbook('d', { Penerima: [HEAD, person(1, '1275042202910005', 'Rina Marlina')] });
    // A later run: the clock has moved on by minutes.
    for (let i = 0; i < 200; i++) p.clock.now();
    const res = runConsolidation(input, p);
    if (!res.done) throw new Error('not done');
    const second = master.readConsolidated('beneficiary').slice(1);
    expect(second.slice(0, 4)).toEqual(first.slice(0, 4));
    expect(second[4][n + 4]).not.toBe(first[4][n + 4]);
    expect(second[4]).toContain('Rina Marlina');
    expect(res.statuses['src-a'].lastSync).not.toBe(first[0][n + 4]);
    expect(res.findings.filter((f) => f.file === 'src-a')).toEqual(expect.anything());
  });
});
