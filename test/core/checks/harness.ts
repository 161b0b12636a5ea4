// Runs one cross-register check over registers built from partial rows, and turns tables of passing and failing cases into jest tests.
import { caseTable } from '../../support/case-table';
import { CATALOGUES, hasMessage, t } from '../../../src/core/i18n';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import type { BeneficiaryRow, IdValue } from '../../../src/core/model/schemas';
import type { Params, Severity } from '../../../src/core/model/types';
import type { CrossContext, CrossReport, CrossRule, RegisterView } from '../../../src/core/checks/types';

import { TODAY, text16 } from '../rules/harness';

export { day, num16, text16 } from '../rules/harness';

/** A register as a test writes it: rows without their sheet row number (2, 3, ... unless given). */
export interface Sheet {
  file?: string;
  sheet: string;
  rows: readonly Partial<BeneficiaryRow>[];
}

export interface CrossReported {
  /** Every place as "Sheet!row", or "[file]Sheet!row" when the register names its file. */
  at: string[];
  fields: string[];
  severity: Severity;
  key: string;
  params: Params;
  message: string;
}

export function views(sheets: readonly Sheet[]): RegisterView<'beneficiary'>[] {
  return sheets.map((s) => {
    const rows = s.rows.map((r, i) => ({ row: i + 2, ...r })) as BeneficiaryRow[];
    const mapped = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r)) if (k !== 'row') mapped.add(k);
    return { ...(s.file === undefined ? {} : { file: s.file }), sheet: s.sheet, kind: 'beneficiary', rows, mapped };
  });
}

export function crossContext(over: Partial<CrossContext> = {}): CrossContext {
  return { today: TODAY, lang: 'id', config: DEFAULT_CONFIG, refs: {}, ...over };
}

/** Personal data a finding's parameters must never carry: unmasked ids and the names of the rows. */
function assertNoPersonalData(sheets: readonly Sheet[], params: Params): void {
  const values = Object.values(params).map((v) => String(v).toLowerCase());
  for (const v of values) if (/\d{16}/.test(v)) throw new Error(`unmasked id in params: ${v}`);
  for (const s of sheets)
    for (const r of s.rows) {
      const name = r.nama?.trim().toLowerCase();
      if (name && name.length > 2 && values.some((v) => v.includes(name))) throw new Error(`name in params: ${name}`);
    }
}

export function runCross(rule: CrossRule<'beneficiary'>, sheets: readonly Sheet[], over: Partial<CrossContext> = {}): CrossReported[] {
  const registers = views(sheets);
  const out: CrossReported[] = [];
  const report: CrossReport = (places, params = {}, opts = {}) => {
    const key = opts.variant ? `${rule.id}.${opts.variant}` : rule.id;
    if (!hasMessage('id', key) || !hasMessage('en', key)) throw new Error(`message ${key} missing in a catalogue`);
    if (places.length === 0) throw new Error('a finding without a place');
    assertNoPersonalData(sheets, params);
    for (const lang of ['id', 'en'] as const) {
      const m = t(lang, key, params);
      if (/\{\w+\}/.test(m)) throw new Error(`unfilled placeholder in ${lang} ${key}: ${m}`);
    }
    const at = places.map((p) => {
      const reg = registers[p.register];
      if (!reg || !reg.rows.some((r) => r.row === p.row)) throw new Error(`place outside the registers: ${JSON.stringify(p)}`);
      return `${reg.file === undefined ? '' : `[${reg.file}]`}${reg.sheet}!${p.row}`;
    });
    out.push({
      at,
      fields: places.map((p) => p.field),
      severity: opts.severity ?? rule.severity,
      key,
      params,
      message: t('id', key, params),
    });
  };
  rule.check(registers, crossContext(over), report);
  return out;
}

export interface CrossCase {
  name: string;
  sheets: readonly Sheet[];
  ctx?: Partial<CrossContext>;
  /** For failing cases: what each finding must match, in order (a subset of its properties). */
  expect?: readonly Partial<Omit<CrossReported, 'params'> & { params: Partial<Params> }>[];
}

/** Declares jest tests: each passing case reports nothing; each failing case reports what `expect` says (or at least one finding). */
export function crossTable(rule: CrossRule<'beneficiary'>, table: { pass: readonly CrossCase[]; fail: readonly CrossCase[] }): void {
  caseTable(rule.id, table, {
    run: (c: CrossCase) => runCross(rule, c.sheets, c.ctx),
    guardName: 'has passing and failing cases, and its message in both languages',
    guard: () => {
      for (const lang of ['id', 'en'] as const) expect(typeof (CATALOGUES[lang] as Record<string, string>)[rule.id]).toBe('string');
    },
  });
}

/** Shorthand for a beneficiary row in a test table. */
export const person = (
  nik: string | IdValue | undefined,
  nama: string | undefined,
  more: Partial<BeneficiaryRow> = {},
): Partial<BeneficiaryRow> => {
  const r: Partial<BeneficiaryRow> = { ...more };
  if (nik !== undefined) r.nik = typeof nik === 'string' ? text16(nik) : nik;
  if (nama !== undefined) r.nama = nama;
  return r;
};
