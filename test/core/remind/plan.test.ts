// The day's plan: due steps per kind, late decisions, one mail per address, TKPP copies, log dedupe, quota, carry-over, weekly.
import { t } from '../../../src/core/i18n';
import { logEntriesOf, planReminders } from '../../../src/core/remind/plan';
import type { KindSchedule, LogEntry, PlanInput, PlannedMail, ReminderPlan, RemindSource, Schedule } from '../../../src/core/remind/types';
import { D, TKPP, src } from './fixtures';

const kindSchedule = (over: Partial<KindSchedule>, period: 'monthly' | 'quarterly', deadlineDays: number): KindSchedule => ({
  period,
  deadlineDays,
  steps: [-3, 0, 1, 7],
  escalateLast: true,
  active: true,
  ...over,
});

const schedule = (b: Partial<KindSchedule> = {}, p: Partial<KindSchedule> = {}, over: Partial<Schedule> = {}): Schedule => ({
  kinds: { beneficiary: kindSchedule(b, 'monthly', 10), program: kindSchedule(p, 'quarterly', 15) },
  tkpp: [TKPP],
  weeklyDay: 0,
  ...over,
});

/**
 * The master's statuses are fresh unless a test says otherwise: a source without a lastSync key was read today (a test opts out
 * with `lastSync: undefined`). Freshness only decides whether late reasons may be sent; lateness itself reads lastChange first.
 */
const fresh = (today: number, sources: readonly RemindSource[]): RemindSource[] =>
  sources.map((s) => (s && typeof s === 'object' && !('lastSync' in s) ? { ...s, lastSync: today } : s));

const plan = (today: number, sources: RemindSource[], over: Partial<PlanInput> = {}): ReminderPlan =>
  planReminders({ today, schedule: schedule(), log: [], quota: 100, lang: 'id', ...over, sources: fresh(today, over.sources ?? sources) });

const keysOf = (mails: readonly PlannedMail[]) => mails.flatMap((m) => m.keys).sort();
const shape = (mails: readonly PlannedMail[]) => mails.map((m) => ({ to: m.to, cc: m.cc, keys: m.keys, cost: m.cost }));
const rows = (p: ReminderPlan) => p.skipped.map((e) => [e.key, e.recipient, e.reason]);
/** What the trigger logs after sending the plan (every mail sent, deferred ones deferred). */
const logOf = (p: ReminderPlan): LogEntry[] => [
  ...p.send.flatMap((m) => logEntriesOf(m, p.today, 'sent', '')),
  ...p.deferred.flatMap((m) => logEntriesOf(m, p.today, 'deferred', 'quota')),
  ...p.skipped,
];

// Default schedule: November 2026 beneficiary deadline 10 Dec (steps 7, 10, 11, 17 Dec); Q4 2026 programmes 15 Jan 2027.
describe('which step is due today', () => {
  const both = [src('B', { state: undefined }), src('P', { kind: 'program', state: undefined })];
  it.each([
    [D(2026, 12, 7), ['B|2026-11|-3']],
    [D(2026, 12, 8), []],
    [D(2026, 12, 10), ['B|2026-11|0']],
    [D(2026, 12, 11), ['B|2026-11|1']],
    [D(2026, 12, 17), ['B|2026-11|7']],
    [D(2027, 1, 7), ['B|2026-12|-3']],
    [D(2027, 1, 12), ['P|2026-Q4|-3']],
    [D(2027, 1, 15), ['P|2026-Q4|0']],
    [D(2027, 1, 16), ['P|2026-Q4|1']],
    [D(2027, 1, 17), ['B|2026-12|7']],
    [D(2027, 1, 22), ['P|2026-Q4|7']],
  ])('day %p → %p', (today, keys) => {
    expect(keysOf(plan(today, both).send)).toEqual(keys);
  });

  it('two kinds due the same day when their deadlines line up', () => {
    const p = plan(D(2027, 1, 7), both, { schedule: schedule({}, { deadlineDays: 10 }) });
    expect(keysOf(p.send)).toEqual(['B|2026-12|-3', 'P|2026-Q4|-3']);
  });

  it('an inactive kind gives no rows at all, an inactive source neither', () => {
    const p = plan(D(2026, 12, 7), [...both, src('D', { lastChange: D(2026, 11, 3) })], { schedule: schedule({ active: false }) });
    expect(p.send).toEqual([]);
    expect(p.deferred).toEqual([]);
    expect(p.skipped).toEqual([]);
    const q = plan(D(2026, 12, 7), [src('B', { state: undefined, active: false })]);
    expect([q.send, q.deferred, q.skipped]).toEqual([[], [], []]);
  });

  it.each([
    // [deadlineDays, today, key, deadline, daysLate]
    [0, D(2026, 12, 1), 'B|2026-11|1', D(2026, 11, 30), 1], // across a month end
    [0, D(2026, 12, 31), 'B|2026-12|0', D(2026, 12, 31), 0],
    [0, D(2027, 1, 1), 'B|2026-12|1', D(2026, 12, 31), 1], // across the year end
    [0, D(2027, 1, 7), 'B|2026-12|7', D(2026, 12, 31), 7],
    [0, D(2028, 2, 26), 'B|2028-02|-3', D(2028, 2, 29), -3],
    [0, D(2028, 2, 29), 'B|2028-02|0', D(2028, 2, 29), 0], // the leap day itself
    [0, D(2028, 3, 1), 'B|2028-02|1', D(2028, 2, 29), 1],
    [29, D(2028, 3, 7), 'B|2028-01|7', D(2028, 2, 29), 7], // a January deadline falling on the leap day
  ])('deadlineDays %p, day %p: %p, deadline %p, %p days late', (deadlineDays, today, key, deadline, daysLate) => {
    const p = plan(today, [src('B', { state: undefined })], { schedule: schedule({ deadlineDays }) });
    expect(p.send.flatMap((m) => m.items.map((i) => [i.key, i.deadline, i.daysLate]))).toEqual([[key, deadline, daysLate]]);
  });
});

describe('late, delivered and errors-only decisions', () => {
  const today = D(2026, 12, 10); // November, step 0
  const nov1 = D(2026, 11, 1);
  const opens = D(2026, 11, 24); // November's delivery window opens on its last seven days
  it.each([
    ['never synced', { state: undefined }, 'never_synced', 0],
    ['unreachable', { state: 'unreachable', lastChange: opens + 4 }, 'unreadable', 0],
    ['no register', { state: 'no_register', lastChange: opens + 4 }, 'unreadable', 0],
    ['changed the day before the window', { lastChange: opens - 1 }, 'not_delivered', 0],
    ['changed early in the period (October’s report)', { lastChange: D(2026, 11, 8) }, 'not_delivered', 0],
    ['lastSync fallback the day before the window, another source read today', { lastSync: opens - 1 }, 'not_delivered', 0],
    ['delivered with errors', { state: 'errors', lastChange: opens, errors: 3 }, undefined, 3],
    ['delivered through lastSync, with errors', { lastSync: opens, errors: 1 }, undefined, 1],
    ['late and with errors', { lastChange: opens - 1, errors: 2 }, 'not_delivered', 2],
  ] as [string, Partial<RemindSource>, string | undefined, number][])('%s → a reminder (late %p, %p errors)', (_n, over, late, errors) => {
    // A source read today keeps the statuses fresh without adding mail (delivered, no errors, of a kind not due today).
    const p = plan(today, [src('S', over), src('F', { kind: 'program', lastChange: today, lastSync: today })]);
    expect(p.skipped).toEqual([]);
    expect(p.send).toHaveLength(1);
    const item = p.send[0].items[0];
    expect([item.key, item.late, item.errors, item.daysLate, item.escalate, item.carried]).toEqual([
      'S|2026-11|0',
      late,
      errors,
      0,
      false,
      false,
    ]);
  });

  it.each([
    ['changed on the first day of the window', { lastChange: opens }],
    ['lastSync fallback on the first day of the window', { lastSync: opens }],
    ['changed on the period’s last day', { lastChange: D(2026, 11, 30) }],
    ['changed after the period ended', { lastChange: D(2026, 12, 3) }],
  ] as [string, Partial<RemindSource>][])('%s, no errors → skipped delivered', (_n, over) => {
    const p = plan(today, [src('S', over)]);
    expect(p.send).toEqual([]);
    expect(p.skipped).toEqual([
      {
        day: today,
        key: 'S|2026-11|0',
        recipient: '',
        outcome: 'skipped',
        reason: 'delivered',
        sourceId: 'S',
        opd: 'Dinas S',
        kind: 'beneficiary',
        periodKey: '2026-11',
        step: 0,
        subject: '',
      },
    ]);
  });

  it('the item carries what the mail needs', () => {
    const s = src('S', {
      lastChange: nov1 - 5,
      lastSync: D(2026, 12, 16),
      errors: 5,
      warnings: 2,
      errorsByRule: { 'nik.format': 2, 'kk.missing': 3, 'a.tie': 2, 'zero.rule': 0, 'bad.rule': NaN },
      link: 'https://docs.google.com/spreadsheets/d/abc',
    });
    const item = plan(D(2026, 12, 17), [s]).send[0].items[0];
    expect(item).toEqual({
      key: 'S|2026-11|7',
      sourceId: 'S',
      opd: 'Dinas S',
      kind: 'beneficiary',
      period: { kind: 'monthly', key: '2026-11', year: 2026, index: 11, start: nov1, end: D(2026, 11, 30) },
      deadline: D(2026, 12, 10),
      step: 7,
      daysLate: 7,
      late: 'not_delivered',
      errors: 5,
      warnings: 2,
      errorsByRule: [
        ['kk.missing', 3],
        ['a.tie', 2],
        ['nik.format', 2],
      ],
      lastSync: D(2026, 12, 16),
      link: 'https://docs.google.com/spreadsheets/d/abc',
      escalate: true,
      carried: false,
    });
  });
});

describe('one mail per recipient address', () => {
  it('two sources sharing one contact → one mail with two items; a source with two contacts → two mails', () => {
    const p = plan(D(2026, 12, 11), [
      src('A', { state: undefined, emails: ['shared@binjaikota.go.id'] }),
      src('B', { state: undefined, emails: ['Shared@BinjaiKota.go.id'] }),
      src('C', { state: undefined, emails: ['c1@binjaikota.go.id', 'c2@binjaikota.go.id'] }),
    ]);
    // Equal urgency: by OPD ("Dinas A, Dinas B" before "Dinas C"), then address.
    expect(shape(p.send)).toEqual([
      { to: ['shared@binjaikota.go.id'], cc: [], keys: ['A|2026-11|1', 'B|2026-11|1'], cost: 1 },
      { to: ['c1@binjaikota.go.id'], cc: [], keys: ['C|2026-11|1'], cost: 1 },
      { to: ['c2@binjaikota.go.id'], cc: [], keys: ['C|2026-11|1'], cost: 1 },
    ]);
    expect(p.send.every((m) => m.kind === 'reminder' && m.subject.length > 0 && m.text.length > 0 && m.html.length > 0)).toBe(true);
  });

  it('TKPP is copied only on the escalation step (and only when escalateLast)', () => {
    const s = [src('A', { state: undefined })];
    expect(shape(plan(D(2026, 12, 11), s).send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [], keys: ['A|2026-11|1'], cost: 1 }]);
    expect(shape(plan(D(2026, 12, 17), s).send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7'], cost: 2 }]);
    const off = plan(D(2026, 12, 17), s, { schedule: schedule({ escalateLast: false }) });
    expect(shape(off.send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [], keys: ['A|2026-11|7'], cost: 1 }]);
    expect(off.send[0].items[0].escalate).toBe(false);
  });

  it('no contact: skipped no_contact, except at escalation where TKPP gets it as `to`', () => {
    const s = [src('N', { state: undefined, emails: [] })];
    expect(plan(D(2026, 12, 11), s).send).toEqual([]);
    expect(rows(plan(D(2026, 12, 11), s))).toEqual([['N|2026-11|1', '', 'no_contact']]);
    const esc = plan(D(2026, 12, 17), s, { schedule: schedule({}, {}, { tkpp: [TKPP, 'kepala@binjaikota.go.id'] }) });
    expect(esc.skipped).toEqual([]);
    expect(shape(esc.send)).toEqual([
      { to: ['kepala@binjaikota.go.id'], cc: [], keys: ['N|2026-11|7'], cost: 1 },
      { to: [TKPP], cc: [], keys: ['N|2026-11|7'], cost: 1 },
    ]);
    const noTkpp = plan(D(2026, 12, 17), s, { schedule: schedule({}, {}, { tkpp: [] }) });
    expect(noTkpp.send).toEqual([]);
    expect(rows(noTkpp)).toEqual([['N|2026-11|7', '', 'no_contact']]);
  });

  it('bad addresses: one bad_email row per key, naming no piece of the cell; the good ones still get mail', () => {
    const s = src('A', {
      state: undefined,
      emails: ['a@binjaikota.go.id', 'dinsos.gmail.com'],
      badEmails: ['Pak Kabid 0812 3456 7890', 'x@'],
    });
    const p = plan(D(2026, 12, 11), [s]);
    expect(shape(p.send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [], keys: ['A|2026-11|1'], cost: 1 }]);
    expect(rows(p)).toEqual([['A|2026-11|1', '', 'bad_email']]);
    expect(JSON.stringify(p.skipped)).not.toMatch(/Kabid|0812|dinsos\.gmail|x@/);
    const only = plan(D(2026, 12, 11), [src('B', { state: undefined, emails: [], badEmails: ['b at dinas'] })]);
    expect(rows(only)).toEqual([
      ['B|2026-11|1', '', 'bad_email'],
      ['B|2026-11|1', '', 'no_contact'],
    ]);
    // A rerun the same day adds no second row.
    expect(rows(plan(D(2026, 12, 11), [s], { log: p.skipped }))).toEqual([]);
  });
});

describe('dedupe from the log', () => {
  const today = D(2026, 12, 17);
  const two = src('A', { state: undefined, emails: ['a1@binjaikota.go.id', 'a2@binjaikota.go.id'] });
  const sent = (key: string, recipient: string, day = today): LogEntry => ({
    day,
    key,
    recipient,
    outcome: 'sent',
    reason: '',
    sourceId: 'A',
    opd: 'Dinas A',
    kind: 'beneficiary',
    periodKey: '2026-11',
    step: 7,
    subject: 's',
  });

  it('a (key, recipient) already sent is not planned; logged already_sent once per day', () => {
    const log = [sent('A|2026-11|7', 'a1@binjaikota.go.id')];
    const p = plan(today, [two], { log });
    expect(shape(p.send)).toEqual([{ to: ['a2@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7'], cost: 2 }]);
    expect(rows(p)).toEqual([['A|2026-11|7', 'a1@binjaikota.go.id', 'already_sent']]);
    expect(rows(plan(today, [two], { log: [...log, ...p.skipped] }))).toEqual([]);
    // A skip row from another day does not count for today.
    expect(rows(plan(today, [two], { log: [...log, ...p.skipped.map((e) => ({ ...e, day: today - 1 }))] }))).toEqual(rows(p));
  });

  it('TKPP is copied once per key in a plan: a source with two contacts copies it on one mail only', () => {
    const p = plan(today, [two]);
    expect(shape(p.send)).toEqual([
      { to: ['a1@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7'], cost: 2 },
      { to: ['a2@binjaikota.go.id'], cc: [], keys: ['A|2026-11|7'], cost: 1 },
    ]);
    const escalatedLine = t('id', 'remind.escalated');
    expect(p.send.map((m) => m.text.includes(escalatedLine))).toEqual([true, false]);
    // A second escalating key on the other mail still brings its own copy (a copy is per mail, so A rides along).
    const shared = src('B', { state: undefined, emails: ['a2@binjaikota.go.id'] });
    const both = plan(today, [two, shared]);
    expect(shape(both.send)).toEqual([
      { to: ['a1@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7'], cost: 2 },
      { to: ['a2@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7', 'B|2026-11|7'], cost: 2 },
    ]);
  });

  it('TKPP is not copied again on a key it already received, and the mail does not claim it is', () => {
    const escalatedLine = t('id', 'remind.escalated');
    const p = plan(today, [two], { log: [sent('A|2026-11|7', TKPP)] });
    expect(shape(p.send).map((m) => m.cc)).toEqual([[], []]);
    expect(p.send.map((m) => m.text.includes(escalatedLine))).toEqual([false, false]);
  });

  it('same-day rerun with the log of the first run → nothing to send, and a third run adds no rows', () => {
    const sources = [
      two,
      src('B', { lastChange: D(2026, 12, 2) }),
      src('N', { state: undefined, emails: [] }),
      src('E', { lastChange: D(2026, 12, 2), errors: 4, badEmails: ['nope'] }),
      src('P', { kind: 'program', state: undefined }),
    ];
    const first = plan(today, sources, { schedule: schedule({}, {}, { weeklyDay: 4 }) });
    expect(first.send.length).toBe(5); // a1, a2, e, n→TKPP, weekly
    const log = logOf(first);
    const second = plan(today, sources, { log, schedule: schedule({}, {}, { weeklyDay: 4 }) });
    expect(second.send).toEqual([]);
    expect(second.deferred).toEqual([]);
    expect(second.weekly).toBeUndefined();
    expect(new Set(second.skipped.map((e) => e.reason))).toEqual(new Set(['already_sent']));
    const third = plan(today, sources, { log: [...log, ...second.skipped], schedule: schedule({}, {}, { weeklyDay: 4 }) });
    expect([third.send, third.deferred, third.skipped]).toEqual([[], [], []]);
  });
});

describe('quota', () => {
  // 17 Dec 2026: beneficiary November step +7 (7 days late, escalated: cost 2); programmes on a 78-day deadline: Q3 due today.
  const today = D(2026, 12, 17);
  const sched = schedule({}, { deadlineDays: 78 });
  const sources = [
    src('m2', { kind: 'program', opd: 'Dinas B', lastChange: D(2026, 8, 1), errors: 5 }),
    src('m1', { opd: 'Dinas Z', state: undefined }),
    src('m3', { kind: 'program', opd: 'Dinas A', lastChange: D(2026, 8, 1), errors: 5 }),
    src('m4', { kind: 'program', opd: 'Dinas Z', lastChange: D(2026, 8, 1), errors: 9 }),
    src('m5', { kind: 'program', opd: 'Dinas A', lastChange: D(2026, 8, 1), errors: 5, emails: ['aa@binjaikota.go.id'] }),
  ];
  const order = ['m1', 'm4', 'aa', 'm3', 'm2'].map((x) => `${x}@binjaikota.go.id`);
  const to = (mails: readonly PlannedMail[]) => mails.map((m) => m.to[0]);

  it.each([
    // [quota, sent, deferred]
    [100, order, []],
    [6, order, []],
    [5, order.slice(0, 4), order.slice(4)],
    [2, order.slice(0, 1), order.slice(1)],
    [1, [order[1]], [order[0], ...order.slice(2)]], // the escalation costs 2: a cheaper mail after it still fits
    [0, [], order],
    [NaN, [], order],
    [-3, [], order],
  ])('quota %p', (quota, sentTo, deferredTo) => {
    const p = plan(today, sources, { schedule: sched, quota });
    expect(to(p.send)).toEqual(sentTo);
    expect(to(p.deferred)).toEqual(deferredTo);
  });

  it('the weekly summary comes after all reminders', () => {
    const weekly = schedule({}, { deadlineDays: 78 }, { weeklyDay: 4 });
    const all = plan(today, sources, { schedule: weekly, quota: 7 });
    expect(all.send.map((m) => m.kind)).toEqual(['reminder', 'reminder', 'reminder', 'reminder', 'reminder', 'weekly']);
    const short = plan(today, sources, { schedule: weekly, quota: 6 });
    expect(to(short.send)).toEqual(order);
    expect(short.deferred.map((m) => [m.kind, m.to])).toEqual([['weekly', [TKPP]]]);
    // With room left after deferring a dear reminder, the summary still goes.
    const skip = plan(today, [sources[1]], { schedule: weekly, quota: 1 });
    expect(skip.send.map((m) => m.kind)).toEqual(['weekly']);
    expect(skip.deferred.map((m) => m.to)).toEqual([[order[0]]]);
  });
});

describe('deferred carry-over', () => {
  const dec11 = D(2026, 12, 11);
  const late = src('A', { state: undefined });
  const deferredLog = (sources: RemindSource[], day = dec11) => logOf(plan(day, sources, { quota: 0 }));

  it('deferred items come back the next day, carried, although their step is no longer due', () => {
    const log = deferredLog([late]);
    expect(log.map((e) => [e.key, e.recipient, e.outcome])).toEqual([['A|2026-11|1', 'a@binjaikota.go.id', 'deferred']]);
    const p = plan(D(2026, 12, 12), [late], { log });
    expect(shape(p.send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [], keys: ['A|2026-11|1'], cost: 1 }]);
    expect(p.send[0].items[0]).toMatchObject({ carried: true, step: 1, daysLate: 2, late: 'never_synced' });
    // Once sent, it is settled.
    const after = plan(D(2026, 12, 13), [late], { log: [...log, ...logOf(p)] });
    expect([after.send, after.deferred, after.skipped]).toEqual([[], [], []]);
  });

  it('a deferred escalation comes back with its TKPP copy', () => {
    const log = deferredLog([late], D(2026, 12, 17));
    expect(log.map((e) => e.recipient)).toEqual(['a@binjaikota.go.id', TKPP]);
    const p = plan(D(2026, 12, 18), [late], { log });
    expect(shape(p.send)).toEqual([{ to: ['a@binjaikota.go.id'], cc: [TKPP], keys: ['A|2026-11|7'], cost: 2 }]);
  });

  it.each([
    ['delivered since, no errors', { state: 'ok', lastChange: D(2026, 12, 12) }, false],
    ['delivered since, errors remain', { state: 'errors', lastChange: D(2026, 12, 12), errors: 2 }, true],
    ['still not delivered', { state: 'ok', lastChange: D(2026, 10, 2) }, true],
  ] as [string, Partial<RemindSource>, boolean][])('%s → carried: %p', (_n, over, carried) => {
    const log = deferredLog([late]);
    const p = plan(D(2026, 12, 13), [src('A', over)], { log });
    expect(keysOf(p.send)).toEqual(carried ? ['A|2026-11|1'] : []);
  });

  it('superseded by a later step due today', () => {
    const p = plan(D(2026, 12, 17), [late], { log: deferredLog([late]) });
    expect(p.send.flatMap((m) => m.items.map((i) => [i.key, i.carried]))).toEqual([['A|2026-11|7', false]]);
  });

  it('superseded by a later step already sent, or itself deferred (the later one carries)', () => {
    const log = deferredLog([late]);
    const sent7 = logOf(plan(D(2026, 12, 17), [late])); // step 7 sent on the 17th
    expect(plan(D(2026, 12, 18), [late], { log: [...log, ...sent7] }).send).toEqual([]);
    const deferred7 = deferredLog([late], D(2026, 12, 17));
    const p = plan(D(2026, 12, 18), [late], { log: [...log, ...deferred7] });
    expect(keysOf(p.send)).toEqual(['A|2026-11|7']);
  });

  it('carried up to 31 days after the step, not after (across the year end)', () => {
    const log = deferredLog([late]);
    const day31 = plan(D(2027, 1, 11), [late], { log }); // December's +1 is due that day too
    expect(day31.send.flatMap((m) => m.items.map((i) => [i.key, i.carried, i.daysLate]))).toEqual([
      ['A|2026-11|1', true, 32],
      ['A|2026-12|1', false, 1],
    ]);
    // The run of 11 January happened (it is in the log): on the 12th the November +1 is past 31 days, nothing is owed.
    expect(plan(D(2027, 1, 12), [late], { log: [...log, ...logOf(day31)] }).send).toEqual([]);
  });

  it('a deferral logged today is not a carry (the due item is simply planned again)', () => {
    const log = deferredLog([late]);
    const p = plan(dec11, [late], { log, quota: 0 });
    expect(p.deferred.flatMap((m) => m.items.map((i) => i.carried))).toEqual([false]);
  });

  it('a contact who was not deferred is not mailed the carried item', () => {
    const log = deferredLog([late]);
    const p = plan(D(2026, 12, 12), [src('A', { state: undefined, emails: ['a@binjaikota.go.id', 'new@binjaikota.go.id'] })], { log });
    expect(p.send.map((m) => m.to)).toEqual([['a@binjaikota.go.id']]);
  });
});

describe('logEntriesOf', () => {
  it('one entry per (key, recipient) for to and cc', () => {
    const p = plan(D(2026, 12, 17), [
      src('A', { state: undefined, emails: ['x@binjaikota.go.id'] }),
      src('B', { state: undefined, emails: ['x@binjaikota.go.id'] }),
    ]);
    const mail = p.send[0];
    const entries = logEntriesOf(mail, D(2026, 12, 17), 'sent', '');
    expect(entries.map((e) => [e.key, e.recipient, e.outcome, e.reason, e.step, e.periodKey, e.kind, e.sourceId])).toEqual([
      ['A|2026-11|7', 'x@binjaikota.go.id', 'sent', '', 7, '2026-11', 'beneficiary', 'A'],
      ['A|2026-11|7', TKPP, 'sent', '', 7, '2026-11', 'beneficiary', 'A'],
      ['B|2026-11|7', 'x@binjaikota.go.id', 'sent', '', 7, '2026-11', 'beneficiary', 'B'],
      ['B|2026-11|7', TKPP, 'sent', '', 7, '2026-11', 'beneficiary', 'B'],
    ]);
    expect(entries.every((e) => e.subject === mail.subject && e.day === D(2026, 12, 17) && e.opd.startsWith('Dinas '))).toBe(true);
  });

  it('weekly: key weekly|<week>, step null', () => {
    const p = plan(D(2026, 12, 7), [], { schedule: schedule({}, {}, { weeklyDay: 1, tkpp: [TKPP, 'kepala@binjaikota.go.id'] }) });
    expect(logEntriesOf(p.send[0], D(2026, 12, 7), 'deferred', 'quota')).toEqual(
      [TKPP, 'kepala@binjaikota.go.id'].map((recipient) => ({
        day: D(2026, 12, 7),
        key: 'weekly|2026-W50',
        recipient,
        outcome: 'deferred',
        reason: 'quota',
        sourceId: '',
        opd: '',
        periodKey: '2026-W50',
        step: null,
        subject: p.send[0].subject,
      })),
    );
  });
});

describe('weekly summary in the plan', () => {
  const monday = D(2026, 12, 7);
  const weeklySched = (over: Partial<Schedule> = {}) => schedule({}, {}, { weeklyDay: 1, ...over });
  const sources = [src('A', { state: undefined }), src('B', { lastChange: D(2026, 11, 4), errors: 3 })];

  it('on weeklyDay, to TKPP, with the summary', () => {
    const p = plan(monday, sources, { schedule: weeklySched({ tkpp: [TKPP, 'kepala@binjaikota.go.id'] }) });
    const weekly = p.send[p.send.length - 1];
    expect(shape([weekly])).toEqual([{ to: [TKPP, 'kepala@binjaikota.go.id'], cc: [], keys: ['weekly|2026-W50'], cost: 2 }]);
    expect(weekly).toMatchObject({ kind: 'weekly', items: [] });
    expect(p.weekly).toMatchObject({
      week: '2026-W50',
      // October is the latest period whose deadline (10 November) is past: 27 days late on 7 December.
      late: [{ sourceId: 'A', reason: 'never_synced', daysLate: 27, period: { key: '2026-10' } }],
      faulty: [{ sourceId: 'B', errors: 3 }],
      noContact: [],
      completeness: [
        { kind: 'beneficiary', expected: 2, delivered: 1, onTime: 1 },
        { kind: 'program', expected: 0, delivered: 0, onTime: 0 },
      ],
    });
  });

  it.each([
    ['another weekday', D(2026, 12, 8), weeklySched()],
    ['weeklyDay 0', monday, weeklySched({ weeklyDay: 0 })],
    ['no TKPP address', monday, weeklySched({ tkpp: [] })],
    ['only bad TKPP addresses', monday, weeklySched({ tkpp: ['tkpp binjai'] })],
  ])('none on %s', (_n, today, sched) => {
    const p = plan(today, sources, { schedule: sched });
    expect(p.send.filter((m) => m.kind === 'weekly')).toEqual([]);
    expect(p.weekly).toBeUndefined();
  });

  it('once per ISO week: sent Monday → not again Monday; next Monday a new week', () => {
    const first = plan(monday, [], { schedule: weeklySched() });
    const log = logOf(first);
    const again = plan(monday, [], { schedule: weeklySched(), log });
    expect(again.send).toEqual([]);
    expect(again.skipped.map((e) => [e.key, e.recipient, e.reason, e.step])).toEqual([['weekly|2026-W50', TKPP, 'already_sent', null]]);
    expect(plan(monday + 7, [], { schedule: weeklySched(), log }).send.flatMap((m) => m.keys)).toEqual(['weekly|2026-W51']);
  });

  it('deferred Monday → carried Tuesday', () => {
    const log = logOf(plan(monday, [], { schedule: weeklySched(), quota: 0 }));
    const tue = plan(monday + 1, [], { schedule: weeklySched(), log });
    expect(tue.send.map((m) => [m.kind, m.keys])).toEqual([['weekly', ['weekly|2026-W50']]]);
    expect(tue.weekly?.week).toBe('2026-W50');
  });

  it('deferred on a Sunday → sent Monday with that day’s content, settling both weeks; never again that week', () => {
    const sched = weeklySched({ weeklyDay: 7 });
    const sunday = D(2026, 12, 13); // 2026-W50
    const sunLog = logOf(plan(sunday, [], { schedule: sched, quota: 0 }));
    expect(sunLog.map((e) => [e.key, e.outcome])).toEqual([['weekly|2026-W50', 'deferred']]);
    const mon = plan(sunday + 1, [], { schedule: sched, log: sunLog });
    expect(shape(mon.send)).toEqual([{ to: [TKPP], cc: [], keys: ['weekly|2026-W50', 'weekly|2026-W51'], cost: 1 }]);
    expect(mon.weekly?.week).toBe('2026-W51');
    const monLog = logOf(mon);
    expect(monLog.map((e) => [e.key, e.recipient, e.outcome])).toEqual([
      ['weekly|2026-W50', TKPP, 'sent'],
      ['weekly|2026-W51', TKPP, 'sent'],
    ]);
    // The next Sunday is in W51, already sent: skipped, not mailed twice.
    const next = plan(sunday + 7, [], { schedule: sched, log: [...sunLog, ...monLog] });
    expect(next.send).toEqual([]);
    expect(rows(next)).toEqual([['weekly|2026-W51', TKPP, 'already_sent']]);
  });

  it('an earlier week’s summary is owed for 7 days after it was deferred, not longer', () => {
    const sched = weeklySched({ weeklyDay: 7 });
    const sunday = D(2026, 12, 13);
    const sunLog = logOf(plan(sunday, [], { schedule: sched, quota: 0 }));
    // Tuesday of W52, 9 days later, not the summary's day: nothing.
    expect(plan(sunday + 9, [], { schedule: sched, log: sunLog }).send).toEqual([]);
    // Saturday of W51, 6 days later: still owed.
    expect(plan(sunday + 6, [], { schedule: sched, log: sunLog }).send.flatMap((m) => m.keys)).toEqual([
      'weekly|2026-W50',
      'weekly|2026-W51',
    ]);
    // Deferred on a Monday of W50 and never sent, then a run on Tuesday of W51 (8 days): too old.
    const monLog = logOf(plan(D(2026, 12, 7), [], { schedule: weeklySched(), quota: 0 }));
    expect(plan(D(2026, 12, 15), [], { schedule: weeklySched(), log: monLog }).send).toEqual([]);
  });
});

describe('no personal data', () => {
  it('digit runs in OPD names and bad contact cells are masked in items and log rows', () => {
    const nik = '1275011708800001';
    const s = src('A', { opd: `Dinas ${nik}`, state: undefined, badEmails: [`Budi ${nik}`] });
    const p = plan(D(2026, 12, 11), [s]);
    expect(p.send[0].items[0].opd).toBe('Dinas 127501********01');
    // The bad contact piece (a name and a NIK here) never reaches the log, masked or not.
    expect(rows(p)).toEqual([['A|2026-11|1', '', 'bad_email']]);
    expect(JSON.stringify(logOf(p))).not.toContain('Budi');
    const all = JSON.stringify([p, logOf(p)]);
    expect(all).not.toContain(nik);
  });
});

describe('purity and odd input', () => {
  const input = (): PlanInput => ({
    today: D(2026, 12, 17),
    sources: [
      src('A', { state: undefined, errorsByRule: { r1: 1 } }),
      src('B', { lastChange: D(2026, 12, 2), lastSync: D(2026, 12, 16), errors: 3, emails: ['b@binjaikota.go.id', 'c@binjaikota.go.id'] }),
      src('N', { state: undefined, emails: [] }),
      src('P', { kind: 'program', state: undefined }),
    ],
    schedule: schedule({}, {}, { weeklyDay: 4 }),
    log: [
      {
        day: D(2026, 12, 11),
        key: 'A|2026-11|1',
        recipient: 'a@binjaikota.go.id',
        outcome: 'deferred',
        reason: 'quota',
        sourceId: 'A',
        opd: 'Dinas A',
        kind: 'beneficiary',
        periodKey: '2026-11',
        step: 1,
        subject: '',
      },
    ],
    quota: 3,
    lang: 'id',
    master: { name: 'Master TKPP', link: 'https://docs.google.com/spreadsheets/d/m' },
  });

  it('same input → deep-equal output; the input is never mutated', () => {
    const a = input();
    const before = structuredClone(a);
    const p1 = planReminders(a);
    const p2 = planReminders(a);
    expect(p1).toEqual(p2);
    expect(p1).toEqual(planReminders(input()));
    expect(a).toEqual(before);
    expect(p1.send.length + p1.deferred.length).toBeGreaterThan(2);
  });

  it.each([
    ['no sources', { sources: [] }],
    ['unknown state string', { sources: [src('X', { state: 'weird' as never, lastChange: D(2026, 10, 1) })] }],
    ['NaN counts', { sources: [src('X', { state: undefined, errors: NaN, warnings: NaN, errorsByRule: { r: NaN } })] }],
    ['empty schedule steps', { schedule: schedule({ steps: [] }, { steps: [] }) }],
    ['odd schedule steps', { schedule: schedule({ steps: [NaN, 1.5, 7, 7] as number[] }) }],
    [
      'missing arrays',
      { sources: [{ ...src('X', { state: undefined }), emails: undefined, badEmails: undefined, errorsByRule: undefined } as never] },
    ],
    ['a null source', { sources: [null as never] }],
    ['log rows with odd fields', { log: [{ day: NaN, key: 'X', recipient: undefined } as never, null as never] }],
    ['NaN quota', { quota: NaN }],
  ] as [string, Partial<PlanInput>][])('never throws: %s', (_n, over) => {
    expect(() => planReminders({ ...input(), ...over })).not.toThrow();
  });

  it('NaN error counts do not make a delivered source a reminder', () => {
    const p = planReminders({ ...input(), sources: [src('X', { lastChange: D(2026, 12, 4), lastSync: D(2026, 12, 16), errors: NaN })] });
    expect(p.send.filter((m) => m.kind === 'reminder')).toEqual([]);
    expect(rows(p)).toEqual([['X|2026-11|7', '', 'delivered']]);
  });

  it('empty steps: no reminders at all', () => {
    const p = planReminders({ ...input(), schedule: schedule({ steps: [] }, { steps: [] }), log: [] });
    expect(p.send.filter((m) => m.kind === 'reminder')).toEqual([]);
    expect(p.skipped).toEqual([]);
  });
});
