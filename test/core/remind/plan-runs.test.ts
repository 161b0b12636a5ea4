// The plan across runs and review fixes: delivery window, stale statuses, missed runs, failed sends, TKPP as addressee.
import { t } from '../../../src/core/i18n';
import { logEntriesOf, planReminders } from '../../../src/core/remind/plan';
import type { KindSchedule, LogEntry, PlanInput, PlannedMail, ReminderPlan, RemindSource, Schedule } from '../../../src/core/remind/types';
import { D, TKPP, src } from './fixtures';

const kindSchedule = (period: 'monthly' | 'quarterly', deadlineDays: number, over: Partial<KindSchedule> = {}): KindSchedule => ({
  period,
  deadlineDays,
  steps: [-3, 0, 1, 7],
  escalateLast: true,
  active: true,
  ...over,
});

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  kinds: { beneficiary: kindSchedule('monthly', 10), program: kindSchedule('quarterly', 15) },
  tkpp: [TKPP],
  weeklyDay: 0,
  ...over,
});

/** Every source here states its lastSync; none is filled in behind the test's back. */
const plan = (today: number, sources: RemindSource[], over: Partial<PlanInput> = {}): ReminderPlan =>
  planReminders({ today, sources, schedule: schedule(), log: [], quota: 100, lang: 'id', ...over });

const keysOf = (mails: readonly PlannedMail[]) => mails.flatMap((m) => m.keys).sort();
const items = (p: ReminderPlan) => p.send.flatMap((m) => m.items.map((i) => [i.key, i.carried, i.daysLate]));
const rows = (p: ReminderPlan) => p.skipped.map((e) => [e.key, e.recipient, e.reason]);
const logOf = (p: ReminderPlan, outcome: 'sent' | 'failed' = 'sent'): LogEntry[] => [
  ...p.send.flatMap((m) => logEntriesOf(m, p.today, outcome, outcome === 'failed' ? 'send_failed' : '')),
  ...p.deferred.flatMap((m) => logEntriesOf(m, p.today, 'deferred', 'quota')),
  ...p.skipped,
];

describe('delivery window: a report counts for the period it follows', () => {
  // October's report uploaded on 8 November; nothing since. November's steps fall on 7, 10, 11 and 17 December.
  it.each([
    [D(2026, 12, 7), 'A|2026-11|-3'],
    [D(2026, 12, 10), 'A|2026-11|0'],
    [D(2026, 12, 11), 'A|2026-11|1'],
    [D(2026, 12, 17), 'A|2026-11|7'],
  ])('day %p: a change on 8 November is not November’s report → %p, not delivered', (today, key) => {
    const p = plan(today, [src('A', { lastChange: D(2026, 11, 8), lastSync: today })]);
    expect(p.send.flatMap((m) => m.items.map((i) => [i.key, i.late]))).toEqual([[key, 'not_delivered']]);
    // The mail says since when no update was seen: the window's first day.
    expect(p.send[0].text).toContain('Belum terlihat pembaruan data sejak 24 November 2026.');
  });

  it.each([D(2026, 12, 7), D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 17)])('day %p: a change on 26 November delivers', (today) => {
    const p = plan(today, [src('A', { lastChange: D(2026, 11, 26), lastSync: today })]);
    expect(p.send).toEqual([]);
    expect(rows(p).map((r) => r[2])).toEqual(['delivered']);
  });

  it('change days: a November change kept in the history delivers though a later fix is the last change', () => {
    const s = src('A', { lastChange: D(2026, 12, 9), changeDays: [D(2026, 11, 8), D(2026, 12, 9)], lastSync: D(2026, 12, 10) });
    expect(plan(D(2026, 12, 10), [s]).send).toEqual([]);
    const early = src('A', { lastChange: D(2026, 11, 8), changeDays: [D(2026, 10, 2), D(2026, 11, 8)], lastSync: D(2026, 12, 10) });
    expect(keysOf(plan(D(2026, 12, 10), [early]).send)).toEqual(['A|2026-11|0']);
  });
});

describe('stale statuses', () => {
  const today = D(2026, 12, 11); // November +1
  const late = src('L', { lastChange: D(2026, 10, 30), lastSync: D(2026, 12, 9) });
  const never = src('N', { state: undefined });
  const faulty = src('E', { state: 'errors', lastChange: D(2026, 11, 28), lastSync: D(2026, 12, 9), errors: 3 });
  const unreadable = src('U', { state: 'unreachable', lastSync: D(2026, 12, 9) });

  it('newest read 2 days ago: fresh, everyone due is reminded', () => {
    const p = plan(today, [late, never, faulty, unreadable]);
    expect(keysOf(p.send)).toEqual(['E|2026-11|1', 'L|2026-11|1', 'N|2026-11|1', 'U|2026-11|1']);
    expect(p.skipped).toEqual([]);
  });

  it('newest read 3 days ago: not_delivered and never_synced are skipped stale_status; errors and unreadable still go', () => {
    const p = plan(today + 1, [late, never, faulty, unreadable], {
      schedule: schedule({ kinds: { beneficiary: kindSchedule('monthly', 11), program: kindSchedule('quarterly', 15) } }),
    });
    expect(keysOf(p.send)).toEqual(['E|2026-11|1', 'U|2026-11|1']);
    expect(rows(p)).toEqual([
      ['L|2026-11|1', '', 'stale_status'],
      ['N|2026-11|1', '', 'stale_status'],
    ]);
    // One row per key, not per recipient, and a rerun the same day adds none.
    const two = src('L', { lastChange: D(2026, 10, 30), lastSync: D(2026, 12, 9), emails: ['l1@binjaikota.go.id', 'l2@binjaikota.go.id'] });
    const sched = schedule({ kinds: { beneficiary: kindSchedule('monthly', 11), program: kindSchedule('quarterly', 15) } });
    const q = plan(today + 1, [two], { schedule: sched });
    expect(rows(q)).toEqual([['L|2026-11|1', '', 'stale_status']]);
    expect(rows(plan(today + 1, [two], { schedule: sched, log: q.skipped }))).toEqual([]);
  });

  it('no source was ever read: stale', () => {
    const p = plan(today, [never]);
    expect(p.send).toEqual([]);
    expect(rows(p)).toEqual([['N|2026-11|1', '', 'stale_status']]);
  });

  it('only active sources count as a sign of life', () => {
    const p = plan(today, [never, src('X', { active: false, lastSync: today })]);
    expect(rows(p)).toEqual([['N|2026-11|1', '', 'stale_status']]);
  });

  it('has words in both languages', () => {
    expect(t('id', 'remind.log.reason.stale_status')).toMatch(/2 hari/);
    expect(t('en', 'remind.log.reason.stale_status')).toMatch(/2 days/);
  });
});

describe('missed runs', () => {
  const never = (over: Partial<RemindSource> = {}) => src('A', { state: undefined, ...over });
  /** A fresh source of the other kind keeps statuses fresh without adding mail. */
  const pulse = (day: number) => src('Z', { kind: 'program', lastChange: day, lastSync: day });
  const ranOn = (day: number): LogEntry[] => logOf(plan(day, [never(), pulse(day)]));
  /** Any log row of that day marks a run. */
  const run = (day: number): LogEntry => ({
    day,
    key: 'weekly|x',
    recipient: TKPP,
    outcome: 'sent',
    reason: '',
    sourceId: '',
    opd: '',
    periodKey: 'x',
    step: null,
    subject: '',
  });

  it('an empty log plans today only: a first run does not mail old steps', () => {
    expect(items(plan(D(2026, 12, 9), [never(), pulse(D(2026, 12, 9))]))).toEqual([]);
  });

  it('a step due on a day without a run is sent on the next run, carried, with daysLate for today', () => {
    // Ran on 6 December (nothing due), then no run until the 9th: the -3 of the 7th is owed.
    const p = plan(D(2026, 12, 9), [never(), pulse(D(2026, 12, 9))], { log: [run(D(2026, 12, 6))] });
    expect(items(p)).toEqual([['A|2026-11|-3', true, -1]]);
    expect(p.send[0].items[0].late).toBe('never_synced');
  });

  it('several missed steps of one period: only the latest goes', () => {
    // -3 (7th), 0 (10th) and +1 (11th) missed: the +1 goes, 2 days late on the 12th.
    expect(items(plan(D(2026, 12, 12), [never(), pulse(D(2026, 12, 12))], { log: [run(D(2026, 12, 5))] }))).toEqual([
      ['A|2026-11|1', true, 2],
    ]);
    // A step due today supersedes every missed one.
    expect(items(plan(D(2026, 12, 11), [never(), pulse(D(2026, 12, 11))], { log: [run(D(2026, 12, 5))] }))).toEqual([
      ['A|2026-11|1', false, 1],
    ]);
  });

  it('at most 7 days back', () => {
    // Last run 1 December; on the 15th the window is 8-15 December: the +1 (11th) is the latest in it.
    expect(items(plan(D(2026, 12, 15), [never(), pulse(D(2026, 12, 15))], { log: [run(D(2026, 12, 1))] }))).toEqual([
      ['A|2026-11|1', true, 5],
    ]);
    // On the 9th the window is 2-9 December: the -3 of the 7th; on the 25th (18-25) nothing, the +7 of the 17th is older.
    expect(items(plan(D(2026, 12, 9), [never(), pulse(D(2026, 12, 9))], { log: [run(D(2026, 12, 1))] }))).toEqual([
      ['A|2026-11|-3', true, -1],
    ]);
    expect(items(plan(D(2026, 12, 25), [never(), pulse(D(2026, 12, 25))], { log: [run(D(2026, 12, 1))] }))).toEqual([]);
    expect(items(plan(D(2026, 12, 24), [never(), pulse(D(2026, 12, 24))], { log: [run(D(2026, 12, 1))] }))).toEqual([
      ['A|2026-11|7', true, 14],
    ]);
    // Last run on the 14th: only days after it are made up, the +1 of the 11th is not.
    expect(items(plan(D(2026, 12, 16), [never(), pulse(D(2026, 12, 16))], { log: [run(D(2026, 12, 14))] }))).toEqual([]);
  });

  it('a missed step already sent is not sent again; a delivered source is skipped', () => {
    const log = ranOn(D(2026, 12, 7)); // -3 sent on the 7th
    expect(log.some((e) => e.key === 'A|2026-11|-3' && e.outcome === 'sent')).toBe(true);
    // The 8th and 9th have no step; the log of the 7th is the last run.
    expect(items(plan(D(2026, 12, 9), [never(), pulse(D(2026, 12, 9))], { log }))).toEqual([]);
    const delivered = plan(D(2026, 12, 12), [src('A', { lastChange: D(2026, 12, 1), lastSync: D(2026, 12, 12) })], { log });
    expect(delivered.send).toEqual([]);
    expect(rows(delivered)).toEqual([['A|2026-11|1', '', 'delivered']]);
  });

  it('a log written only today plans today only', () => {
    const todayLog = ranOn(D(2026, 12, 12));
    expect(items(plan(D(2026, 12, 12), [never(), pulse(D(2026, 12, 12))], { log: todayLog }))).toEqual([]);
  });
});

describe('failed sends', () => {
  const late = src('A', { state: undefined });
  const pulse = (day: number) => src('Z', { kind: 'program', lastChange: day, lastSync: day });
  const dec11 = D(2026, 12, 11);

  it('a mail that failed is carried the next days, at most 3 failures per (key, recipient) in all', () => {
    let log = logOf(plan(dec11, [late, pulse(dec11)]), 'failed');
    expect(log.map((e) => [e.key, e.outcome])).toEqual([['A|2026-11|1', 'failed']]);
    const second = plan(dec11 + 1, [late, pulse(dec11 + 1)], { log });
    expect(items(second)).toEqual([['A|2026-11|1', true, 2]]);
    log = [...log, ...logOf(second, 'failed')];
    const third = plan(dec11 + 2, [late, pulse(dec11 + 2)], { log });
    expect(items(third)).toEqual([['A|2026-11|1', true, 3]]);
    log = [...log, ...logOf(third, 'failed')];
    // Three failures logged: given up.
    const fourth = plan(dec11 + 3, [late, pulse(dec11 + 3)], { log });
    expect(fourth.send).toEqual([]);
    expect(log.filter((e) => e.outcome === 'failed')).toHaveLength(3);
  });

  it('a failure followed by a success is settled', () => {
    const log = logOf(plan(dec11, [late, pulse(dec11)]), 'failed');
    const ok = plan(dec11 + 1, [late, pulse(dec11 + 1)], { log });
    expect(plan(dec11 + 2, [late, pulse(dec11 + 2)], { log: [...log, ...logOf(ok)] }).send).toEqual([]);
  });

  it('after 3 failures a same-day rerun does not try the due step again', () => {
    const failed = logOf(plan(dec11, [late, pulse(dec11)]), 'failed');
    const log = [...failed, ...failed, ...failed];
    const p = plan(dec11, [late, pulse(dec11)], { log });
    expect(p.send).toEqual([]);
    expect(rows(p)).toEqual([['A|2026-11|1', 'a@binjaikota.go.id', 'send_failed']]);
  });

  it('a failed weekly summary is carried within its week', () => {
    const monday = D(2026, 12, 7);
    const sched = schedule({ weeklyDay: 1 });
    const log = logOf(plan(monday, [pulse(monday)], { schedule: sched }), 'failed');
    expect(log.map((e) => [e.key, e.outcome])).toEqual([['weekly|2026-W50', 'failed']]);
    expect(keysOf(plan(monday + 1, [pulse(monday + 1)], { schedule: sched, log }).send)).toEqual(['weekly|2026-W50']);
  });
});

describe('TKPP as the addressee', () => {
  const today = D(2026, 12, 17); // November +7, the escalation
  const pulse = src('Z', { kind: 'program', lastChange: today, lastSync: today });
  const toTkppLine = t('id', 'remind.to_tkpp', { opd: 'Dinas N' });

  it('a source without a usable contact: its last step goes to TKPP with the forwarding words', () => {
    const p = plan(today, [src('N', { state: undefined, emails: [] }), pulse]);
    expect(p.send.map((m) => [m.to, m.cc])).toEqual([[[TKPP], []]]);
    expect(p.send[0].text).toContain(toTkppLine);
    expect(p.send[0].text).toContain(t('id', 'remind.greeting.tkpp'));
  });

  it('a source whose contact happens to be a TKPP address gets the normal mail, other TKPP addresses copied', () => {
    const sched = schedule({ tkpp: [TKPP, 'kepala@binjaikota.go.id'] });
    const p = plan(today, [src('S', { state: undefined, emails: [TKPP] }), pulse], { schedule: sched });
    expect(p.send.map((m) => [m.to, m.cc])).toEqual([[[TKPP], ['kepala@binjaikota.go.id']]]);
    expect(p.send[0].text).toContain(t('id', 'remind.greeting', { opd: 'Dinas S' }));
    expect(p.send[0].text).not.toContain('tidak memiliki alamat email kontak');
  });

  it('one TKPP mail holding both: the forwarding words name only the source without contact', () => {
    const p = plan(today, [src('N', { state: undefined, emails: [] }), src('S', { state: undefined, emails: [TKPP] }), pulse]);
    expect(p.send.map((m) => [m.to, m.keys])).toEqual([[[TKPP], ['N|2026-11|7', 'S|2026-11|7']]]);
    expect(p.send[0].text).toContain(toTkppLine);
  });
});
