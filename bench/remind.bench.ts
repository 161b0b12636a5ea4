// Reminders benchmark: a master with 400 sources, a findings table of 20k or 200k rows and a year of log; read + plan, as the daily job does.
import type { SourceEntry } from '../src/app/consolidate';
import { findingsTable, sourcesTable } from '../src/app/consolidate-finish';
import type { WorkbookPort } from '../src/app/ports';
import { previewReminders } from '../src/app/remind';
import { readRemindSnapshot } from '../src/app/remind-read';
import { remindLogRows } from '../src/app/remind-log';
import { SHEETS } from '../src/app/sheets';
import type { Finding } from '../src/core/model/types';
import { scheduleSheetRows } from '../src/core/remind/schedule';
import type { LogEntry } from '../src/core/remind/types';
import type { SourceStatus } from '../src/core/sync/state';

const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);
const TODAY = day(2026, 12, 10);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const SOURCES = 400;
const sizes = (process.argv[2] ?? '20000,200000').split(',').map(Number);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function master(findings: number): WorkbookPort {
  const entries: SourceEntry[] = [];
  const statuses: Record<string, SourceStatus> = {};
  for (let i = 0; i < SOURCES; i++) {
    const id = `src-${i}:${i % 4 === 0 ? 'program' : 'beneficiary'}`;
    entries.push({
      id,
      opd: `OPD ${i % 37}`,
      kind: i % 4 === 0 ? 'program' : 'beneficiary',
      ref: `file-${i}.xlsx`,
      contactEmail: `opd${i % 37}@contoh.binjaikota.go.id`,
      active: true,
    });
    // A third never changed since August (late), a third holds errors, the rest delivered.
    const changed = i % 3 === 0 ? '2026-08-20T02:00:00.000Z' : '2026-12-05T02:00:00.000Z';
    statuses[id] = {
      state: i % 3 === 1 ? 'errors' : 'ok',
      rows: 100,
      errors: i % 3 === 1 ? 5 : 0,
      warnings: 1,
      digest: 'd',
      lastSync: '2026-12-09T23:00:00.000Z',
      changedAt: changed,
    };
  }
  const rules = ['nik.format', 'nik.region', 'kk.format', 'wilayah.kelurahan_unknown', 'dup.nik.same_program'] as const;
  const fs: Finding[] = [];
  for (let i = 0; i < findings; i++)
    fs.push({
      rule: rules[i % rules.length],
      severity: i % 2 ? 'error' : 'warning',
      file: entries[i % SOURCES].id,
      sheet: 'S',
      row: i + 2,
      column: 'NIK',
      cell: `B${i + 2}`,
      message: 'pesan',
      key: 'k',
      params: {},
    });
  const log: LogEntry[] = [];
  for (let d = 0; d < 365; d += 7)
    for (let i = 0; i < SOURCES; i += 5)
      log.push({
        day: TODAY - 365 + d,
        key: `src-${i}:beneficiary|2026-01|${d % 8}`,
        recipient: `opd${i % 37}@contoh.binjaikota.go.id`,
        outcome: 'sent',
        reason: '',
        sourceId: `src-${i}:beneficiary`,
        opd: `OPD ${i % 37}`,
        kind: 'beneficiary',
        periodKey: '2026-01',
        step: d % 8,
        subject: 'x',
      });
  const sheets: Record<string, unknown[][]> = {
    'Sinergi Konsolidasi Status': sourcesTable(entries, statuses, 'id').rows,
    'Sinergi Konsolidasi Temuan': findingsTable(fs, 'id').rows,
    'Jadwal Pengingat': scheduleSheetRows('id').map((r) => r.map((c) => (c === '' ? '' : c))),
    [SHEETS.remindLog]: [
      [],
      ...remindLogRows(log, 'id', new Date(0)).map((r) => r.map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c))),
    ],
  };
  return {
    id: 'master.xlsx',
    name: 'master',
    sheetNames: () => Object.keys(sheets),
    readSheet: (name) => ({ name, values: sheets[name] }),
    writeTable: () => undefined,
  };
}

console.log('findings rows   read ms   plan ms   mails   skipped   log rows   max RSS MB');
const read: Record<number, number> = {};
for (const n of sizes) {
  const wb = master(n);
  const readT: number[] = [];
  const planT: number[] = [];
  let mails = 0;
  let skipped = 0;
  let logRows = 0;
  for (let run = 0; run < 3; run++) {
    gc();
    let t = performance.now();
    const snap = readRemindSnapshot(wb);
    readT.push(performance.now() - t);
    t = performance.now();
    const plan = previewReminders(snap, TODAY, 1500, 'id');
    planT.push(performance.now() - t);
    mails = plan.send.length + plan.deferred.length;
    skipped = plan.skipped.length;
    logRows = snap.log.length;
  }
  read[n] = median(readT);
  console.log(
    `${String(n).padEnd(15)} ${median(readT).toFixed(0).padStart(7)}   ${median(planT).toFixed(0).padStart(7)}   ${String(mails).padStart(5)}   ${String(skipped).padStart(7)}   ${String(logRows).padStart(8)}   ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(10)}`,
  );
}
if (read[200000] && read[20000]) console.log(`read time(200k)/time(20k) = ${(read[200000] / read[20000]).toFixed(2)}`);
