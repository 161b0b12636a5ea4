// `sinergi remind --preview` on a master laid out as the add-on keeps it, and on one written by `sinergi consolidate`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsTable, sourcesTable } from '../../src/app/consolidate-finish';
import type { SourceEntry } from '../../src/app/consolidate';
import { previewReminders } from '../../src/app/remind';
import { readRemindSnapshot } from '../../src/app/remind-read';
import { USER_COLUMNS } from '../../src/app/sources-sheet';
import { loadWorkbook, writeWorkbookXlsx } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { dayOf } from '../../src/core/i18n/format';
import type { Finding } from '../../src/core/model/types';
import { scheduleSheetRows, SCHEDULE_SHEET } from '../../src/core/remind/schedule';
import type { SourceStatus } from '../../src/core/sync/state';

jest.setTimeout(60000);

const dir = mkdtempSync(join(tmpdir(), 'sinergi-remind-'));
const master = join(dir, 'master.xlsx');

async function sinergi(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** Spreadsheet ids as the TKPP pastes them (no long digit runs, so the ids are not masked). */
const SS = {
  dinsos: 'DinsosRegisterPenerimaBantuanBinjaiAbcXyz',
  dinkes: 'DinkesRegisterPenerimaBantuanBinjaiAbcXyz',
  disdik: 'DisdikRegisterPenerimaBantuanBinjaiAbcXyz',
  perkim: 'PerkimRegisterPenerimaBantuanBinjaiAbcXyz',
};
const idOf = (ss: string) => `${ss}:beneficiary`;
const TKPP = 'tkpp@binjaikota.go.id';

/** The master's last consolidation: 07:00 in Binjai on the deadline day, so its statuses are fresh for 10 and 12 December. */
const SYNCED = '2026-12-10T00:00:00.000Z';
/** A master consolidated again on the last step's morning (statuses more than two days old skip "not delivered"). */
const SYNCED_LAST_STEP = '2026-12-17T00:00:00.000Z';

/** Sumber Data as the add-on creates it: TKPP's columns A-G, then Sinergi's status columns (STATUS_COLUMNS of src/gas/sync-sources). */
function sourcesSheet(syncedAt = SYNCED): unknown[][] {
  const status = ['last_sync', 'status', 'rows', 'errors', 'warnings', 'digest'];
  const head = [...USER_COLUMNS, ...status].map((k) => t('id', `syncgas.h.${k}`));
  const synced = new Date(syncedAt);
  return [
    head,
    ['Dinas Sosial', 'penerima', SS.dinsos, '', 'Bu Rina', 'dinsos@binjaikota.go.id', 'Y', synced, 'baik', 120, 0, 2, 'd1'],
    ['Dinas Kesehatan', 'penerima', SS.dinkes, '', 'Pak Andi', 'dinkes@binjaikota.go.id', 'Y', synced, 'ada kesalahan', 80, 3, 0, 'd2'],
    ['Dinas Pendidikan', 'penerima', SS.disdik, '', 'Bu Sari', 'disdik@binjaikota.go.id', 'Y', synced, 'baik', 60, 0, 0, 'd3'],
    ['Dinas Perumahan', 'penerima', SS.perkim, '', '', '', 'Y', '', '', '', '', '', ''],
  ];
}

/**
 * The consolidation's status table (sourcesTable) with each source's change history. November's report counts from a change
 * on 24 November on: Dinsos last changed on 20 October (late), Dinkes on 25 November (delivered, with errors), Disdik on
 * 2 December (delivered: it reports in the first days of the next month); Perkim was never read.
 */
function statusSheet(syncedAt = SYNCED): unknown[][] {
  const entry = (ss: string, opd: string, email: string): SourceEntry => ({
    id: idOf(ss),
    opd,
    kind: 'beneficiary',
    ref: ss,
    contactEmail: email,
    active: true,
  });
  const st = (state: SourceStatus['state'], errors: number, warnings: number, changes: string[]): SourceStatus => ({
    state,
    rows: 100,
    errors,
    warnings,
    digest: 'x',
    lastSync: syncedAt,
    changedAt: changes[changes.length - 1],
    changes,
  });
  const entries = [
    entry(SS.dinsos, 'Dinas Sosial', 'dinsos@binjaikota.go.id'),
    entry(SS.dinkes, 'Dinas Kesehatan', 'dinkes@binjaikota.go.id'),
    entry(SS.disdik, 'Dinas Pendidikan', 'disdik@binjaikota.go.id'),
    entry(SS.perkim, 'Dinas Perumahan', ''),
  ];
  const statuses = {
    [idOf(SS.dinsos)]: st('ok', 0, 2, ['2026-08-27T00:00:00.000Z', '2026-09-29T00:00:00.000Z', '2026-10-20T00:00:00.000Z']),
    [idOf(SS.dinkes)]: st('errors', 3, 0, ['2026-09-26T00:00:00.000Z', '2026-10-28T00:00:00.000Z', '2026-11-25T00:00:00.000Z']),
    [idOf(SS.disdik)]: st('ok', 0, 0, ['2026-10-03T00:00:00.000Z', '2026-11-04T00:00:00.000Z', '2026-12-02T00:00:00.000Z']),
  };
  return sourcesTable(entries, statuses, 'id').rows as unknown[][];
}

function findingsSheet(): unknown[][] {
  const f = (rule: Finding['rule'], severity: Finding['severity'], ss: string, row: number): Finding => ({
    rule,
    severity,
    file: idOf(ss),
    sheet: 'Penerima',
    row,
    column: 'NIK',
    cell: `A${row}`,
    message: 'NIK harus 16 digit.',
    key: rule,
    params: {},
  });
  const findings = [
    f('nik.format', 'error', SS.dinkes, 2),
    f('nik.format', 'error', SS.dinkes, 5),
    f('kk.format', 'error', SS.dinkes, 7),
    f('nik.format', 'warning', SS.dinsos, 3),
  ];
  return findingsTable(findings, 'id').rows as unknown[][];
}

function scheduleSheet(): unknown[][] {
  const rows = scheduleSheetRows('id').map((r) => [...r]);
  const tkpp = rows.find((r) => r[0] === t('id', 'remind.schedule.tkpp'));
  if (!tkpp) throw new Error('no TKPP row in the schedule sheet');
  tkpp[1] = TKPP;
  return rows;
}

const masterSheets = (syncedAt: string, schedule = scheduleSheet()) => [
  { name: 'Sumber Data', rows: sourcesSheet(syncedAt), textColumns: [2] },
  { name: 'Sinergi Konsolidasi Status', rows: statusSheet(syncedAt) },
  { name: 'Sinergi Konsolidasi Temuan', rows: findingsSheet() },
  { name: SCHEDULE_SHEET, rows: schedule },
];
const masterLastStep = join(dir, 'master-17.xlsx');

beforeAll(async () => {
  await writeWorkbookXlsx(master, masterSheets(SYNCED));
  await writeWorkbookXlsx(masterLastStep, masterSheets(SYNCED_LAST_STEP));
});

/** "Kepada:" lines of the printed plan, in order. */
const recipients = (out: string) => out.split('\n').filter((l) => l.startsWith('Kepada: '));

describe('the deadline day of November 2026 (10 December, step 0 of a monthly register)', () => {
  test('one mail per contact, most errors first; delivered and contactless sources are counted as not sent', async () => {
    const r = await sinergi('remind', '--preview', '--today', '2026-12-10', master);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('10 Desember 2026');
    expect(recipients(r.out)).toEqual(['Kepada: dinkes@binjaikota.go.id', 'Kepada: dinsos@binjaikota.go.id']);
    const subjects = r.out.split('\n').filter((l) => l.startsWith('Subjek: '));
    expect(subjects).toHaveLength(2);
    expect(subjects[0]).toContain('Dinas Kesehatan');
    expect(subjects[1]).toContain('Dinas Sosial');
    expect(r.out).toContain('Tembusan: -');
    // No escalation on step 0, so TKPP is copied on nothing.
    expect(r.out).not.toContain(TKPP);
    expect(r.out).toMatch(/Tidak dikirim:\n/);
    expect(r.out).toMatch(/: 1 \(Dinas Pendidikan\)/);
    expect(r.out).toMatch(/: 1 \(Dinas Perumahan\)/);
    expect(r.out).not.toContain('Ditunda');
    // No personal data: the contact names of the sources sheet never reach a mail.
    for (const name of ['Bu Rina', 'Pak Andi', 'Bu Sari']) expect(r.out).not.toContain(name);
  });

  test('--format json is the plan previewReminders makes of the same snapshot: what the trigger would send', async () => {
    const r = await sinergi('remind', '--preview', '--today', '2026-12-10', '--format', 'json', master);
    expect(r.code).toBe(0);
    const snapshot = readRemindSnapshot(await loadWorkbook(master));
    const plan = previewReminders(snapshot, dayOf(2026, 12, 10)!, 100, 'id');
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(plan)));
    expect(plan.send.map((m) => m.to)).toEqual([['dinkes@binjaikota.go.id'], ['dinsos@binjaikota.go.id']]);
    expect(plan.skipped.map((e) => [e.opd, e.reason]).sort()).toEqual([
      ['Dinas Pendidikan', 'delivered'],
      ['Dinas Perumahan', 'no_contact'],
    ]);
  });

  test('--quota 1 sends the most urgent mail and defers the other', async () => {
    const r = await sinergi('remind', '--preview', '--today', '2026-12-10', '--quota', '1', master);
    expect(r.code).toBe(0);
    expect(recipients(r.out)).toEqual(['Kepada: dinkes@binjaikota.go.id']);
    expect(r.out).toContain('Ditunda karena kuota habis, dikirim pada jalan berikutnya: 1');
    expect(r.out).toMatch(/ {2}Kepada dinsos@binjaikota\.go\.id: .*Dinas Sosial/);
    const json = JSON.parse(
      (await sinergi('remind', '--preview', '--today', '2026-12-10', '--quota', '1', '--format', 'json', master)).out,
    );
    expect(json.send).toHaveLength(1);
    expect(json.deferred.map((m: { to: string[] }) => m.to)).toEqual([['dinsos@binjaikota.go.id']]);
    expect(json.quota).toBe(1);
  });

  test('in English with --lang en', async () => {
    const r = await sinergi('remind', '--preview', '--today', '2026-12-10', '--lang', 'en', master);
    expect(r.code).toBe(0);
    expect(r.out).toContain('10 December 2026');
    expect(r.out).toContain('To: dinkes@binjaikota.go.id');
    expect(r.out).toContain('Subject: ');
  });
});

test('the last step (+7) copies TKPP, and the contactless source goes to TKPP', async () => {
  const r = await sinergi('remind', '--preview', '--today', '2026-12-17', masterLastStep);
  expect(r.code).toBe(0);
  expect(recipients(r.out).sort()).toEqual(['Kepada: dinkes@binjaikota.go.id', 'Kepada: dinsos@binjaikota.go.id', `Kepada: ${TKPP}`]);
  // The agencies' mails copy TKPP; the one to TKPP itself (Perkim has no contact) has no copy.
  const cc = r.out.split('\n').filter((l) => l.startsWith('Tembusan: '));
  expect(cc.sort()).toEqual(['Tembusan: -', `Tembusan: ${TKPP}`, `Tembusan: ${TKPP}`]);
});

test('on the last step a master last read a week earlier sends only the error reminder (TKPP copied); the late and never-read wait', async () => {
  const r = await sinergi('remind', '--preview', '--today', '2026-12-17', '--format', 'json', master);
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out);
  expect(plan.send.map((m: { to: string[]; cc: string[] }) => [m.to, m.cc])).toEqual([[['dinkes@binjaikota.go.id'], [TKPP]]]);
  expect(plan.skipped.map((e: { opd: string; reason: string }) => [e.opd, e.reason]).sort()).toEqual([
    ['Dinas Pendidikan', 'delivered'],
    ['Dinas Perumahan', 'stale_status'],
    ['Dinas Sosial', 'stale_status'],
  ]);
});

test('a day without a step says nothing goes today', async () => {
  const r = await sinergi('remind', '--preview', '--today', '2026-12-12', master);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Tidak ada surel yang dikirim hari ini.');
  expect(recipients(r.out)).toEqual([]);
});

test('an unreadable schedule cell is listed as a problem; the default stands in for it', async () => {
  const rows = scheduleSheet();
  const ben = rows.find((r) => r[0] === t('id', 'remind.schedule.kind.beneficiary'))!;
  ben[2] = 'sepuluh';
  const p = join(dir, 'master-jadwal.xlsx');
  await writeWorkbookXlsx(p, masterSheets(SYNCED, rows));
  const r = await sinergi('remind', '--preview', '--today', '2026-12-10', p);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Masalah di sheet "${SCHEDULE_SHEET}" (nilai bawaan dipakai):`);
  expect(r.out).toMatch(/ {2}baris \d+: .*sepuluh/);
  // The default deadline (10 days) stands, so the same two mails go.
  expect(recipients(r.out)).toEqual(['Kepada: dinkes@binjaikota.go.id', 'Kepada: dinsos@binjaikota.go.id']);
});

describe('exit 2 with one line', () => {
  const oneLine = (s: string) => expect(s.trim().split('\n')).toHaveLength(1);
  test('without --preview: the command line sends no mail', async () => {
    const r = await sinergi('remind', '--today', '2026-12-10', master);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('--preview');
    expect(r.err).toContain('tidak mengirim surel');
    oneLine(r.err);
  });
  test('a missing file, a file that is not a spreadsheet, bad options', async () => {
    const missing = await sinergi('remind', '--preview', join(dir, 'tidak-ada.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/tidak-ada\.xlsx/);
    oneLine(missing.err);
    const note = join(dir, 'catatan.xlsx');
    writeFileSync(note, 'ini bukan spreadsheet');
    const bad = await sinergi('remind', '--preview', note);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/catatan\.xlsx/);
    oneLine(bad.err);
    expect((await sinergi('remind', '--preview', '--quota', 'banyak', master)).code).toBe(2);
    expect((await sinergi('remind', '--preview', '--today', '10-12-2026', master)).code).toBe(2);
    expect((await sinergi('remind', '--preview')).code).toBe(2);
  });
});

/** Runs the CLI with the clock at `now`: `sinergi consolidate` stamps its reads with the real time. */
async function sinergiAt(now: string, ...args: string[]) {
  jest.useFakeTimers({
    now: new Date(now),
    // Only Date is faked: file IO still needs the real timers and ticks.
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
    ],
  });
  try {
    return await sinergi(...args);
  } finally {
    jest.useRealTimers();
  }
}

test('a master written by `sinergi consolidate` is accepted: sources from its status table, none with a contact', async () => {
  const head = 'NIK,Nama,Program,Keterangan\n';
  const a = join(dir, 'dinsos.csv');
  const b = join(dir, 'dinkes.csv');
  writeFileSync(a, head + "'1275041708800001,Boy Lucky,PKH,\n");
  writeFileSync(b, head + "'127504170880,Siti Aminah,PKH,\n");
  const out = join(dir, 'master-cli.xlsx');
  // Consolidated at 08:00 in Binjai on 9 December 2026: both files first seen then, which delivers November's report.
  const c = await sinergiAt('2026-12-09T01:00:00.000Z', 'consolidate', a, b, '--out', out, '--today', '2026-12-09');
  expect([0, 1]).toContain(c.code);
  // The deadline the next day: dinsos.csv delivered without errors; dinkes.csv holds a 12-digit NIK, and no contact to tell.
  const r = await sinergi('remind', '--preview', '--today', '2026-12-10', '--format', 'json', out);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out);
  expect(plan.send).toEqual([]);
  expect(plan.skipped.map((e: { sourceId: string; reason: string }) => [e.sourceId, e.reason]).sort()).toEqual([
    ['dinkes.csv', 'no_contact'],
    ['dinsos.csv', 'delivered'],
  ]);
  const text = await sinergi('remind', '--preview', '--today', '2026-12-10', out);
  expect(text.code).toBe(0);
  expect(text.out).toContain('Tidak ada surel yang dikirim hari ini.');
  expect(text.out).toMatch(/: 1 \(dinkes\.csv\)/);
  expect(text.out).toMatch(/: 1 \(dinsos\.csv\)/);
  // 10 February 2027 (step 0 of January), with no consolidation since: nobody can be called late on statuses that old.
  const later = JSON.parse((await sinergi('remind', '--preview', '--today', '2027-02-10', '--format', 'json', out)).out);
  expect(later.send).toEqual([]);
  expect(later.skipped.map((e: { sourceId: string; reason: string }) => [e.sourceId, e.reason]).sort()).toEqual([
    ['dinkes.csv', 'stale_status'],
    ['dinsos.csv', 'stale_status'],
  ]);
});

// The built command, as cli.e2e.test.ts runs it (npm test builds dist first).
const bin = join(__dirname, '..', '..', 'dist', 'cli', 'sinergi.js');
(existsSync(bin) ? test : test.skip)('the built sinergi: --help names the quota default, the preview exits 0', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  const help = run('remind', '--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('--quota');
  expect(help.stdout).toContain('MailApp');
  const r = run('remind', '--preview', '--today', '2026-12-10', master);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Kepada: dinkes@binjaikota.go.id');
});
