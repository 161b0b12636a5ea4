// The TKPP's weekly summary: late list for the latest period already due per kind, faulty sources, sources without contact, completeness.
import type { RemindSource, Schedule } from '../../../src/core/remind/types';
import { weeklySummary } from '../../../src/core/remind/weekly';
import { D, src } from './fixtures';

const schedule = (over: Partial<Schedule> = {}, programActive = true): Schedule => ({
  kinds: {
    beneficiary: { period: 'monthly', deadlineDays: 10, steps: [-3, 0, 1, 7], escalateLast: true, active: true },
    program: { period: 'quarterly', deadlineDays: 15, steps: [-3, 0, 1, 7], escalateLast: true, active: programActive },
  },
  tkpp: ['tkpp@binjaikota.go.id'],
  weeklyDay: 1,
  ...over,
});

// Monday 7 December 2026: the latest deadlines already past are October's (10 Nov) and Q3's (15 Oct); November's is ahead.
const today = D(2026, 12, 7);
const oct = { kind: 'monthly', key: '2026-10', year: 2026, index: 10, start: D(2026, 10, 1), end: D(2026, 10, 31) };
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
  it('lists late, faulty, no-contact and completeness per kind for the latest period already due', () => {
    expect(weeklySummary(today, sources, schedule())).toEqual({
      week: '2026-W50',
      late: [
        { sourceId: 'p2', opd: 'Dinas Perkim', kind: 'program', period: q3, deadline: D(2026, 10, 15), daysLate: 53, reason: 'unreadable' },
        // Truly late: October's deadline is 27 days past. Ordered by OPD on equal days.
        {
          sourceId: 'b2',
          opd: 'Dinas Kesehatan',
          kind: 'beneficiary',
          period: oct,
          deadline: D(2026, 11, 10),
          daysLate: 27,
          reason: 'never_synced',
        },
        // Last change on 20 October, before October's window (25 October) opened.
        {
          sourceId: 'b4',
          opd: 'Dinas Pendidikan',
          kind: 'beneficiary',
          period: oct,
          deadline: D(2026, 11, 10),
          daysLate: 27,
          reason: 'not_delivered',
        },
      ],
      faulty: [
        { sourceId: 'b3', opd: 'Bappeda', kind: 'beneficiary', errors: 4 },
        { sourceId: 'p2', opd: 'Dinas Perkim', kind: 'program', errors: 2 },
      ],
      noContact: [{ sourceId: 'b4', opd: 'Dinas Pendidikan', kind: 'beneficiary' }],
      badContact: 1,
      completeness: [
        // b1 on 5 November (on time), b3 on 2 December (after the 10 November deadline).
        { kind: 'beneficiary', period: oct, deadline: D(2026, 11, 10), expected: 4, delivered: 2, onTime: 1 },
        // p1 delivered on 20 October, after the 15 October deadline; p3 (lastSync fallback) on 10 October.
        { kind: 'program', period: q3, deadline: D(2026, 10, 15), expected: 3, delivered: 2, onTime: 1 },
      ],
    });
  });

  it('every late entry is past its deadline, whatever the day of the month', () => {
    const all = [src('b', { state: undefined }), src('p', { kind: 'program', state: undefined })];
    for (let day = D(2026, 11, 25); day <= D(2027, 2, 20); day++)
      for (const l of weeklySummary(day, all, schedule()).late) expect(l.daysLate).toBeGreaterThan(0);
  });

  it('the deadline day itself still reports the period before; the day after reports the period just due', () => {
    const s = [src('b', { state: undefined })];
    expect(weeklySummary(D(2026, 12, 10), s, schedule()).late.map((l) => [l.period.key, l.daysLate])).toEqual([['2026-10', 30]]);
    expect(weeklySummary(D(2026, 12, 11), s, schedule()).late.map((l) => [l.period.key, l.daysLate])).toEqual([['2026-11', 1]]);
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

  it('a fix after the deadline keeps an on-time delivery on time when the change days show it', () => {
    const fixed = { lastChange: D(2026, 12, 12), changeDays: [D(2026, 11, 8), D(2026, 11, 29), D(2026, 12, 12)] };
    const s = weeklySummary(D(2026, 12, 14), [src('a', fixed), src('b', { lastChange: D(2026, 12, 12) })], schedule());
    expect(s.completeness[0]).toMatchObject({ expected: 2, delivered: 2, onTime: 1 });
    // Without the change days, only the last change is known: late.
    const single = weeklySummary(D(2026, 12, 14), [src('a', { lastChange: D(2026, 12, 12) })], schedule());
    expect(single.completeness[0]).toMatchObject({ delivered: 1, onTime: 0 });
  });

  it('year end: on 1 January 2027 it reports November and Q3 2026 (the latest deadlines past), week 2026-W53', () => {
    const s = weeklySummary(D(2027, 1, 1), [src('b', { state: undefined }), src('p', { kind: 'program', state: undefined })], schedule());
    expect(s.week).toBe('2026-W53');
    expect(s.late.map((l) => [l.sourceId, l.period.key, l.deadline, l.daysLate])).toEqual([
      ['p', '2026-Q3', D(2026, 10, 15), 78],
      ['b', '2026-11', D(2026, 12, 10), 22],
    ]);
    // On 16 January both December (10 Jan) and Q4 (15 Jan) are due.
    const jan16 = weeklySummary(
      D(2027, 1, 16),
      [src('b', { state: undefined }), src('p', { kind: 'program', state: undefined })],
      schedule(),
    );
    expect(jan16.late.map((l) => [l.sourceId, l.period.key, l.daysLate])).toEqual([
      ['b', '2026-12', 6],
      ['p', '2026-Q4', 1],
    ]);
  });

  it('leap year: on 11 March 2028 February (to the 29th) is reported, its window opening on the 23rd', () => {
    const s = weeklySummary(
      D(2028, 3, 11),
      [src('a', { lastChange: D(2028, 2, 29) }), src('b', { lastChange: D(2028, 1, 31) })],
      schedule(),
    );
    expect(s.completeness[0]).toMatchObject({ expected: 2, delivered: 1, onTime: 1, deadline: D(2028, 3, 10) });
    expect(s.completeness[0].period).toMatchObject({ key: '2028-02', start: D(2028, 2, 1), end: D(2028, 2, 29) });
    expect(s.late).toEqual([expect.objectContaining({ sourceId: 'b', daysLate: 1, reason: 'not_delivered' })]);
    expect(s.week).toBe('2028-W10');
  });

  it('counts sources whose contact cell holds unusable pieces, naming none of them', () => {
    const s = weeklySummary(
      today,
      [
        src('a', { emails: ['a@binjaikota.go.id'], badEmails: ['Pak Budi 0812 3456 7890'] }),
        src('b', { emails: ['b@binjaikota.go.id', 'b.gmail.com'] }),
        src('c', {}),
        src('d', { active: false, badEmails: ['x'] }),
      ],
      schedule(),
    );
    expect(s.badContact).toBe(2);
    expect(JSON.stringify(s)).not.toMatch(/Budi|0812|gmail/);
    expect(weeklySummary(today, [src('c', {})], schedule()).badContact).toBeUndefined();
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
