// The reminder job of sinergiHourly on a master consolidated in the fake: preview equals what is sent, quota, reruns, Jakarta days, no personal data.
import { sinergiHourlyWith } from '../../src/gas/commands/scheduled';
import { REMIND_DAY_KEY, remindJob } from '../../src/gas/remind-job';
import * as append from '../../src/gas/remind-append';
import { MasterWorkbook } from '../../src/gas/remind-workbook';
import { FLAGS_KEY, FLAGS_METADATA_KEY } from '../../src/gas/schedule';
import { SheetsStore } from '../../src/gas/sync-store';
import { CURSOR_KEY } from '../../src/core/sync/state';
import type { GasFake, FakeSpreadsheet } from '../fakes/gas';
import {
  CONSOLIDATED,
  DAY,
  REFRESHED,
  fire,
  LOG,
  preview,
  registerPeople,
  remindWorld,
  SCHEDULE,
  sentMails,
  sheetValues,
  SOURCES,
  LATE_ADDITION,
  STEP_DAY,
  TKPP,
  srcId,
  type World,
} from './remind-helpers';

let world: World | undefined;
afterEach(() => world?.fake.uninstall());

const KEY = 2;
const RECIPIENT = 8;
const OUTCOME = 9;
/** The log below its header: [date, key, recipient, outcome, reason]. */
const logRows = (fake: GasFake, ss: FakeSpreadsheet) =>
  sheetValues(fake, ss, LOG)
    .slice(1)
    .map((r) => [r[0], r[KEY], r[RECIPIENT], r[OUTCOME], r[OUTCOME + 1]].map(String));
const sentPairs = (fake: GasFake, ss: FakeSpreadsheet) =>
  logRows(fake, ss)
    .filter((r) => r[3] === 'sent')
    .map((r) => `${r[1]} → ${r[2]}`);
const recipientsOf = (fake: GasFake, from = 0) => fake.mail.sent.slice(from).reduce((n, m) => n + m.recipients.length, 0);

/**
 * Switches the jobs as a menu click elsewhere would leave them, without touching the trigger: in the document's developer
 * metadata (what every reader takes first) and its properties.
 */
function setFlags({ fake, ss }: World, flags: { consolidate: boolean; remind: boolean }): void {
  const value = JSON.stringify(flags);
  PropertiesService.getDocumentProperties().setProperty(FLAGS_KEY, value);
  fake.uncounted(() =>
    ss
      .getDeveloperMetadata()
      .find((m) => m.getKey() === FLAGS_METADATA_KEY)!
      .setValue(value),
  );
}

function setup(options: Parameters<typeof remindWorld>[0] = {}): World {
  world = remindWorld(options);
  world.fake.ui.available = false;
  return world;
}

describe('the day a step falls due (Monday 7 December 2026, 07:10 WIB)', () => {
  test('the trigger sends, mail for mail, what Pratinjau showed that morning, and logs every decision once', () => {
    const { fake, ss } = setup();
    const shown = preview(world!, new Date('2026-12-06T23:00:00Z')); // 06:00 WIB, same Jakarta day
    expect(shown.html).toMatch(/Pengingat aktif/);
    expect(fake.mail.sent).toHaveLength(0);
    expect(sheetValues(fake, ss, LOG)).toEqual([]);

    fake.calls.reset();
    expect(fire(fake)).toEqual(['remind:done']);
    expect(fake.calls.count('getUi')).toBe(0);
    expect(fake.ui.alerts).toHaveLength(0);

    expect(sentMails(fake)).toEqual(shown.mails);
    // Dinas Sosial and Dinas Pendidikan share an officer: one mail; Tangsi's two addresses get one each; the TKPP summary last.
    expect(shown.mails.map((m) => m.to)).toEqual([
      'dinsos@binjaikota.go.id',
      'op.tangsi@binjaikota.go.id',
      'tangsi@binjaikota.go.id',
      'pahlawan@binjaikota.go.id',
      'jatiutomo@binjaikota.go.id',
      TKPP,
    ]);
    expect(fake.mail.sent.every((m) => m.name === 'Sinergi' && m.htmlBody && m.cc === '')).toBe(true);

    // One log row per (key, recipient) and decision: sent, and skipped (no contact, bad address), dated by the Jakarta day.
    const rows = logRows(fake, ss);
    expect(rows.every((r) => r[0] === '2026-12-07')).toBe(true);
    expect(new Set(rows.map((r) => `${r[1]}|${r[2]}|${r[3]}|${r[4]}`)).size).toBe(rows.length);
    expect(rows.filter((r) => r[3] === 'sent')).toHaveLength(7);
    expect(sentPairs(fake, ss)).toContain(`${srcId(5)}:beneficiary|2026-11|-3 → dinsos@binjaikota.go.id`);
    expect(sentPairs(fake, ss)).toContain(`weekly|2026-W50 → ${TKPP}`);
    expect(rows.filter((r) => r[3] === 'skipped').map((r) => [r[1].split('|')[0], r[4]])).toEqual(
      expect.arrayContaining([
        [`${srcId(3)}:beneficiary`, 'no_contact'],
        [`${srcId(4)}:beneficiary`, 'bad_email'],
      ]),
    );
    // The bad address is not copied into the log (what a contact cell holds may be a name or a phone number).
    expect(rows.filter((r) => r[4] === 'bad_email').map((r) => r[2])).toEqual(['']);
    expect(rows.some((r) => r[2].includes('berngam'))).toBe(false);
    expect(fake.properties('document')[REMIND_DAY_KEY]).toBeDefined();
  });

  test('quota 2: two recipients go, the rest is deferred, and goes the next day; nothing is sent twice', () => {
    const { fake, ss } = setup({ quota: 2 });
    const shown = preview(world!, STEP_DAY);
    expect(shown.mails).toHaveLength(2);
    expect(fire(fake)).toEqual(['remind:done']);
    expect(recipientsOf(fake)).toBe(2);
    expect(sentMails(fake)).toEqual(shown.mails);
    const deferred = logRows(fake, ss).filter((r) => r[3] === 'deferred');
    expect(deferred.map((r) => r[2]).sort()).toEqual(
      ['jatiutomo@binjaikota.go.id', 'pahlawan@binjaikota.go.id', 'tangsi@binjaikota.go.id', TKPP].sort(),
    );
    expect(deferred.every((r) => r[4] === 'quota')).toBe(true);

    // Later firings the same day do nothing.
    fake.clock.advance(3 * 3_600_000);
    expect(fire(fake)).toEqual(['remind:idle']);

    // The next day, a fresh quota: the deferred go out (Tuesday 8 December is no step day), nothing else.
    fake.mail.resetQuota(100);
    fake.clock.set(new Date(STEP_DAY.getTime() + DAY));
    const next = preview(world!, fake.clock.now());
    expect(fire(fake)).toEqual(['remind:done']);
    expect(sentMails(fake, 2)).toEqual(next.mails);
    expect(
      fake.mail.sent
        .slice(2)
        .map((m) => m.to)
        .sort(),
    ).toEqual(deferred.map((r) => r[2]).sort());
    const pairs = sentPairs(fake, ss);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toHaveLength(7);

    // And the day after, nothing.
    fake.clock.set(new Date(STEP_DAY.getTime() + 2 * DAY));
    expect(fire(fake)).toEqual(['remind:done']);
    expect(fake.mail.sent).toHaveLength(6);
  });

  test('a rerun the same day (the day marker cleared too) sends nothing twice', () => {
    const { fake, ss } = setup();
    expect(fire(fake)).toEqual(['remind:done']);
    const sent = fake.mail.sent.length;
    const logged = logRows(fake, ss).length;
    PropertiesService.getDocumentProperties().deleteProperty(REMIND_DAY_KEY);
    expect(fire(fake)).toEqual(['remind:done']);
    expect(fake.mail.sent).toHaveLength(sent);
    // Said once in the log as already sent, and not again on a third run.
    const again = logRows(fake, ss).slice(logged);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((r) => r[3] === 'skipped' && (r[4] === 'already_sent' || r[4] === 'no_contact' || r[4] === 'bad_email'))).toBe(true);
    PropertiesService.getDocumentProperties().deleteProperty(REMIND_DAY_KEY);
    const before = logRows(fake, ss).length;
    fire(fake);
    expect(fake.mail.sent).toHaveLength(sent);
    expect(
      logRows(fake, ss)
        .slice(before)
        .filter((r) => r[4] === 'already_sent'),
    ).toEqual([]);
  });

  test('statuses 4 days old (no consolidation since 6 December): only error and unreadable reminders go, "not delivered" waits', () => {
    const { fake, ss } = setup();
    // Fresh on the step day: the source listed after the consolidation is told the master never read it.
    expect(fire(fake)).toEqual(['remind:done']);
    expect(fake.mail.sent.find((m) => m.to === 'jatiutomo@binjaikota.go.id')?.body).toMatch(/belum pernah membaca/);
    const logged = logRows(fake, ss).length;
    const sent = fake.mail.sent.length;

    // Thursday 10 December, the deadline (step 0): the newest read is 6 December, 4 days back, more than the 2 that count.
    fake.clock.set(new Date('2026-12-10T00:10:00Z'));
    const shown = preview(world!, fake.clock.now());
    expect(fire(fake)).toEqual(['remind:done']);
    expect(sentMails(fake, sent)).toEqual(shown.mails);
    // The errors (Dinas Sosial with Dinas Pendidikan, Tangsi) and the sheet that cannot be opened (Pahlawan) still go.
    expect(shown.mails.map((m) => m.to)).toEqual([
      'dinsos@binjaikota.go.id',
      'op.tangsi@binjaikota.go.id',
      'tangsi@binjaikota.go.id',
      'pahlawan@binjaikota.go.id',
    ]);
    expect(shown.mails.every((m) => /kesalahan|tidak bisa/i.test(m.body))).toBe(true);
    expect(shown.mails.some((m) => /belum pernah membaca|Belum terlihat pembaruan/.test(m.body))).toBe(false);
    // Who would be called late is not: a skip row saying the statuses are stale, and no mail.
    const rows = logRows(fake, ss).slice(logged);
    expect(rows.every((r) => r[0] === '2026-12-10')).toBe(true);
    expect(rows.filter((r) => r[4] === 'stale_status').map((r) => [r[1], r[2], r[3]])).toEqual([
      [`${srcId(6)}:beneficiary|2026-11|0`, '', 'skipped'],
    ]);
    expect(
      rows
        .filter((r) => r[3] === 'sent')
        .map((r) => r[1].split('|')[0])
        .sort(),
    ).toEqual([srcId(0), srcId(1), srcId(1), srcId(2), srcId(5)].map((id) => `${id}:beneficiary`).sort());
    expect(rows.filter((r) => r[3] === 'sent').every((r) => r[1].endsWith('|2026-11|0'))).toBe(true);
  });

  test('reminders off: Pratinjau still shows the day and says they are off; the trigger does not run them', () => {
    const { fake } = setup();
    // As another editor's Matikan leaves them.
    setFlags(world!, { consolidate: false, remind: false });
    const shown = preview(world!, STEP_DAY);
    expect(shown.html).toMatch(/Pengingat belum aktif/);
    expect(shown.mails).toHaveLength(6);
    expect(fire(fake)).toEqual([]);
    expect(fake.mail.sent).toHaveLength(0);
  });
});

describe('Jakarta days, whatever the clock says in UTC', () => {
  /** Beneficiary deadline 0: December's report is due 31 December, so 1 January is step +1. */
  function deadlineZero(fake: GasFake, ss: FakeSpreadsheet): void {
    fake.uncounted(() => {
      const r = sheetValues(fake, ss, SCHEDULE).findIndex((row) => row[0] === 'Penerima bantuan');
      ss.getSheetByName(SCHEDULE)!
        .getRange(r + 1, 3)
        .setValue(0);
    });
  }

  test('2026-12-31T23:30Z is 1 January 06:30 WIB: not yet; 00:10Z is 07:10 WIB: the 1 January plan', () => {
    const { fake, ss } = setup();
    deadlineZero(fake, ss);
    fake.clock.set(new Date('2026-12-31T23:30:00Z'));
    expect(fire(fake)).toEqual(['remind:early']);
    expect(fake.mail.sent).toHaveLength(0);
    fake.clock.set(new Date('2027-01-01T00:10:00Z'));
    const shown = preview(world!, fake.clock.now());
    expect(fire(fake)).toEqual(['remind:done']);
    expect(sentMails(fake)).toEqual(shown.mails);
    const rows = logRows(fake, ss);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[0] === '2027-01-01' && r[1].endsWith('|2026-12|1'))).toBe(true);
    expect(fake.mail.sent[0].subject).toMatch(/Desember 2026/);
  });

  test('a firing at 06:59 WIB does nothing; 07:00 does', () => {
    const { fake } = setup();
    fake.clock.set(new Date('2026-12-06T23:59:00Z'));
    expect(fire(fake)).toEqual(['remind:early']);
    expect(fake.properties('document')[REMIND_DAY_KEY]).toBeUndefined();
    fake.clock.set(new Date('2026-12-07T00:00:00Z'));
    expect(fire(fake)).toEqual(['remind:done']);
  });

  test('on the hourly trigger: reminders wait for the morning consolidation, go first from noon, never share a firing with a chunk', () => {
    const { fake } = setup();
    setFlags(world!, { consolidate: true, remind: true });
    // A tiny chunk budget: one source per firing, so the day's consolidation is still running at noon.
    const seen: string[] = [];
    for (let h = 0; h < 7; h++) {
      fake.clock.set(new Date(STEP_DAY.getTime() + h * 3_600_000));
      seen.push(fire(fake).join());
    }
    expect(seen).toEqual([
      'consolidate:continue,remind:next_firing', // 07:10
      'consolidate:continue,remind:next_firing', // 08:10
      'consolidate:continue,remind:next_firing',
      'consolidate:continue,remind:next_firing',
      'consolidate:continue,remind:next_firing', // 11:10
      'remind:done,consolidate:next_firing', // 12:10
      'consolidate:continue,remind:next_firing', // 13:10
    ]);
    expect(fake.mail.sent).toHaveLength(6);
  });

  test('a consolidation in progress holds reminders on the hourly trigger until noon, never on the daily one', () => {
    const { fake, ss } = setup();
    const store = new SheetsStore();
    store.set(CURSOR_KEY, '{"running":true}');
    const at = (iso: string, hourly: boolean) => remindJob(ss as never, 'id', new Date(iso), store, hourly);
    expect(at('2026-12-07T01:00:00Z', true)).toBe('waiting');
    expect(at('2026-12-07T04:59:00Z', true)).toBe('waiting');
    expect(fake.mail.sent).toHaveLength(0);
    expect(at('2026-12-07T05:00:00Z', true)).toBe('done');
    store.delete(REMIND_DAY_KEY);
    fake.mail.sent.length = 0;
    expect(at('2026-12-07T01:00:00Z', false)).toBe('done');
  });
});

describe('never a person, never a failure shown', () => {
  test('no NIK, KK, recipient or contact name in any mail, preview or log cell, over a month of steps', () => {
    const { fake, ss } = setup();
    const htmls: string[] = [];
    // Every step of November (7, 10, 11, 17 December: the last escalated to TKPP) and the weekly summaries between.
    for (let d = 7; d <= 21; d++) {
      fake.clock.set(new Date(Date.UTC(2026, 11, d, 0, 10)));
      htmls.push(preview(world!, fake.clock.now()).html);
      fire(fake);
    }
    expect(fake.mail.sent.length).toBeGreaterThan(12);
    expect(fake.mail.sent.some((m) => m.cc === TKPP)).toBe(true);
    const { names, niks } = registerPeople();
    const contacts = [...SOURCES.map((s) => s.contact), LATE_ADDITION.contact];
    const texts = [
      ...fake.mail.sent.flatMap((m) => [m.subject, m.body, m.htmlBody ?? '']),
      ...htmls,
      ...sheetValues(fake, ss, LOG)
        .flat()
        .map((v) => (v instanceof Date ? '' : String(v))),
    ];
    const leaks: string[] = [];
    for (const text of texts) {
      if (/\d{16}/.test(text)) leaks.push(`16 digits: ${/\d{16}/.exec(text)![0].slice(0, 6)}…`);
      for (const n of names) if (text.includes(n)) leaks.push(`name ${n}`);
      for (const n of niks) if (text.includes(n)) leaks.push(`id ${n.slice(0, 6)}…`);
      for (const c of contacts) if (text.includes(c)) leaks.push(`contact ${c}`);
      if (/Samanhudi/.test(text)) leaks.push('address');
    }
    expect(leaks).toEqual([]);
  });

  test('the preview prints what a sheet holds as text: markup in an OPD name stays inert, and reads back unchanged', () => {
    const { fake, ss } = setup();
    const opd = 'Dinas Sosial <script>alert("x")</script> & <b>Co</b>';
    fake.uncounted(() => ss.getSheetByName('Sumber Data')!.getRange('A2').setValue(opd));
    const shown = preview(world!, STEP_DAY);
    expect(shown.html).not.toMatch(/<script|<b>/);
    expect(shown.html).toContain('&lt;script&gt;');
    expect(shown.mails[0].body).toContain(opd);
  });

  test('a failing read never throws: a row in the audit log, the day not marked, the next firing sends', () => {
    const { fake, ss } = setup();
    const spy = jest.spyOn(MasterWorkbook.prototype, 'readSheet').mockImplementationOnce(() => {
      throw new Error('Service Spreadsheets timed out');
    });
    let out: string[] = [];
    expect(() => (out = fire(fake))).not.toThrow();
    spy.mockRestore();
    expect(out).toEqual(['remind:failed']);
    expect(fake.mail.sent).toHaveLength(0);
    const audit = sheetValues(fake, ss, 'Sinergi Log');
    expect(audit.at(-1)!.slice(2, 5)).toEqual(['remind_scheduled', '', 'failed: Service Spreadsheets timed out']);
    expect(fake.properties('document')[REMIND_DAY_KEY]).toBeUndefined();
    fake.clock.advance(3_600_000);
    expect(fire(fake)).toEqual(['remind:done']);
    expect(fake.mail.sent).toHaveLength(6);
  });

  test('the log cannot be written after mail went: the day is marked all the same, so nothing goes twice', () => {
    const { fake, ss } = setup();
    const spy = jest.spyOn(append, 'appendRemindLog').mockImplementationOnce(() => {
      throw new Error('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    });
    expect(fire(fake)).toEqual(['remind:failed']);
    spy.mockRestore();
    expect(fake.mail.sent).toHaveLength(6);
    expect(sheetValues(fake, ss, 'Sinergi Log').at(-1)![4]).toMatch(/^failed: This action would increase/);
    fake.clock.advance(3_600_000);
    expect(fire(fake)).toEqual(['remind:idle']);
    expect(fake.mail.sent).toHaveLength(6);
  });

  test('MailApp says the quota is spent mid-run (its count was stale): the rest is deferred, not lost', () => {
    const { fake, ss } = setup({ quota: 100 });
    // Another script of the user sent meanwhile: only 3 recipients are left, though the count said 100.
    const g = globalThis as unknown as { MailApp: { getRemainingDailyQuota(): number } };
    const real = g.MailApp;
    g.MailApp = new Proxy(real, { get: (t, k) => (k === 'getRemainingDailyQuota' ? () => 100 : Reflect.get(t, k)) });
    fake.mail.remaining = 3;
    try {
      expect(fire(fake)).toEqual(['remind:done']);
    } finally {
      g.MailApp = real;
    }
    expect(fake.mail.sent).toHaveLength(3);
    expect(logRows(fake, ss).filter((r) => r[3] === 'deferred')).toHaveLength(3);
    expect(logRows(fake, ss).filter((r) => r[3] === 'failed')).toEqual([]);
  });
});

describe('Sheets calls', () => {
  /** The world with `total` source rows: the extra ones delivered on time without errors (skipped, logged, no mail). */
  function withSources(total: number): { calls: number; mails: number; logged: number } {
    const { fake, ss } = setup();
    const extra = total - SOURCES.length - 1;
    fake.uncounted(() => {
      const list = ss.getSheetByName('Sumber Data')!;
      const status = ss.getSheetByName('Sinergi Konsolidasi Status')!;
      const listStart = list.getLastRow() + 1;
      const statusStart = status.getLastRow() + 1;
      list.insertRowsAfter(list.getMaxRows(), extra);
      status.insertRowsAfter(status.getMaxRows(), extra);
      const iso = CONSOLIDATED.toISOString();
      const rows = Array.from({ length: extra }, (_, i) => srcId(100 + i));
      list
        .getRange(listStart, 1, extra, 7)
        .setValues(rows.map((id, i) => [`Kelurahan ${i}`, 'penerima', id, '', 'Petugas', `kel${i}@binjaikota.go.id`, 'Y']));
      // As the consolidation writes them: read on 6 December, changed (and only changed) on 1 December.
      status
        .getRange(statusStart, 1, extra, 12)
        .setValues(
          rows.map((id, i) => [
            `${id}:beneficiary`,
            `Kelurahan ${i}`,
            'penerima',
            id,
            'baik',
            10,
            0,
            0,
            `'${REFRESHED.toISOString()}`,
            `'${iso}`,
            '2026-12-01',
            `kel${i}@binjaikota.go.id`,
          ]),
        );
    });
    fake.calls.reset();
    expect(fire(fake)).toEqual(['remind:done']);
    return { calls: fake.calls.total(), mails: fake.mail.sent.length, logged: logRows(fake, ss).length };
  }

  test('the reminder job makes the same number of Sheets calls for 20 and 400 sources', () => {
    const small = withSources(20);
    world!.fake.uninstall();
    const large = withSources(400);
    expect(large.mails).toBe(small.mails);
    expect(large.logged - small.logged).toBe(380);
    expect(large.calls).toBe(small.calls);
  });
});

describe('a firing without its document (Apps Script may run an add-on clock trigger with no active spreadsheet)', () => {
  test("finds the master through its trigger, keeps its state in the owner's properties, and still sends once a day", () => {
    const { fake, ss } = setup();
    const shown = preview(world!, STEP_DAY);
    const uid = fake.uncounted(() => ScriptApp.getProjectTriggers()[0].getUniqueId());
    fake.setActive(null);
    const fireAlone = () => sinergiHourlyWith({ now: () => fake.clock.now(), budgetMs: 0, triggerUid: uid });
    expect(fireAlone()).toEqual(['remind:done']);
    expect(sentMails(fake)).toEqual(shown.mails);
    fake.clock.advance(3_600_000);
    expect(fireAlone()).toEqual(['remind:idle']);
    expect(fake.mail.sent).toHaveLength(shown.mails.length);
    // With the document open again, Pratinjau knows the day's mail went.
    fake.setActive(ss);
    expect(preview(world!, fake.clock.now()).html).toMatch(/Pengingat hari ini sudah dijalankan/);
  });
});
