// Runs one cross-register programme check over hand-made registers and turns passing/failing cases into jest tests.
import { caseTable } from '../../support/case-table';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import type { ProgramRow } from '../../../src/core/model/schemas';
import type { Params, Severity } from '../../../src/core/model/types';
import { t, hasMessage } from '../../../src/core/i18n';
import { parseCode } from '../../../src/core/ref/program-code';
import type { CrossContext, CrossPlace, CrossReport, CrossRule, RegisterView } from '../../../src/core/checks/types';

/** 2026-11-28, fixed so that nothing drifts with the clock. */
export const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);

export interface RegisterInput {
  sheet?: string;
  file?: string;
  rows: readonly Partial<ProgramRow>[];
  /** Fields with a column; default every field some row has. */
  mapped?: readonly string[];
}

export interface CrossReported {
  places: CrossPlace[];
  severity: Severity;
  key: string;
  params: Params;
  message: string;
}

/** A register: rows get sheet rows 2, 3, ... and the level their code reads as, unless they say otherwise. */
export function register(input: RegisterInput | readonly Partial<ProgramRow>[], n = 0): RegisterView<'program'> {
  const inp: RegisterInput = Array.isArray(input) ? { rows: input } : (input as RegisterInput);
  const rows = inp.rows.map((r, i) => {
    const level = 'level' in r ? r.level : parseCode(r.kode)?.level;
    return { row: i + 2, ...r, ...(level ? { level } : {}) } as ProgramRow;
  });
  const mapped = new Set<string>(inp.mapped ?? []);
  if (!inp.mapped) for (const r of inp.rows) for (const k of Object.keys(r)) if (k !== 'row' && k !== 'level') mapped.add(k);
  const view: RegisterView<'program'> = { sheet: inp.sheet ?? `Renja ${n + 1}`, kind: 'program', rows, mapped };
  if (inp.file !== undefined) view.file = inp.file;
  return view;
}

export function context(over: Partial<CrossContext> = {}): CrossContext {
  return { today: TODAY, lang: 'id', config: DEFAULT_CONFIG, refs: {}, ...over };
}

export function runCross(
  rule: CrossRule<'program'>,
  registers: readonly (RegisterInput | readonly Partial<ProgramRow>[])[],
  over: Partial<CrossContext> = {},
): CrossReported[] {
  const views = registers.map((r, n) => register(r, n));
  const out: CrossReported[] = [];
  const lang = over.lang ?? 'id';
  const report: CrossReport = (places, params = {}, opts = {}) => {
    const key = opts.variant ? `${rule.id}.${opts.variant}` : rule.id;
    if (!hasMessage('id', key) || !hasMessage('en', key)) throw new Error(`message ${key} missing in a catalogue`);
    if (places.length === 0) throw new Error('a finding must point at a row');
    for (const p of places) {
      const v = views[p.register];
      if (!v || !v.rows.some((r) => r.row === p.row)) throw new Error(`place ${JSON.stringify(p)} points at no row`);
    }
    for (const l of ['id', 'en'] as const) {
      const m = t(l, key, params);
      if (/\{\w+\}/.test(m)) throw new Error(`message ${key} (${l}) left a placeholder: ${m}`);
    }
    const message = t(lang, key, params);
    out.push({ places: [...places], severity: opts.severity ?? rule.severity, key, params, message });
  };
  rule.check(views, context(over), report);
  return out;
}

type Expected = Partial<Omit<CrossReported, 'params' | 'places'>> & { params?: Partial<Params>; places?: Partial<CrossPlace>[] };

export interface CrossCase {
  name: string;
  registers: readonly (RegisterInput | readonly Partial<ProgramRow>[])[];
  ctx?: Partial<CrossContext>;
  /** For failing cases: what each finding must match, in order (a subset of its properties). */
  expect?: readonly Expected[];
}

/** Declares jest tests: each passing case reports nothing; each failing case reports what `expect` says (or at least one finding). */
export function crossTable(rule: CrossRule<'program'>, table: { pass: readonly CrossCase[]; fail: readonly CrossCase[] }): void {
  caseTable(rule.id, table, {
    run: (c: CrossCase) => runCross(rule, c.registers, c.ctx),
    match: (got, e: Expected) => {
      const { places, ...rest } = e;
      expect(got).toMatchObject(rest);
      if (places) expect(got.places).toEqual(places.map((p) => expect.objectContaining(p)));
    },
  });
}

/** A run of rows with one OPD and year. */
export const opdRows = (opd: string, tahun: number, rows: readonly Partial<ProgramRow>[]): Partial<ProgramRow>[] =>
  rows.map((r) => ({ opd, tahun, ...r }));
