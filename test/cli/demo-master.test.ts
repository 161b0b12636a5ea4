// `sinergi demo` leaves demo/out/master.xlsx laid out like the add-on's master, and the reminders planned on it tell the demo's story.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewReminders } from '../../src/app/remind';
import { readRemindSnapshot } from '../../src/app/remind-read';
import { parseSourcesSheet, STATUS_COLUMNS, USER_COLUMNS } from '../../src/app/sources-sheet';
import { DEMO_SYNCED_AT } from '../../src/cli/commands/demo';
import { generateDemo } from '../../src/cli/demo';
import { CHANGED_IN_SEPTEMBER, DEMO_MAIL_DOMAIN, DEMO_TKPP, demoMasterSheets, demoSheetId, NEVER_ARRIVED } from '../../src/cli/demo/master';
import { loadWorkbook, writeWorkbookXlsx } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { dayOf } from '../../src/core/i18n/format';
import { parseSchedule, SCHEDULE_SHEET } from '../../src/core/remind/schedule';
import type { ReminderPlan } from '../../src/core/remind/types';

jest.setTimeout(120000);

const dir = mkdtempSync(join(tmpdir(), 'sinergi-demo-master-'));
const demoDir = join(dir, 'demo');
const master = join(demoDir, 'out', 'master.xlsx');
let demoOut = '';

async function sinergi(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function preview(day: string, path = master): Promise<ReminderPlan> {
  const r = await sinergi('remind', '--preview', '--today', day, '--format', 'json', path);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ReminderPlan;
}

const idOf = (file: string) => `${demoSheetId(file)}:beneficiary`;
const LATE = Object.keys(CHANGED_IN_SEPTEMBER).map(idOf).sort();
const NEVER = idOf(NEVER_ARRIVED.file);

const masters = new Map<string, Promise<string>>();
/** The demo master as a consolidation at 07:00 in Binjai on `day` would have left it (the demo's own is read on 10 December). */
function masterSyncedOn(day: string): Promise<string> {
  let p = masters.get(day);
  if (!p) {
    const path = join(dir, `master-${day}.xlsx`);
    const set = generateDemo();
    const files = set.workbooks.map((w) => join(demoDir, w.file));
    const syncedAt = new Date(`${day}T07:00:00+07:00`).toISOString();
    p = demoMasterSheets(set, files, { lang: 'id', today: dayOf(2025, 12, 1)!, syncedAt }).then(async (sheets) => {
      await writeWorkbookXlsx(path, sheets);
      return path;
    });
    masters.set(day, p);
  }
  return p;
}

beforeAll(async () => {
  const r = await sinergi('demo', '--dir', demoDir, '--quiet');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  demoOut = r.out;
});

test('the demo says where the master is and which remind command to try', () => {
  expect(demoOut).toContain(`Master konsolidasi contoh ditulis: ${master}\n`);
  expect(demoOut).toContain(`: sinergi remind --preview --today 2025-12-10 ${master}\n`);
});

test("laid out like the add-on's master: sources list, status, findings, consolidated tables, schedule with a TKPP address", async () => {
  const wb = await loadWorkbook(master);
  expect(wb.sheetNames()).toEqual([
    'Sumber Data',
    'Sinergi Konsolidasi Status',
    'Sinergi Konsolidasi Temuan',
    'Sinergi Konsolidasi Penerima',
    'Sinergi Konsolidasi Program',
    SCHEDULE_SHEET,
  ]);
  const listValues = wb.readSheet('Sumber Data').values;
  expect(listValues[0]).toEqual([...USER_COLUMNS, ...STATUS_COLUMNS].map((k) => t('id', `syncgas.h.${k}`)));
  const { sources, problems } = parseSourcesSheet(listValues);
  expect(problems).toEqual([]);
  // Every agency workbook of the demo (not the reference workbook), plus the one never delivered.
  const registers = generateDemo().workbooks.filter((w) => w.file !== 'referensi.xlsx');
  expect(sources.map((s) => s.id).sort()).toEqual(
    [...registers.map((w) => `${demoSheetId(w.file)}:${w.file.startsWith('renja-') ? 'program' : 'beneficiary'}`), NEVER].sort(),
  );
  for (const s of sources) expect(s.contactEmail).toMatch(new RegExp(`^operator\\.[a-z]+@${DEMO_MAIL_DOMAIN.replace(/\./g, '\\.')}$`));
  const statusIds = wb
    .readSheet('Sinergi Konsolidasi Status')
    .values.slice(1)
    .map((r) => r[0]);
  expect(statusIds.sort()).toEqual(
    sources
      .map((s) => s.id)
      .filter((id) => id !== NEVER)
      .sort(),
  );
  const { schedule, problems: scheduleProblems } = parseSchedule(wb.readSheet(SCHEDULE_SHEET).values);
  expect(scheduleProblems).toEqual([]);
  expect(schedule.tkpp).toEqual([DEMO_TKPP]);

  const snapshot = readRemindSnapshot(wb);
  const nov1 = dayOf(2025, 11, 1)!;
  const late = snapshot.sources.filter((s) => s.lastChange !== undefined && s.lastChange < nov1).map((s) => s.id);
  expect(late.sort()).toEqual(LATE);
  expect(snapshot.sources.find((s) => s.id === NEVER)?.state).toBeUndefined();
  // Read on the morning of 10 December; a history of monthly changes, the last one the last change.
  const dec10 = dayOf(2025, 12, 10)!;
  const sep1 = dayOf(2025, 9, 1)!;
  const oct1 = dayOf(2025, 10, 1)!;
  const nov24 = dayOf(2025, 11, 24)!;
  for (const s of snapshot.sources.filter((x) => x.id !== NEVER)) {
    expect(s.lastSync).toBe(dec10);
    expect(s.changeDays!.length).toBeGreaterThan(2);
    expect(s.changeDays![s.changeDays!.length - 1]).toBe(s.lastChange);
    if (LATE.includes(s.id)) expect(s.lastChange! >= sep1 && s.lastChange! < oct1).toBe(true);
    else expect(s.lastChange! >= nov24 && s.lastChange! < dec10).toBe(true);
  }
});

test('10 December 2025 (deadline of November): mails for the late sources, the sources with errors and the never-delivered one; no TKPP', async () => {
  const plan = await preview('2025-12-10');
  const snapshot = readRemindSnapshot(await loadWorkbook(master));
  const items = plan.send.flatMap((m) => m.items);
  expect(items.length).toBeGreaterThan(0);
  expect(
    items
      .filter((i) => i.late === 'not_delivered')
      .map((i) => i.sourceId)
      .sort(),
  ).toEqual(LATE);
  expect(items.filter((i) => i.late === 'never_synced').map((i) => i.sourceId)).toEqual([NEVER]);
  const faulty = snapshot.sources.filter((s) => s.kind === 'beneficiary' && s.errors > 0).map((s) => s.id);
  expect(faulty.length).toBeGreaterThan(2);
  for (const id of faulty) expect(items.map((i) => i.sourceId)).toContain(id);
  // Delivered in November without errors: not reminded.
  for (const e of plan.skipped) expect(e.reason).toBe('delivered');
  expect(items.every((i) => i.period.key === '2025-11' && i.step === 0 && !i.escalate)).toBe(true);
  for (const m of plan.send) {
    expect(m.to).toHaveLength(1);
    expect(m.to[0].endsWith(`@${DEMO_MAIL_DOMAIN}`)).toBe(true);
    expect(m.to).not.toContain(DEMO_TKPP);
    expect(m.cc).toEqual([]);
  }
  expect(plan.deferred).toEqual([]);
});

test('TKPP gets nothing on the earlier steps, and is copied on every mail at the last step (17 December, statuses read that day)', async () => {
  for (const [day, path] of [
    ['2025-12-07', await masterSyncedOn('2025-12-07')],
    ['2025-12-11', master],
  ]) {
    const plan = await preview(day, path);
    expect(plan.send.length).toBeGreaterThan(0);
    for (const m of plan.send) expect([...m.to, ...m.cc]).not.toContain(DEMO_TKPP);
  }
  const plan = await preview('2025-12-17', await masterSyncedOn('2025-12-17'));
  expect(plan.send.length).toBeGreaterThan(0);
  for (const m of plan.send) {
    expect(m.to).not.toContain(DEMO_TKPP);
    expect(m.cc).toEqual([DEMO_TKPP]);
  }
  const items = plan.send.flatMap((m) => m.items);
  expect(
    items
      .filter((i) => i.late === 'not_delivered')
      .map((i) => i.sourceId)
      .sort(),
  ).toEqual(LATE);
  expect(items.some((i) => i.sourceId === NEVER && i.late === 'never_synced' && i.escalate)).toBe(true);
});

test('on 17 December the demo master, read on the 10th, is too old to call anyone late: only error reminders go, TKPP copied', async () => {
  const plan = await preview('2025-12-17');
  expect(plan.send.length).toBeGreaterThan(0);
  for (const m of plan.send) expect(m.cc).toEqual([DEMO_TKPP]);
  const items = plan.send.flatMap((m) => m.items);
  expect(items.every((i) => i.late === undefined && i.errors > 0 && i.escalate && i.step === 7)).toBe(true);
  const stale = plan.skipped.filter((e) => e.reason === 'stale_status').map((e) => e.sourceId);
  expect(stale.sort()).toEqual([...LATE, NEVER].sort());
  for (const e of plan.skipped) expect(['delivered', 'stale_status']).toContain(e.reason);
});

test("no mail holds a NIK/KK or the name of anyone in the demo's beneficiary registers", async () => {
  const consolidated = (await loadWorkbook(master)).readSheet('Sinergi Konsolidasi Penerima').values;
  // The recipients' names as the consolidation read them from every beneficiary register of the demo.
  const nameCol = consolidated[0].indexOf('Nama');
  expect(nameCol).toBeGreaterThanOrEqual(0);
  const names = new Set<string>();
  for (const r of consolidated.slice(1)) {
    const n = String(r[nameCol] ?? '')
      .trim()
      .toLowerCase();
    if (n.length >= 3) names.add(n);
  }
  expect(names.size).toBeGreaterThan(1000);
  const texts: string[] = [];
  for (const [day, path] of [
    ['2025-12-10', master],
    ['2025-12-17', await masterSyncedOn('2025-12-17')],
  ]) {
    const plan = await preview(day, path);
    for (const m of plan.send) texts.push(m.subject, m.text, m.html);
    const printed = await sinergi('remind', '--preview', '--today', day, path);
    texts.push(printed.out);
  }
  for (const text of texts) {
    expect(text).not.toMatch(/\d{16}/);
    const words = ` ${text.toLowerCase().replace(/[^a-z']+/g, ' ')} `;
    const hits = [...names].filter((n) => words.includes(` ${n.replace(/[^a-z']+/g, ' ').trim()} `));
    expect(hits).toEqual([]);
  }
});

test('the master does not depend on when the demo runs: same sheets under another clock', async () => {
  const set = generateDemo();
  const files = set.workbooks.map((w) => join(demoDir, w.file));
  const opts = { lang: 'id' as const, today: dayOf(2025, 12, 1)!, syncedAt: DEMO_SYNCED_AT };
  const now = JSON.stringify(await demoMasterSheets(set, files, opts));
  jest.useFakeTimers({
    now: new Date('2031-07-15T12:34:56Z'),
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
  let later: string;
  try {
    expect(new Date().getUTCFullYear()).toBe(2031);
    later = JSON.stringify(await demoMasterSheets(set, files, opts));
  } finally {
    jest.useRealTimers();
  }
  // Compared as a flag: the sheets run to megabytes, too much for a failure message.
  expect(later === now).toBe(true);
  // The plan matches what the app makes of the same master (the CLI adds nothing of its own).
  const snapshot = readRemindSnapshot(await loadWorkbook(master));
  expect(await preview('2025-12-10')).toEqual(JSON.parse(JSON.stringify(previewReminders(snapshot, dayOf(2025, 12, 10)!, 100, 'id'))));
});
