// The reminders use-case with a fake mailer: the run sends the preview's plan, defers on quota, fails one mail alone, never twice.
import { QuotaExceeded, previewReminders, runReminders, type Mailer } from '../../src/app/remind';
import type { RemindSnapshot } from '../../src/app/remind-read';
import { parseRemindLog, remindLogRows } from '../../src/app/remind-log';
import { DEFAULT_SCHEDULE } from '../../src/core/remind/schedule';
import type { LogEntry, RemindSource, Schedule } from '../../src/core/remind/types';

const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);
// Friday 11 December 2026: step +1 of November's beneficiary reports (deadline 10 December); the TKPP's summary day.
const TODAY = day(2026, 12, 11);
const NOW = new Date('2026-12-11T00:00:00.000Z');
const TKPP = 'tkpp@binjaikota.go.id';

const SCHEDULE: Schedule = {
  ...DEFAULT_SCHEDULE,
  kinds: { beneficiary: { ...DEFAULT_SCHEDULE.kinds.beneficiary }, program: { ...DEFAULT_SCHEDULE.kinds.program } },
  tkpp: [TKPP],
  weeklyDay: 5,
};

const source = (id: string, opd: string, email: string, more: Partial<RemindSource>): RemindSource => ({
  id,
  opd,
  kind: 'beneficiary',
  emails: [email],
  badEmails: [],
  active: true,
  errors: 0,
  warnings: 0,
  errorsByRule: {},
  ...more,
});

const SNAPSHOT: RemindSnapshot = {
  sources: [
    source('late', 'Dinas Sosial', 'dinsos@binjaikota.go.id', { state: 'ok', lastSync: day(2026, 12, 9), lastChange: day(2026, 10, 20) }),
    source('never', 'Dinas Kesehatan', 'dinkes@binjaikota.go.id', {}),
    source('faulty', 'Kel. Tanah Tinggi', 'tanahtinggi@binjaikota.go.id', {
      state: 'errors',
      lastSync: day(2026, 12, 9),
      lastChange: day(2026, 11, 25),
      errors: 3,
      errorsByRule: { 'nik.checksum': 3 },
    }),
    source('fine', 'Bappeda', 'bappeda@binjaikota.go.id', { state: 'ok', lastSync: day(2026, 12, 9), lastChange: day(2026, 12, 1) }),
  ],
  schedule: SCHEDULE,
  scheduleProblems: [],
  log: [],
  master: { name: 'Master TKPP', link: 'https://docs.google.com/spreadsheets/d/1MaStErMaStErMaStErMaStErMaStEr/edit' },
};

type Sent = { to: string[]; cc: string[]; subject: string };

function mailer(quota: number, fail: (n: number) => Error | undefined = () => undefined): Mailer & { sent: Sent[]; tries: number } {
  const m = {
    sent: [] as Sent[],
    tries: 0,
    remainingQuota: () => quota,
    send(mail: { to: string[]; cc: string[]; subject: string; text: string; html: string }) {
      const err = fail(++m.tries);
      if (err) throw err;
      m.sent.push({ to: mail.to, cc: mail.cc, subject: mail.subject });
    },
  };
  return m;
}

const outcomes = (log: readonly LogEntry[]) => log.map((e) => `${e.outcome}:${e.reason}:${e.key}>${e.recipient}`);

/** The log as the host writes it and the next run reads it back (apostrophes gone). */
const throughSheet = (log: readonly LogEntry[]) =>
  parseRemindLog(remindLogRows(log, 'id', NOW).map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))));

describe('runReminders', () => {
  it('sends exactly the preview, in its order, and logs every mail and skip', () => {
    const m = mailer(100);
    const run = runReminders(SNAPSHOT, TODAY, m, 'id');
    const preview = previewReminders(SNAPSHOT, TODAY, 100, 'id');
    expect(run.plan).toEqual(preview);
    expect(m.sent).toEqual(preview.send.map((p) => ({ to: p.to, cc: p.cc, subject: p.subject })));
    // All one day late: the most errors first, then by OPD; the summary last.
    expect(m.sent.map((s) => s.to)).toEqual([
      ['tanahtinggi@binjaikota.go.id'],
      ['dinkes@binjaikota.go.id'],
      ['dinsos@binjaikota.go.id'],
      [TKPP],
    ]);
    expect({ sent: run.sent, deferred: run.deferred, failed: run.failed }).toEqual({ sent: 4, deferred: 0, failed: 0 });
    expect(outcomes(run.log)).toEqual([
      'sent::faulty|2026-11|1>tanahtinggi@binjaikota.go.id',
      'sent::never|2026-11|1>dinkes@binjaikota.go.id',
      'sent::late|2026-11|1>dinsos@binjaikota.go.id',
      `sent::weekly|2026-W50>${TKPP}`,
      'skipped:delivered:fine|2026-11|1>',
    ]);
    expect(run.log.every((e) => e.day === TODAY)).toBe(true);
  });

  it('a rerun the same day, reading the log back from the sheet, sends nothing; its skip rows are written once', () => {
    const first = runReminders(SNAPSHOT, TODAY, mailer(100), 'id');
    const m = mailer(100);
    const again = runReminders({ ...SNAPSHOT, log: throughSheet(first.log) }, TODAY, m, 'id');
    expect(m.tries).toBe(0);
    expect(again.plan.send).toEqual([]);
    expect(again.log.every((e) => e.outcome === 'skipped' && e.reason === 'already_sent')).toBe(true);
    const third = runReminders({ ...SNAPSHOT, log: throughSheet([...first.log, ...again.log]) }, TODAY, m, 'id');
    expect(m.tries).toBe(0);
    expect(third.log).toEqual([]);
  });

  it('defers what the quota does not cover, and sends it on the next run', () => {
    const m = mailer(2);
    const run = runReminders(SNAPSHOT, TODAY, m, 'id');
    expect(run.plan).toEqual(previewReminders(SNAPSHOT, TODAY, 2, 'id'));
    expect(m.sent.map((s) => s.to[0])).toEqual(['tanahtinggi@binjaikota.go.id', 'dinkes@binjaikota.go.id']);
    expect({ sent: run.sent, deferred: run.deferred, failed: run.failed }).toEqual({ sent: 2, deferred: 2, failed: 0 });
    expect(outcomes(run.log).slice(2, 4)).toEqual([
      'deferred:quota:late|2026-11|1>dinsos@binjaikota.go.id',
      `deferred:quota:weekly|2026-W50>${TKPP}`,
    ]);
    // The next morning's consolidation read every sheet again and found nothing new: statuses fresh, 'late' still late.
    const reread = SNAPSHOT.sources.map((s) => (s.lastSync === undefined ? s : { ...s, lastSync: TODAY + 1 }));
    const next = mailer(100);
    const tomorrow = runReminders({ ...SNAPSHOT, sources: reread, log: throughSheet(run.log) }, TODAY + 1, next, 'id');
    expect(next.sent.map((s) => s.to[0])).toEqual(['dinsos@binjaikota.go.id', TKPP]);
    expect(tomorrow.plan.send[0].items.map((i) => [i.key, i.carried])).toEqual([['late|2026-11|1', true]]);
  });

  it('stops at the host saying the quota is gone: that mail and every later one are deferred', () => {
    const m = mailer(100, (n) => (n === 2 ? new QuotaExceeded('Service invoked too many times for one day: email.') : undefined));
    const run = runReminders(SNAPSHOT, TODAY, m, 'id');
    expect(m.tries).toBe(2);
    expect({ sent: run.sent, deferred: run.deferred, failed: run.failed }).toEqual({ sent: 1, deferred: 3, failed: 0 });
    expect(outcomes(run.log)).toEqual([
      'sent::faulty|2026-11|1>tanahtinggi@binjaikota.go.id',
      'deferred:quota:never|2026-11|1>dinkes@binjaikota.go.id',
      'deferred:quota:late|2026-11|1>dinsos@binjaikota.go.id',
      `deferred:quota:weekly|2026-W50>${TKPP}`,
      'skipped:delivered:fine|2026-11|1>',
    ]);
  });

  it('fails one refused mail alone and goes on with the rest', () => {
    const m = mailer(100, (n) => (n === 1 ? new Error('Invalid email: dinkes@binjaikota.go.id') : undefined));
    const run = runReminders(SNAPSHOT, TODAY, m, 'en');
    expect({ sent: run.sent, deferred: run.deferred, failed: run.failed }).toEqual({ sent: 3, deferred: 0, failed: 1 });
    expect(outcomes(run.log)[0]).toBe('failed:send_failed:faulty|2026-11|1>tanahtinggi@binjaikota.go.id');
    expect(m.sent.map((s) => s.to[0])).toEqual(['dinkes@binjaikota.go.id', 'dinsos@binjaikota.go.id', TKPP]);
  });

  it('with no quota at all sends nothing and defers every mail', () => {
    const m = mailer(0);
    const run = runReminders(SNAPSHOT, TODAY, m, 'id');
    expect(m.tries).toBe(0);
    expect({ sent: run.sent, deferred: run.deferred, failed: run.failed }).toEqual({ sent: 0, deferred: 4, failed: 0 });
    expect(run.plan).toEqual(previewReminders(SNAPSHOT, TODAY, 0, 'id'));
  });
});
