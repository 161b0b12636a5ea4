// Checks one sheet: finds its register, reads its rows, runs every rule, and returns findings a host can show.
import { DEFAULT_CONFIG, type RuleConfig } from './model/config';
import type { RowRuleId } from './model/rule-ids';
import type { BeneficiaryRow, ProgramRow } from './model/schemas';
import type { Day, Finding, Lang, Params, RegisterKind } from './model/types';
import { t } from './i18n';
import { detectHeader, type HeaderResult, type StoredMapping } from './parse/header';
import { parseRows } from './parse/rows';
import { titleFacts } from './parse/title';
import { RULES } from './rules/registry';
import type { ReportOptions, RuleContext } from './rules/types';
import { a1 } from './text/a1';
import { maskDigitRuns } from './text/mask';

export interface SheetInput {
  file?: string;
  sheet: string;
  values: readonly (readonly unknown[])[];
  numberFormats?: readonly (readonly string[])[];
}

export interface CheckOptions {
  today: Day;
  lang?: Lang;
  /** Minutes east of UTC of the host's Date values: 420 for a Sheets spreadsheet in Asia/Jakarta, 0 for exceljs. */
  tzOffsetMinutes?: number;
  config?: RuleConfig;
  kind?: RegisterKind;
  stored?: StoredMapping;
  overrides?: Record<string, string | null>;
  /** Folded spellings of programmes configured in the programme-rules sheet -> their names. */
  programAliases?: Readonly<Record<string, string>>;
  /** Rules to run; all by default. */
  rules?: readonly RowRuleId[];
}

export interface SheetResult {
  file?: string;
  sheet: string;
  kind: RegisterKind;
  header: HeaderResult;
  rows: BeneficiaryRow[] | ProgramRow[];
  findings: Finding[];
}

export function checkSheet(input: SheetInput, options: CheckOptions): SheetResult | undefined {
  const header = detectHeader(input.values, { kind: options.kind, stored: options.stored, overrides: options.overrides });
  if (!header) return undefined;
  const kind = header.kind;
  const lang = options.lang ?? 'id';
  const facts = titleFacts(kind, header.context.title, input.sheet);
  const defaults: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(facts)) if (v !== undefined) defaults[k] = v;
  const parsed = parseRows(kind, input.values, header, {
    tzOffsetMinutes: options.tzOffsetMinutes ?? 420,
    today: options.today,
    numberFormats: input.numberFormats,
    programAliases: options.programAliases,
    defaults,
  });
  const ctx: RuleContext = {
    kind,
    today: options.today,
    lang,
    config: options.config ?? DEFAULT_CONFIG,
    mapped: new Set(Object.keys(header.fields)),
    issues: parsed.issues,
    // A field the title block supplies (the programme of a PKH list) is not missing.
    header: { ...header.issues, missing: header.issues.missing.filter((f) => !(f in defaults)) },
  };
  const labels = new Map(header.columns.map((c) => [c.index, c.label]));
  const findings: Finding[] = [];
  const only = options.rules ? new Set<string>(options.rules) : undefined;
  for (const rule of RULES) {
    if (rule.kind !== 'any' && rule.kind !== kind) continue;
    if (only && !only.has(rule.id)) continue;
    const report = (row: number, field: string, params: Params = {}, opts: ReportOptions = {}) => {
      const col = header.fields[field];
      const sheetRow = row === 0 ? header.headerRow + 1 : row;
      const key = opts.variant ? `${rule.id}.${opts.variant}` : rule.id;
      const finding: Finding = {
        rule: rule.id,
        severity: opts.severity ?? rule.severity,
        sheet: input.sheet,
        row: sheetRow,
        column: col === undefined ? field : (labels.get(col) ?? field),
        cell: col === undefined ? '' : a1(sheetRow, col),
        // Whatever a rule put in its params, no run of 12+ digits (a NIK or KK) leaves the engine unmasked.
        message: maskDigitRuns(t(lang, key, params)),
        key,
        params,
      };
      if (input.file !== undefined) finding.file = input.file;
      findings.push(finding);
    };
    rule.check(parsed.rows as never, ctx, report);
  }
  findings.sort((a, b) => a.row - b.row || a.cell.length - b.cell.length || (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
  const result: SheetResult = { sheet: input.sheet, kind, header, rows: parsed.rows, findings };
  if (input.file !== undefined) result.file = input.file;
  return result;
}
