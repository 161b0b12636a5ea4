// The TKPP's weekly summary: late list for the last closed period per kind, faulty sources, sources without contact, completeness.
import { dayOf } from '../../../src/core/i18n/format';
import type { RemindSource, Schedule } from '../../../src/core/remind/types';
import { weeklySummary } from '../../../src/core/remind/weekly';

const D = (y: number, m: number, d: number) => dayOf(y, m, d) as number;

const src = (id: string, over: Partial<RemindSource>): RemindSource => ({
  id,
  opd: `Dinas ${id}`,
  kind: 'beneficiary',
  emails: [`${id}@binjaikota.go.id`],
  badEmails: [],
  active: true,
  state: 'ok',
  errors: 0,
  warnings: 0,
  errorsByRule: {},
  ...over,
});

const schedule = (over: Partial<Schedule> = {}, programActive = true): Schedule => ({
  kinds: {
    beneficiary: { period: 'monthly', deadlineDays: 10, steps: [-3, 0, 1, 7], escalateLast: true, active: true },
    program: { period: 'quarterly', deadlineDays: 15, steps: [-3, 0, 1, 7], escalateLast: true, active: programActive },
  },
  tkpp: ['tkpp@binjaikota.go.id'],
  weeklyDay: 1,
  ...over,
});

// Monday 7 December 2026: beneficiaries report on November (deadline 10 Dec), programmes on Q3 (deadline 15 Oct).
const today = D(2026, 12, 7);
const nov = { kind: 'monthly', key: '2026-11', year: 2026, index: 11, start: D(2026, 11, 1), end: D(2026, 11, 30) };
const q3 = { kind: 'quarterly', key: '2026-Q3', year: 2026, index: 3, start: D(2026, 7, 1), end: D(2026, 9, 30) };

const sources: RemindSource[] = [
  src('b1', { opd: 'Dinas Sosial', lastChange: D(2026, 11, 5) }),
  src('b2', { opd: 'Dinas Kesehatan', state: undefined }),
  src('b3', { opd: 'Bappeda', state: 'errors', lastChange: D(2026, 12, 2), errors: 4 }),
  src('b4', { opd: 'Dinas Pendidikan', lastChange: D(2026, 10, 20), emails: [], badEmails: ['kabid dinas'] }),
  src('b5', { opd: 'Dinas Lama', active: false, state: undefined, errors: 9, emails: [] }),
  src('p1', { opd: 'Dinas PUPR', kind: 'program', lastChange: D(2026, 10, 20) }),
  src('p2', { opd: 'Dinas Perkim', kind: 'program', state: 'unreachable', errors: 2 }),
  src('p3', { opd: 'Dinas Kominfo', kind: 'program', lastSync: D(2026, 10, 10) }),
];

describe('weeklySummary', () => {
  it('lists late, faulty, no-contact and completeness per kind for the reporting period', () => {
    expect(weeklySummary(today, sources, schedule())).toEqual({
      week: '2026-W50',
      late: [
        { sourceId: 'p2', opd: 'Dinas Perkim', kind: 'program', period: q3, deadline: D(2026, 10, 15), daysLate: 53, reason: 'unreadable' },
        // The November deadline is still ahead: negative days late, ordered by OPD.
        {
          sourceId: 'b2',
          opd: 'Dinas Kesehatan',
          kind: 'beneficiary',
          period: nov,
          deadline: D(2026, 12, 10),
          daysLate: -3,
          reason: 'never_synced',
        },
        {
          sourceId: 'b4',
          opd: 'Dinas Pendidikan',
          kind: 'beneficiary',
          period: nov,
          deadline: D(2026, 12, 10),
          daysLate: -3,
          reason: 'not_delivered',
        },
      ],
      faulty: [
        { sourceId: 'b3', opd: 'Bappeda', kind: 'beneficiary', errors: 4 },
        { sourceId: 'p2', opd: 'Dinas Perkim', kind: 'program', errors: 2 },
      ],
      noContact: [{ sourceId: 'b4', opd: 'Dinas Pendidikan', kind: 'beneficiary' }],
      completeness: [
        { kind: 'beneficiary', period: nov, deadline: D(2026, 12, 10), expected: 4, delivered: 2, onTime: 2 },
        // p1 delivered on 20 October, after the 15 October deadline; p3 (lastSync fallback) on 10 October.
        { kind: 'program', period: q3, deadline: D(2026, 10, 15), expected: 3, delivered: 2, onTime: 1 },
      ],
    });
  });

  it('an inactive kind appears nowhere', () => {
    const s = weeklySummary(today, sources, schedule({}, false));
    expect(s.completeness.map((c) => c.kind)).toEqual(['beneficiary']);
    expect(s.late.map((l) => l.sourceId)).toEqual(['b2', 'b4']);
    expect(s.faulty.map((l) => l.sourceId)).toEqual(['b3']);
  });

  it('a delivery exactly on the deadline is on time, the day after is not', () => {
    const s = weeklySummary(
      D(2026, 12, 14),
      [src('a', { lastChange: D(2026, 12, 10) }), src('b', { lastChange: D(2026, 12, 11) })],
      schedule(),
    );
    expect(s.completeness[0]).toEqual({
      kind: 'beneficiary',
      period: nov,
      deadline: D(2026, 12, 10),
      expected: 2,
      delivered: 2,
      onTime: 1,
    });
    expect(s.week).toBe('2026-W51');
  });

  it('year end: on 1 January 2027 it reports December and Q4 2026, week 2026-W53', () => {
    const s = weeklySummary(D(2027, 1, 1), [src('b', { state: undefined }), src('p', { kind: 'program', state: undefined })], schedule());
    expect(s.week).toBe('2026-W53');
    expect(s.late.map((l) => [l.sourceId, l.period.key, l.deadline, l.daysLate])).toEqual([
      ['b', '2026-12', D(2027, 1, 10), -9],
      ['p', '2026-Q4', D(2027, 1, 15), -14],
    ]);
  });

  it('leap day: on 1 March 2028 February (to the 29th) is reported', () => {
    const s = weeklySummary(
      D(2028, 3, 1),
      [src('a', { lastChange: D(2028, 2, 29) }), src('b', { lastChange: D(2028, 1, 31) })],
      schedule(),
    );
    expect(s.completeness[0]).toMatchObject({ expected: 2, delivered: 1, onTime: 1, deadline: D(2028, 3, 10) });
    expect(s.completeness[0].period).toMatchObject({ key: '2028-02', start: D(2028, 2, 1), end: D(2028, 2, 29) });
    expect(s.late).toEqual([expect.objectContaining({ sourceId: 'b', daysLate: -9, reason: 'not_delivered' })]);
    expect(s.week).toBe('2028-W09');
  });

  it('no sources: empty lists, zero completeness', () => {
    expect(weeklySummary(today, [], schedule()).completeness.map((c) => c.expected)).toEqual([0, 0]);
  });

  it('masks digit runs in OPD names and ids', () => {
    const s = weeklySummary(today, [src('1275011708800001', { opd: 'Dinas 1275011708800001', state: undefined })], schedule());
    expect(s.late[0].opd).toBe('Dinas 127501********01');
    expect(s.late[0].sourceId).toBe('127501********01');
  });
});
