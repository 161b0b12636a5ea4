// Runs one rule over hand-made rows and turns a table of passing and failing cases into jest tests.
import { caseTable } from '../../support/case-table';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import type { IdValue, RowOf } from '../../../src/core/model/schemas';
import type { Params, RegisterKind, Severity } from '../../../src/core/model/types';
import { t, hasMessage } from '../../../src/core/i18n';
import type { Report, Rule, RuleContext } from '../../../src/core/rules/types';

export interface Reported {
  row: number;
  field: string;
  severity: Severity;
  key: string;
  params: Params;
  message: string;
}

/** 2026-11-28, the day these tests were written: fixed so that ages and two-digit years do not drift. */
export const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);

export function context(kind: RegisterKind, rows: readonly object[], over: Partial<RuleContext> = {}): RuleContext {
  const mapped = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (k !== 'row' && k !== 'level') mapped.add(k);
  return { kind, today: TODAY, lang: 'id', config: DEFAULT_CONFIG, mapped, issues: [], header: { missing: [], ambiguous: [] }, ...over };
}

/** Rows get sheet rows 2, 3, ... unless they say otherwise. */
export function runRule<K extends RegisterKind>(
  rule: Rule<K>,
  rows: readonly Partial<RowOf<K>>[],
  over: Partial<RuleContext> = {},
): Reported[] {
  const kind = (rule.kind === 'any' ? ('beneficiary' as K) : rule.kind) as K;
  const full = rows.map((r, i) => ({ row: i + 2, ...r })) as unknown as RowOf<K>[];
  const out: Reported[] = [];
  const report: Report = (row, field, params = {}, opts = {}) => {
    const key = opts.variant ? `${rule.id}.${opts.variant}` : rule.id;
    if (!hasMessage('id', key) || !hasMessage('en', key)) throw new Error(`message ${key} missing in a catalogue`);
    out.push({ row, field, severity: opts.severity ?? rule.severity, key, params, message: t('id', key, params) });
  };
  rule.check(full, context(kind, full, over), report);
  return out;
}

export interface Case<K extends RegisterKind> {
  name: string;
  rows: readonly Partial<RowOf<K>>[];
  ctx?: Partial<RuleContext>;
  /** For failing cases: what each reported finding must match, in order (a subset of its properties). */
  expect?: readonly Partial<Omit<Reported, 'params'> & { params: Partial<Params> }>[];
}

/** Declares jest tests: each passing case reports nothing; each failing case reports what `expect` says (or at least one finding). */
export function ruleTable<K extends RegisterKind>(rule: Rule<K>, table: { pass: readonly Case<K>[]; fail: readonly Case<K>[] }): void {
  caseTable(rule.id, table, { run: (c: Case<K>) => runRule(rule, c.rows, c.ctx) });
}

/** A NIK/KK typed as text. */
export const text16 = (digits: string): IdValue => ({
  digits: digits.replace(/\D/g, ''),
  junk: /[^\d\s.\-']/.test(digits),
  fromNumber: false,
  trusted: true,
});
/** A NIK/KK that arrived as a number. */
export const num16 = (n: number): IdValue => {
  const digits = String(Math.trunc(n)).length > 21 ? '' : BigInt(Math.trunc(n)).toString();
  const trusted = n < 2 ** 53 && !/^\d{15}0$/.test(digits);
  return { digits, junk: false, fromNumber: true, trusted };
};
/** Day number of a calendar date. */
export const day = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / 86400000);
