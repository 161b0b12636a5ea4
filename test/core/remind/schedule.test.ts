// The schedule sheet: its initial content, and reading back what a TKPP makes of it (both languages, variants, moved rows).
import { hasMessage } from '../../../src/core/i18n';
import { DEFAULT_SCHEDULE, parseSchedule, parseSteps, SCHEDULE_SHEET, scheduleSheetRows } from '../../../src/core/remind/schedule';
import type { KindSchedule, Schedule } from '../../../src/core/remind/types';

type Grid = unknown[][];

const kind = (k: Partial<KindSchedule> = {}, base: 'beneficiary' | 'program' = 'beneficiary'): KindSchedule => ({
  ...DEFAULT_SCHEDULE.kinds[base],
  steps: [...DEFAULT_SCHEDULE.kinds[base].steps],
  ...k,
});
const schedule = (
  s: { beneficiary?: Partial<KindSchedule>; program?: Partial<KindSchedule>; tkpp?: string[]; weeklyDay?: number } = {},
): Schedule => ({
  kinds: { beneficiary: kind(s.beneficiary, 'beneficiary'), program: kind(s.program, 'program') },
  tkpp: s.tkpp ?? [],
  weeklyDay: s.weeklyDay ?? 1,
});

/** The id sheet with some cells replaced: [sheet row (1-based), column index (0-based), value]. */
function sheet(lang: 'id' | 'en', ...edits: [number, number, unknown][]): Grid {
  const rows: Grid = scheduleSheetRows(lang).map((r) => [...r]);
  for (const [row, col, v] of edits) {
    while (rows.length < row) rows.push([]);
    rows[row - 1][col] = v;
  }
  return rows;
}
// Sheet rows of the initial layout.
const BEN = 4;
const PRG = 5;
const TKPP = 7;
const WEEKLY = 8;
const C = { kind: 0, period: 1, deadline: 2, steps: 3, escalate: 4, active: 5 };

describe('defaults and the initial sheet', () => {
  it('has the contract defaults', () => {
    expect(SCHEDULE_SHEET).toBe('Jadwal Pengingat');
    expect(DEFAULT_SCHEDULE).toEqual({
      kinds: {
        beneficiary: { period: 'monthly', deadlineDays: 10, steps: [-3, 0, 1, 7], escalateLast: true, active: true },
        program: { period: 'quarterly', deadlineDays: 15, steps: [-3, 0, 1, 7], escalateLast: true, active: true },
      },
      tkpp: [],
      weeklyDay: 1,
    });
  });

  it('cannot be changed by a reader by accident', () => {
    expect(Object.isFrozen(DEFAULT_SCHEDULE.kinds.beneficiary.steps)).toBe(true);
    const { schedule: s } = parseSchedule(sheet('id'));
    s.kinds.beneficiary.steps.push(30);
    s.tkpp.push('x@y.id');
    expect(DEFAULT_SCHEDULE.kinds.beneficiary.steps).toEqual([-3, 0, 1, 7]);
    expect(DEFAULT_SCHEDULE.tkpp).toEqual([]);
  });

  it('writes the Indonesian sheet', () => {
    const rows = scheduleSheetRows('id');
    expect(rows.slice(0, 8)).toEqual([
      ['Jadwal Pengingat Laporan', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      [
        'Jenis register',
        'Periode laporan',
        'Batas (hari setelah periode berakhir)',
        'Pengingat (hari terhadap batas)',
        'Tembusan TKPP pada pengingat terakhir',
        'Aktif',
      ],
      ['Penerima bantuan', 'Bulanan', 10, '-3, 0, +1, +7', 'Ya', 'Ya'],
      ['Program dan kegiatan', 'Triwulanan', 15, '-3, 0, +1, +7', 'Ya', 'Ya'],
      ['', '', '', '', '', ''],
      ['Email TKPP', '', '', '', '', ''],
      ['Ringkasan mingguan', 'Senin', '', '', '', ''],
    ]);
    expect(rows[9][0]).toBe('Catatan');
    expect(rows.length).toBe(15);
    for (const r of rows) expect(r).toHaveLength(6);
  });

  it('writes the English sheet', () => {
    expect(scheduleSheetRows('en').slice(2, 8)).toEqual([
      [
        'Register kind',
        'Reporting period',
        'Deadline (days after the period ends)',
        'Reminders (days from the deadline)',
        'Copy to TKPP on the last reminder',
        'Active',
      ],
      ['Aid recipients', 'Monthly', 10, '-3, 0, +1, +7', 'Yes', 'Yes'],
      ['Programmes and activities', 'Quarterly', 15, '-3, 0, +1, +7', 'Yes', 'Yes'],
      ['', '', '', '', '', ''],
      ['TKPP email', '', '', '', '', ''],
      ['Weekly summary', 'Monday', '', '', '', ''],
    ]);
  });

  it.each(['id', 'en'] as const)('reads its own %s sheet back as the defaults, without problems', (lang) => {
    expect(parseSchedule(scheduleSheetRows(lang))).toEqual({ schedule: DEFAULT_SCHEDULE, problems: [] });
  });

  it('reads no sheet at all as the defaults, without problems', () => {
    expect(parseSchedule([])).toEqual({ schedule: DEFAULT_SCHEDULE, problems: [] });
    expect(parseSchedule([[], ['', null]])).toEqual({ schedule: DEFAULT_SCHEDULE, problems: [] });
  });
});

describe('parseSchedule: values people write', () => {
  it.each<[string, Grid, Schedule]>([
    ['monthly program', sheet('id', [PRG, C.period, 'bulanan']), schedule({ program: { period: 'monthly' } })],
    ['"bulan"', sheet('id', [PRG, C.period, 'Bulan']), schedule({ program: { period: 'monthly' } })],
    ['"per bulan"', sheet('id', [PRG, C.period, 'per bulan']), schedule({ program: { period: 'monthly' } })],
    ['"monthly"', sheet('id', [PRG, C.period, 'MONTHLY ']), schedule({ program: { period: 'monthly' } })],
    ['"Triwulan"', sheet('id', [BEN, C.period, 'Triwulan']), schedule({ beneficiary: { period: 'quarterly' } })],
    ['"triwulanan"', sheet('id', [BEN, C.period, '  triwulanan']), schedule({ beneficiary: { period: 'quarterly' } })],
    ['"TW"', sheet('id', [BEN, C.period, 'TW']), schedule({ beneficiary: { period: 'quarterly' } })],
    ['"quarterly"', sheet('id', [BEN, C.period, 'Quarterly']), schedule({ beneficiary: { period: 'quarterly' } })],
    ['deadline as text', sheet('id', [BEN, C.deadline, '5']), schedule({ beneficiary: { deadlineDays: 5 } })],
    ['deadline with "hari"', sheet('id', [BEN, C.deadline, '7 hari']), schedule({ beneficiary: { deadlineDays: 7 } })],
    ['deadline 0', sheet('id', [BEN, C.deadline, 0]), schedule({ beneficiary: { deadlineDays: 0 } })],
    ['deadline 120', sheet('id', [BEN, C.deadline, 120]), schedule({ beneficiary: { deadlineDays: 120 } })],
    ['steps H-form', sheet('id', [BEN, C.steps, 'H-3; H; H+1; H+7']), schedule()],
    ['steps without signs', sheet('id', [BEN, C.steps, '-5, 0, 3']), schedule({ beneficiary: { steps: [-5, 0, 3] } })],
    ['steps unordered', sheet('id', [BEN, C.steps, '+7, -3, 0']), schedule({ beneficiary: { steps: [-3, 0, 7] } })],
    ['steps at the limits', sheet('id', [BEN, C.steps, '-60, +120']), schedule({ beneficiary: { steps: [-60, 120] } })],
    [
      'ten steps',
      sheet('id', [BEN, C.steps, '1,2,3,4,5,6,7,8,9,10']),
      schedule({ beneficiary: { steps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } }),
    ],
    ['escalate "Tidak"', sheet('id', [BEN, C.escalate, 'Tidak']), schedule({ beneficiary: { escalateLast: false } })],
    ['escalate "N"', sheet('id', [BEN, C.escalate, 'n']), schedule({ beneficiary: { escalateLast: false } })],
    ['escalate "No"', sheet('id', [BEN, C.escalate, 'No']), schedule({ beneficiary: { escalateLast: false } })],
    ['escalate false (checkbox)', sheet('id', [BEN, C.escalate, false]), schedule({ beneficiary: { escalateLast: false } })],
    ['escalate "false"', sheet('id', [BEN, C.escalate, 'false']), schedule({ beneficiary: { escalateLast: false } })],
    ['active "Tidak"', sheet('id', [PRG, C.active, ' TIDAK ']), schedule({ program: { active: false } })],
    ['active "Y"', sheet('id', [PRG, C.active, 'Y']), schedule()],
    ['active "Yes"', sheet('id', [PRG, C.active, 'yes']), schedule()],
    ['active "TRUE"', sheet('id', [PRG, C.active, 'TRUE']), schedule()],
    ['active true (checkbox)', sheet('id', [PRG, C.active, true]), schedule()],
    ['active 0', sheet('id', [PRG, C.active, 0]), schedule({ program: { active: false } })],
    [
      'TKPP addresses',
      sheet('id', [TKPP, 1, 'TKPP@binjaikota.go.id; sekretariat@binjaikota.go.id']),
      schedule({ tkpp: ['tkpp@binjaikota.go.id', 'sekretariat@binjaikota.go.id'] }),
    ],
    [
      'TKPP addresses over several cells',
      sheet('id', [TKPP, 1, 'a@x.go.id'], [TKPP, 3, 'Budi <b@x.go.id>, a@x.go.id']),
      schedule({ tkpp: ['a@x.go.id', 'b@x.go.id'] }),
    ],
    ['TKPP "-"', sheet('id', [TKPP, 1, '-']), schedule()],
    ['TKPP "Tidak ada"', sheet('id', [TKPP, 1, 'Tidak ada']), schedule()],
    ['weekly "Jumat"', sheet('id', [WEEKLY, 1, 'Jumat']), schedule({ weeklyDay: 5 })],
    ['weekly "Jum\'at"', sheet('id', [WEEKLY, 1, "Jum'at"]), schedule({ weeklyDay: 5 })],
    ['weekly "Minggu"', sheet('id', [WEEKLY, 1, 'MINGGU']), schedule({ weeklyDay: 7 })],
    ['weekly "setiap Rabu"', sheet('id', [WEEKLY, 1, 'setiap Rabu']), schedule({ weeklyDay: 3 })],
    ['weekly "Thursday"', sheet('id', [WEEKLY, 1, 'Thursday']), schedule({ weeklyDay: 4 })],
    ['weekly "Sat"', sheet('id', [WEEKLY, 1, 'Sat']), schedule({ weeklyDay: 6 })],
    ['weekly "Tidak ada"', sheet('id', [WEEKLY, 1, 'Tidak ada']), schedule({ weeklyDay: 0 })],
    ['weekly "none"', sheet('id', [WEEKLY, 1, 'none']), schedule({ weeklyDay: 0 })],
    ['weekly "-"', sheet('id', [WEEKLY, 1, '-']), schedule({ weeklyDay: 0 })],
    ['weekly number 2', sheet('id', [WEEKLY, 1, 2]), schedule({ weeklyDay: 2 })],
    ['weekly value in a later cell', sheet('id', [WEEKLY, 1, ''], [WEEKLY, 2, 'Selasa']), schedule({ weeklyDay: 2 })],
    [
      'English words on an Indonesian sheet',
      sheet('id', [BEN, C.period, 'quarterly'], [BEN, C.active, 'No'], [WEEKLY, 1, 'Sunday']),
      schedule({ beneficiary: { period: 'quarterly', active: false }, weeklyDay: 7 }),
    ],
    [
      'Indonesian words on an English sheet',
      sheet('en', [PRG, C.period, 'Bulanan'], [PRG, C.escalate, 'Tidak'], [WEEKLY, 1, 'Kamis']),
      schedule({ program: { period: 'monthly', escalateLast: false }, weeklyDay: 4 }),
    ],
    ['English TKPP row', sheet('en', [TKPP, 1, 'tkpp@binjaikota.go.id']), schedule({ tkpp: ['tkpp@binjaikota.go.id'] })],
  ])('%s', (_, grid, expected) => {
    expect(parseSchedule(grid)).toEqual({ schedule: expected, problems: [] });
  });
});

describe('parseSchedule: layout changes', () => {
  const base = (): Grid => sheet('id', [TKPP, 1, 'tkpp@binjaikota.go.id'], [WEEKLY, 1, 'Kamis'], [PRG, C.active, 'Tidak']);
  const expected = schedule({ tkpp: ['tkpp@binjaikota.go.id'], weeklyDay: 4, program: { active: false } });

  it.each<[string, (g: Grid) => Grid]>([
    ['a blank row inserted between the kinds', (g) => [...g.slice(0, BEN), ['', '', ''], ...g.slice(BEN)]],
    ['rows inserted above the title', (g) => [[], ['Dinas Kominfo'], ...g]],
    ['TKPP row moved above the table', (g) => [g[TKPP - 1], ...g.filter((_, r) => r !== TKPP - 1)]],
    ['weekly and TKPP rows swapped', (g) => [...g.slice(0, TKPP - 1), g[WEEKLY - 1], g[TKPP - 1], ...g.slice(WEEKLY)]],
    ['program row above the beneficiary row', (g) => [...g.slice(0, BEN - 1), g[PRG - 1], g[BEN - 1], ...g.slice(PRG)]],
    ['a column inserted at A', (g) => g.map((r) => ['', ...r])],
    ['period and steps columns swapped', (g) => g.map((r) => [r[0], r[3], r[2], r[1], r[4], r[5]])],
    ['an extra "Keterangan" column', (g) => g.map((r, i) => [...r, i === 2 ? 'Keterangan' : i === BEN - 1 ? 'dicek tiap bulan' : ''])],
    ['headers retyped in capitals', (g) => g.map((r, i) => (i === 2 ? r.map((c) => String(c).toUpperCase()) : r))],
    ['short headers', (g) => g.map((r, i) => (i === 2 ? ['Jenis', 'Periode', 'Batas', 'Pengingat', 'Tembusan', 'Aktif'] : r))],
    ['English headers', (g) => g.map((r, i) => (i === 2 ? scheduleSheetRows('en')[2] : r))],
    [
      'kind labels in English or shortened',
      (g) => g.map((r, i) => (i === BEN - 1 ? ['Beneficiary', ...r.slice(1)] : i === PRG - 1 ? ['Program', ...r.slice(1)] : r)),
    ],
    ['TKPP label variant', (g) => g.map((r, i) => (i === TKPP - 1 ? ['Alamat email TKPP:', ...r.slice(1)] : r))],
    ['notes deleted', (g) => g.slice(0, WEEKLY)],
    [
      'short rows (getValues on a narrower range)',
      (g) =>
        g.map((r) => {
          const out = [...r];
          while (out.length && out[out.length - 1] === '') out.pop();
          return out;
        }),
    ],
    ['null cells', (g) => g.map((r) => r.map((c) => (c === '' ? null : c)))],
  ])('%s', (_, change) => {
    expect(parseSchedule(change(base()))).toEqual({ schedule: expected, problems: [] });
  });
});

describe('parseSchedule: problems keep the defaults', () => {
  const P = (row: number, code: string, params: Record<string, string | number> = {}) => ({
    row,
    key: `remind.schedule.problem.${code}`,
    params: { row, ...params },
  });

  it.each<[string, Grid, Schedule, ReturnType<typeof P>[]]>([
    ['unknown period', sheet('id', [BEN, C.period, 'Semester']), schedule(), [P(BEN, 'bad_period', { cell: 'B4', value: 'Semester' })]],
    ['empty period', sheet('id', [BEN, C.period, '']), schedule(), [P(BEN, 'empty', { cell: 'B4' })]],
    [
      'deadline as a fraction',
      sheet('id', [BEN, C.deadline, 10.5]),
      schedule(),
      [P(BEN, 'bad_deadline', { cell: 'C4', value: '10.5', max: 120, fallback: 10 })],
    ],
    [
      'deadline negative',
      sheet('id', [PRG, C.deadline, -1]),
      schedule(),
      [P(PRG, 'bad_deadline', { cell: 'C5', value: '-1', max: 120, fallback: 15 })],
    ],
    [
      'deadline too far',
      sheet('id', [PRG, C.deadline, 121]),
      schedule(),
      [P(PRG, 'bad_deadline', { cell: 'C5', value: '121', max: 120, fallback: 15 })],
    ],
    [
      'deadline text',
      sheet('id', [BEN, C.deadline, 'sepuluh']),
      schedule(),
      [P(BEN, 'bad_deadline', { cell: 'C4', value: 'sepuluh', max: 120, fallback: 10 })],
    ],
    [
      'deadline as a date',
      sheet('id', [BEN, C.deadline, new Date(Date.UTC(2026, 11, 10))]),
      schedule(),
      [P(BEN, 'bad_deadline', { cell: 'C4', value: '2026-12-10', max: 120, fallback: 10 })],
    ],
    [
      // Typed 10/12/2026 in a Jakarta sheet: Sheets hands back 10 Dec 00:00 +07:00, which is still 9 Dec in UTC.
      'deadline as a date from a Jakarta sheet',
      sheet('id', [BEN, C.deadline, new Date(Date.UTC(2026, 11, 9, 17))]),
      schedule(),
      [P(BEN, 'bad_deadline', { cell: 'C4', value: '2026-12-10', max: 120, fallback: 10 })],
    ],
    [
      'deadline as a date from a Jayapura sheet (UTC+9)',
      sheet('id', [BEN, C.deadline, new Date(Date.UTC(2026, 11, 9, 15))]),
      schedule(),
      [P(BEN, 'bad_deadline', { cell: 'C4', value: '2026-12-10', max: 120, fallback: 10 })],
    ],
    [
      'steps unreadable',
      sheet('id', [BEN, C.steps, 'tiga hari sebelum']),
      schedule(),
      [P(BEN, 'bad_steps', { cell: 'D4', value: 'tiga hari sebelum', fallback: '-3, 0, +1, +7' })],
    ],
    [
      'steps with a fraction cell',
      sheet('id', [BEN, C.steps, 1.5]),
      schedule(),
      [P(BEN, 'bad_steps', { cell: 'D4', value: '1.5', fallback: '-3, 0, +1, +7' })],
    ],
    [
      'steps out of range',
      sheet('id', [BEN, C.steps, '-61, 0']),
      schedule(),
      [P(BEN, 'steps_range', { cell: 'D4', value: '-61, 0', fallback: '-3, 0, +1, +7', min: -60, max: '+120' })],
    ],
    [
      'steps too late',
      sheet('id', [PRG, C.steps, '0, +121']),
      schedule(),
      [P(PRG, 'steps_range', { cell: 'D5', value: '0, +121', fallback: '-3, 0, +1, +7', min: -60, max: '+120' })],
    ],
    [
      'eleven steps',
      sheet('id', [BEN, C.steps, '0,1,2,3,4,5,6,7,8,9,10']),
      schedule(),
      [P(BEN, 'steps_count', { cell: 'D4', value: '0,1,2,3,4,5,6,7,8,9,10', fallback: '-3, 0, +1, +7', max: 10 })],
    ],
    ['escalate unknown', sheet('id', [BEN, C.escalate, 'mungkin']), schedule(), [P(BEN, 'bad_escalate', { cell: 'E4', value: 'mungkin' })]],
    // Fail closed: something unreadable in Aktif switches the kind off rather than mail agencies against the TKPP's wish.
    [
      'active unknown',
      sheet('id', [PRG, C.active, 2]),
      schedule({ program: { active: false } }),
      [P(PRG, 'bad_active', { cell: 'F5', value: '2' })],
    ],
    [
      'active mistyped',
      sheet('id', [PRG, C.active, 'Tidka']),
      schedule({ program: { active: false } }),
      [P(PRG, 'bad_active', { cell: 'F5', value: 'Tidka' })],
    ],
    // Sheets in an Indonesian locale turns "-3,0" into the number -3: accepted, but the TKPP is told only one reminder is set.
    [
      'steps as one number cell',
      sheet('id', [BEN, C.steps, -3]),
      schedule({ beneficiary: { steps: [-3] } }),
      [P(BEN, 'single_step', { cell: 'D4', value: '-3' })],
    ],
    [
      'steps as a positive number cell',
      sheet('id', [BEN, C.steps, 7]),
      schedule({ beneficiary: { steps: [7] } }),
      [P(BEN, 'single_step', { cell: 'D4', value: '7' })],
    ],
    ['active empty', sheet('id', [PRG, C.active, '  ']), schedule(), [P(PRG, 'empty', { cell: 'F5' })]],
    ['weekly unknown', sheet('id', [WEEKLY, 1, 'Senen']), schedule(), [P(WEEKLY, 'bad_weekly', { cell: 'B8', value: 'Senen' })]],
    ['weekly 8', sheet('id', [WEEKLY, 1, 8]), schedule(), [P(WEEKLY, 'bad_weekly', { cell: 'B8', value: '8' })]],
    ['weekly empty', sheet('id', [WEEKLY, 1, '']), schedule(), [P(WEEKLY, 'empty', { cell: 'B8' })]],
    [
      'bad TKPP addresses, the good one kept',
      sheet('id', [TKPP, 1, 'tkpp@binjaikota.go.id, tkpp.binjai, budi@gmail'], [TKPP, 2, '081234567890123456']),
      schedule({ tkpp: ['tkpp@binjaikota.go.id'] }),
      [
        P(TKPP, 'bad_email', { cell: 'B7', value: 'tkpp.binjai' }),
        P(TKPP, 'bad_email', { cell: 'B7', value: 'budi@gmail' }),
        P(TKPP, 'bad_email', { cell: 'C7', value: '081234**********56' }),
      ],
    ],
    [
      'a kind row twice',
      [...sheet('id'), ['Penerima', 'Triwulan', 5, '0', 'Ya', 'Tidak']],
      schedule(),
      [P(16, 'duplicate_kind', { other: BEN })],
    ],
    [
      'the weekly row twice',
      [...sheet('id', [WEEKLY, 1, 'Rabu']), ['Ringkasan', 'Jumat']],
      schedule({ weeklyDay: 3 }),
      [P(16, 'duplicate_weekly', { other: WEEKLY })],
    ],
    ['program row deleted', sheet('id').filter((_, r) => r !== PRG - 1), schedule(), [P(3, 'missing_program')]],
    [
      'both kind rows deleted',
      sheet('id').filter((_, r) => r !== PRG - 1 && r !== BEN - 1),
      schedule(),
      [P(3, 'missing_beneficiary'), P(3, 'missing_program')],
    ],
    ['steps column deleted', sheet('id').map((r) => [...r.slice(0, 3), ...r.slice(4)]), schedule(), [P(3, 'missing_steps')]],
    [
      'active column deleted, escalate set',
      sheet('id', [BEN, C.escalate, 'Tidak']).map((r) => r.slice(0, 5)),
      schedule({ beneficiary: { escalateLast: false } }),
      [P(3, 'missing_active')],
    ],
    [
      'header row deleted: default column order',
      sheet('id', [BEN, C.deadline, 20]).filter((_, r) => r !== 2),
      schedule({ beneficiary: { deadlineDays: 20 } }),
      [P(1, 'no_header')],
    ],
    [
      'several problems on one row, order of the columns',
      sheet('id', [BEN, C.period, 'tahunan'], [BEN, C.steps, 'H3'], [BEN, C.active, 'x']),
      schedule({ beneficiary: { active: false } }),
      [
        P(BEN, 'bad_period', { cell: 'B4', value: 'tahunan' }),
        P(BEN, 'bad_steps', { cell: 'D4', value: 'H3', fallback: '-3, 0, +1, +7' }),
        P(BEN, 'bad_active', { cell: 'F4', value: 'x' }),
      ],
    ],
  ])('%s', (_, grid, expectedSchedule, expectedProblems) => {
    expect(parseSchedule(grid)).toEqual({ schedule: expectedSchedule, problems: expectedProblems });
  });

  it('has a message in both languages for every problem it can report', () => {
    const codes = [
      'no_header',
      'empty',
      'duplicate_kind',
      'duplicate_weekly',
      'bad_period',
      'bad_deadline',
      'bad_steps',
      'steps_range',
      'steps_count',
    ];
    codes.push('single_step', 'bad_escalate', 'bad_active', 'bad_weekly', 'bad_email', 'missing_beneficiary', 'missing_program');
    for (const f of ['period', 'deadline', 'steps', 'escalate', 'active']) codes.push(`missing_${f}`);
    for (const code of codes) {
      expect(hasMessage('id', `remind.schedule.problem.${code}`)).toBe(true);
      expect(hasMessage('en', `remind.schedule.problem.${code}`)).toBe(true);
    }
  });

  it('never throws, whatever the grid holds', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool: unknown[] = [
      '',
      'Penerima',
      'Program',
      'Bulanan',
      'x',
      -3,
      0,
      7.5,
      true,
      false,
      null,
      undefined,
      new Date(NaN),
      new Date(0),
      'Email TKPP',
      'Ringkasan',
      'Jenis register',
      'Periode',
      'Aktif',
      'H+',
      '+',
      '-',
      'a@b',
      {},
      [],
    ];
    for (let n = 0; n < 300; n++) {
      const grid: Grid = [];
      for (let r = 0; r < 1 + Math.floor(rnd() * 10); r++)
        grid.push(Array.from({ length: Math.floor(rnd() * 8) }, () => pool[Math.floor(rnd() * pool.length)]));
      const { schedule: s, problems } = parseSchedule(grid);
      expect(Object.keys(s.kinds)).toEqual(['beneficiary', 'program']);
      for (const p of problems) expect(hasMessage('id', p.key)).toBe(true);
    }
    expect(() => parseSchedule(undefined as unknown as Grid)).not.toThrow();
    expect(() => parseSchedule([null, 'x', 5] as unknown as Grid)).not.toThrow();
  });
});

describe('parseSteps', () => {
  it.each<[string, number[] | undefined]>([
    ['-3, 0, +1, +7', [-3, 0, 1, 7]],
    ['H-3; H; H+1; H+7', [-3, 0, 1, 7]],
    ['h-3;h;h+1;h+7', [-3, 0, 1, 7]],
    ['H - 3, H, H + 1', [-3, 0, 1]],
    ['D-3, D, D+7', [-3, 0, 7]],
    ['-3 0 1 7', [-3, 0, 1, 7]],
    ['-3\n0\n+1', [-3, 0, 1]],
    ['-3 | 0 | +7', [-3, 0, 7]],
    ['−3, 0, +1', [-3, 0, 1]],
    ['–3, 0', [-3, 0]],
    ['+7, -3, 0, 0, +7', [-3, 0, 7]],
    ['-0', [0]],
    ['0', [0]],
    ['H', [0]],
    [' 45 ', [45]],
    ['-61', [-61]],
    ['', undefined],
    [' , ; ', undefined],
    ['H3', undefined],
    ['3 hari', undefined],
    ['1.5', undefined],
    ['-', undefined],
    ['H+', undefined],
    ['Hari H', undefined],
    ['tiga', undefined],
    ['1/7', undefined],
  ])('%p', (text, expected) => {
    expect(parseSteps(text)).toEqual(expected);
  });
});
