// The TKPP's reminder schedule sheet: its initial content in either language, and a forgiving reader of what people make of it.
import { t } from '../i18n';
import type { Lang, Params, RegisterKind } from '../model/types';
import { a1 } from '../text/a1';
import { fold } from '../text/fold';
import { parseEmails } from './emails';
import {
  DEADLINE_MAX,
  STEP_MIN,
  STEP_MAX,
  MAX_STEPS,
  FIELDS,
  LABEL_MAX,
  isBlank,
  cellText,
  shown,
  headerField,
  kindOf,
  periodWord,
  yesNo,
  weekdayOf,
  deadlineDaysOf,
  tkppLabel,
  NO_ADDRESS,
  weeklyLabel,
  parseSteps,
  type Field,
} from './schedule-words';
import type { KindSchedule, PeriodKind, Schedule, ScheduleProblem } from './types';

export { parseSteps, DEADLINE_MAX, STEP_MIN, STEP_MAX, MAX_STEPS } from './schedule-words';

export const SCHEDULE_SHEET = 'Jadwal Pengingat';

const KINDS: readonly RegisterKind[] = ['beneficiary', 'program'];
const WIDTH = FIELDS.length;

const kindDefault = (period: PeriodKind, deadlineDays: number): KindSchedule => ({
  period,
  deadlineDays,
  steps: [-3, 0, 1, 7],
  escalateLast: true,
  active: true,
});

function freeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) freeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Frozen, since every reader shares it: copy before changing (parseSchedule always returns a fresh copy). */
export const DEFAULT_SCHEDULE: Schedule = freeze({
  kinds: { beneficiary: kindDefault('monthly', 10), program: kindDefault('quarterly', 15) },
  tkpp: [],
  weeklyDay: 1,
});

const copyKind = (k: KindSchedule): KindSchedule => ({ ...k, steps: [...k.steps] });

/** "-3, 0, +1, +7": the sheet's way of writing steps (a sign on every non-zero step, so nobody mistakes +1 for 1 day before). */
export const formatSteps = (steps: readonly number[]): string => steps.map((s) => (s > 0 ? `+${s}` : String(s))).join(', ');

const yesNoWord = (lang: Lang, v: boolean): string => t(lang, v ? 'remind.schedule.yes' : 'remind.schedule.no');

/**
 * The sheet's initial content, in the user's language: a title, the kind table, the TKPP and weekly rows, then notes. Rows are
 * all WIDTH cells wide for one setValues; numbers stay numbers, steps are text (the writer must keep "-3, 0, +1, +7" text).
 */
export function scheduleSheetRows(lang: Lang): (string | number)[][] {
  const w = (key: string) => t(lang, `remind.schedule.${key}`);
  const row = (...cells: (string | number)[]): (string | number)[] => [...cells, ...Array<string>(WIDTH - cells.length).fill('')];
  const kindRow = (kind: RegisterKind) => {
    const ks = DEFAULT_SCHEDULE.kinds[kind];
    return row(
      w(`kind.${kind}`),
      w(`period.${ks.period}`),
      ks.deadlineDays,
      formatSteps(ks.steps),
      yesNoWord(lang, ks.escalateLast),
      yesNoWord(lang, ks.active),
    );
  };
  return [
    row(w('title')),
    row(),
    row(...FIELDS.map((f) => w(`h.${f}`))),
    ...KINDS.map(kindRow),
    row(),
    row(w('tkpp'), DEFAULT_SCHEDULE.tkpp.join(', ')),
    row(w('weekly'), w(`weekday.${DEFAULT_SCHEDULE.weeklyDay}`)),
    row(),
    row(w('notes')),
    ...['deadline', 'steps', 'yesno', 'tkpp', 'weekly'].map((n) => row(w(`note.${n}`))),
  ];
}

const DEFAULT_COLUMNS: Record<Field, number> = { kind: 0, period: 1, deadline: 2, steps: 3, escalate: 4, active: 5 };

/**
 * Reads a schedule sheet grid (values as getValues returns them) in either language. The header row and the TKPP and weekly rows
 * are found by their words wherever they are; a cell that cannot be read keeps the default and becomes a problem. Never throws.
 * No values at all (no sheet) gives the default schedule and no problems.
 */
export function parseSchedule(values: readonly (readonly unknown[])[]): { schedule: Schedule; problems: ScheduleProblem[] } {
  const schedule: Schedule = {
    kinds: { beneficiary: copyKind(DEFAULT_SCHEDULE.kinds.beneficiary), program: copyKind(DEFAULT_SCHEDULE.kinds.program) },
    tkpp: [],
    weeklyDay: DEFAULT_SCHEDULE.weeklyDay,
  };
  const problems: ScheduleProblem[] = [];
  const grid: readonly (readonly unknown[])[] = Array.isArray(values) ? values.map((r) => (Array.isArray(r) ? r : [])) : [];
  const problem = (row: number, code: string, params: Params = {}) =>
    problems.push({ row, key: `remind.schedule.problem.${code}`, params: { row, ...params } });
  if (!grid.some((r) => r.some((v) => !isBlank(v)))) return { schedule, problems };

  // The header: the first row naming the kind column and at least two others.
  let headerRow = -1;
  let cols: Partial<Record<Field, number>> = {};
  for (let r = 0; r < grid.length && headerRow < 0; r++) {
    const found: Partial<Record<Field, number>> = {};
    grid[r].forEach((v, c) => {
      const f = headerField(v);
      if (f && found[f] === undefined) found[f] = c;
    });
    if (found.kind !== undefined && Object.keys(found).length >= 3) {
      headerRow = r;
      cols = found;
    }
  }
  if (headerRow < 0) {
    cols = DEFAULT_COLUMNS;
    problem(1, 'no_header');
  } else {
    for (const f of FIELDS) if (cols[f] === undefined) problem(headerRow + 1, `missing_${f}`);
  }

  const used = new Set<number>([headerRow]);
  const kindRows = new Map<RegisterKind, number>();
  for (let r = headerRow + 1; r < grid.length; r++) {
    const line = grid[r];
    const kind = kindOf(line[cols.kind as number]);
    if (!kind) continue;
    used.add(r);
    const row = r + 1;
    const other = kindRows.get(kind);
    if (other !== undefined) {
      problem(row, 'duplicate_kind', { other });
      continue;
    }
    kindRows.set(kind, row);
    readKindRow(line, row, cols, schedule.kinds[kind], problem);
  }
  const anchor = headerRow >= 0 ? headerRow + 1 : 1;
  for (const kind of KINDS) if (!kindRows.has(kind)) problem(anchor, `missing_${kind}`);

  let weeklyRow = 0;
  for (let r = 0; r < grid.length; r++) {
    if (used.has(r)) continue;
    const line = grid[r];
    const c = line.findIndex((v) => !isBlank(v));
    if (c < 0) continue;
    const label = cellText(line[c]);
    if (label.length > LABEL_MAX) continue;
    const f = fold(label);
    const row = r + 1;
    if (tkppLabel(f)) {
      // Addresses may share one cell or spread over the cells to the right; several TKPP rows add up.
      for (let k = c + 1; k < line.length; k++) {
        if (isBlank(line[k]) || NO_ADDRESS.has(cellText(line[k]) === '-' ? '-' : fold(cellText(line[k])))) continue;
        const { valid, invalid } = parseEmails(cellText(line[k]));
        for (const e of valid) if (!schedule.tkpp.includes(e)) schedule.tkpp.push(e);
        for (const bad of invalid) problem(row, 'bad_email', { cell: a1(row, k), value: shown(bad) });
      }
    } else if (weeklyLabel(f)) {
      if (weeklyRow) {
        problem(row, 'duplicate_weekly', { other: weeklyRow });
        continue;
      }
      weeklyRow = row;
      let k = c + 1;
      while (k < line.length && isBlank(line[k])) k++;
      if (k >= line.length) {
        problem(row, 'empty', { cell: a1(row, c + 1) });
        continue;
      }
      const day = weekdayOf(line[k]);
      if (day === undefined) problem(row, 'bad_weekly', { cell: a1(row, k), value: shown(line[k]) });
      else schedule.weeklyDay = day;
    }
  }
  return { schedule, problems };
}

function readKindRow(
  line: readonly unknown[],
  row: number,
  cols: Partial<Record<Field, number>>,
  ks: KindSchedule,
  problem: (row: number, code: string, params?: Params) => void,
): void {
  /** The cell of a field, or undefined (with no further problem: the missing column was reported once). */
  const read = <T>(field: Field, parse: (v: unknown) => T | undefined, bad: string, extra: Params = {}): T | undefined => {
    const c = cols[field];
    if (c === undefined) return undefined;
    const v = line[c];
    const cell = a1(row, c);
    if (isBlank(v)) {
      problem(row, 'empty', { cell });
      return undefined;
    }
    const out = parse(v);
    if (out === undefined) problem(row, bad, { cell, value: shown(v), ...extra });
    return out;
  };
  const period = read('period', periodWord, 'bad_period');
  if (period) ks.period = period;
  const deadline = read('deadline', deadlineDaysOf, 'bad_deadline', { max: DEADLINE_MAX, fallback: ks.deadlineDays });
  if (deadline !== undefined) ks.deadlineDays = deadline;
  const fallback = formatSteps(ks.steps);
  const stepsOf = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? [v] : undefined) : parseSteps(cellText(v)));
  const steps = read('steps', stepsOf, 'bad_steps', { fallback });
  if (steps) {
    const c = cols.steps as number;
    const params = { cell: a1(row, c), value: shown(line[c]), fallback };
    if (steps.some((s) => s < STEP_MIN || s > STEP_MAX)) problem(row, 'steps_range', { ...params, min: STEP_MIN, max: `+${STEP_MAX}` });
    else if (steps.length > MAX_STEPS) problem(row, 'steps_count', { ...params, max: MAX_STEPS });
    else {
      ks.steps = steps;
      // A number is what Sheets makes of "-3,0" in an Indonesian locale: taken as written, but the TKPP should know.
      if (typeof line[c] === 'number') problem(row, 'single_step', { cell: params.cell, value: params.value });
    }
  }
  const escalate = read('escalate', yesNo, 'bad_escalate');
  if (escalate !== undefined) ks.escalateLast = escalate;
  // Fail closed: the TKPP wrote something here, and mailing every agency against their wish is worse than a day's pause.
  const c = cols.active;
  const active = read('active', yesNo, 'bad_active');
  if (active !== undefined) ks.active = active;
  else if (c !== undefined && !isBlank(line[c])) ks.active = false;
}
