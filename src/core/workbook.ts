// Checks a set of sheets from one or many workbooks: reference sheets first, then every register, then the cross checks and rollups.
import type { References } from './checks/types';
import { checkRegisters, viewsOf } from './cross';
import { checkSheet, type CheckOptions, type SheetInput, type SheetResult } from './engine';
import { DEFAULT_CONFIG, type RuleConfig } from './model/config';
import type { Finding } from './model/types';
import { parseCode } from './ref/program-code';
import { readDtks, readNomenclature, readProgramRules, readRpjmd, referenceKindOf, type ReferenceKind } from './ref/references';
import { beneficiaryRollup, type BeneficiaryRollup } from './rollup/beneficiary';
import { programRollup, type ProgramRollup } from './rollup/program';
import type { Table } from './rollup/table';
import type { Lang } from './model/types';

export interface WorkbookOptions extends Omit<CheckOptions, 'config' | 'stored' | 'overrides' | 'kind'> {
  /** Stored mappings and overrides per sheet key (`file|sheet`, or `sheet` when there is no file). */
  mappings?: Readonly<Record<string, Pick<CheckOptions, 'stored' | 'overrides' | 'kind'>>>;
  /** Quarter whose cumulative figures are current; default the latest quarter with data. */
  quarter?: 1 | 2 | 3 | 4;
}

export interface ReferenceSheet {
  file?: string;
  sheet: string;
  kind: ReferenceKind;
  /** False when the sheet holds no usable rows yet (e.g. only setup's example rows): the checks run as if it were absent. */
  used: boolean;
}

export interface WorkbookResult {
  registers: SheetResult[];
  references: ReferenceSheet[];
  /** Sheets that are neither a register nor a reference sheet. */
  skipped: { file?: string; sheet: string }[];
  /** Per-register findings, then cross-register findings. */
  findings: Finding[];
  config: RuleConfig;
  rollups: { program?: ProgramRollup; beneficiary?: BeneficiaryRollup };
}

export const sheetKey = (s: { file?: string; sheet: string }): string => (s.file === undefined ? s.sheet : `${s.file}|${s.sheet}`);

/** The reference sheets among `inputs` (by name), read into reference lists and rule settings. */
export function readReferences(inputs: readonly SheetInput[]): {
  refs: References;
  config: RuleConfig;
  aliases: Record<string, string>;
  found: ReferenceSheet[];
} {
  const refs: References = {};
  let config = DEFAULT_CONFIG;
  let aliases: Record<string, string> = {};
  const found: ReferenceSheet[] = [];
  for (const input of inputs) {
    const kind = referenceKindOf(input.sheet);
    if (!kind) continue;
    let ok = false;
    if (kind === 'dtks') {
      const d = readDtks(input.values);
      if (d) ok = Boolean((refs.dtks = d));
    } else if (kind === 'rpjmd') {
      const r = readRpjmd(input.values);
      if (r) ok = Boolean((refs.rpjmd = r));
    } else if (kind === 'nomenclature') {
      const n = readNomenclature(input.values, (c) => parseCode(c)?.code);
      if (n) ok = Boolean((refs.nomenclature = n));
    } else {
      const p = readProgramRules(input.values, config);
      if (p) {
        config = p.config;
        aliases = { ...aliases, ...p.aliases };
        ok = true;
      }
    }
    // A sheet named as a reference is never read as a register, even while it holds nothing usable.
    found.push(
      input.file === undefined ? { sheet: input.sheet, kind, used: ok } : { file: input.file, sheet: input.sheet, kind, used: ok },
    );
  }
  return { refs, config, aliases, found };
}

export function checkWorkbooks(inputs: readonly SheetInput[], options: WorkbookOptions): WorkbookResult {
  const lang = options.lang ?? 'id';
  const { refs, config, aliases, found } = readReferences(inputs);
  const isRef = new Set(found.map(sheetKey));
  const registers: SheetResult[] = [];
  const skipped: WorkbookResult['skipped'] = [];
  for (const input of inputs) {
    if (isRef.has(sheetKey(input))) continue;
    const res = checkSheet(input, { ...options, lang, config, programAliases: aliases, ...options.mappings?.[sheetKey(input)] });
    if (res) registers.push(res);
    else skipped.push(input.file === undefined ? { sheet: input.sheet } : { file: input.file, sheet: input.sheet });
  }
  const cross = checkRegisters(registers, { today: options.today, lang, config, refs, quarter: options.quarter });
  const findings = [...registers.flatMap((r) => r.findings), ...cross];
  return {
    registers,
    references: found,
    skipped,
    findings,
    config,
    rollups: rollupsOf(registers, findings, options.quarter, config, refs),
  };
}

function rollupsOf(
  registers: readonly SheetResult[],
  findings: readonly Finding[],
  quarter: 1 | 2 | 3 | 4 | undefined,
  config: RuleConfig,
  refs: References,
): WorkbookResult['rollups'] {
  const out: WorkbookResult['rollups'] = {};
  const prog = viewsOf(registers, 'program');
  if (prog.views.length > 0)
    out.program = programRollup(prog.views, { quarter, expectedFisik: config.expectedFisik, nomenclature: refs.nomenclature });
  const ben = viewsOf(registers, 'beneficiary');
  if (ben.views.length > 0) {
    const byKey = new Map(ben.source.map((r, i) => [sheetKey(r), i]));
    const rowFindings = findings.flatMap((f) => {
      const reg = byKey.get(sheetKey(f));
      return reg === undefined || f.row === 0 ? [] : [{ severity: f.severity, register: reg, row: f.row }];
    });
    out.beneficiary = beneficiaryRollup(ben.views, rowFindings);
  }
  return out;
}

/** Every rollup as tables in one language, for hosts that write them. */
export function rollupTables(result: WorkbookResult, lang: Lang): Table[] {
  return [
    ...(result.rollups.program?.tables(lang) ?? []),
    ...(result.rollups.beneficiary ? [result.rollups.beneficiary.toTable(lang)] : []),
  ];
}
