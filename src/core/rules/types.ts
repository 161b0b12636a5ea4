// The contract every rule module fulfils, and what the engine hands it.
import type { RuleConfig } from '../model/config';
import type { RowRuleId } from '../model/rule-ids';
import type { RowOf } from '../model/schemas';
import type { Day, Lang, Params, RegisterKind, Severity } from '../model/types';

/** A cell whose text could not be read as its field's type or enumeration (recorded by parse, reported by field.type / field.enum). */
export interface CellIssue {
  row: number;
  field: string;
  problem: 'type' | 'enum';
  /** The cell as shown to the user; masked when the field holds a NIK or KK. */
  shown: string;
  /** The canonical value closest to the cell, for "did you mean". */
  suggestion?: string;
}

/** What header mapping found wrong: missing required fields and fields claimed by several columns. */
export interface HeaderIssues {
  missing: readonly string[];
  /** field -> the header texts of every column that claims it. */
  ambiguous: readonly { field: string; headers: readonly string[] }[];
}

export interface RuleContext {
  kind: RegisterKind;
  /** Today in Asia/Jakarta, for ages and the NIK's two-digit year. */
  today: Day;
  lang: Lang;
  config: RuleConfig;
  /** Fields that have a column in this sheet (rules about a field stay silent when it has none). */
  mapped: ReadonlySet<string>;
  issues: readonly CellIssue[];
  header: HeaderIssues;
}

export interface ReportOptions {
  /** Overrides the rule's default severity (e.g. nik.stored_as_number: error when digits were lost). */
  severity?: Severity;
  /** Selects the message `<rule>.<variant>` instead of `<rule>`. */
  variant?: string;
}

/** Report a problem at `row` (1-based sheet row; 0 for the header) in the column of `field`. */
export type Report = (row: number, field: string, params?: Params, options?: ReportOptions) => void;

export interface Rule<K extends RegisterKind = RegisterKind> {
  readonly id: RowRuleId;
  /** The register kind the rule applies to; 'any' for rules about cells and headers. */
  readonly kind: K | 'any';
  readonly severity: Severity;
  check(rows: readonly RowOf<K>[], ctx: RuleContext, report: Report): void;
}

/** Identity helper that keeps a rule's row type precise. */
export const defineRule = <K extends RegisterKind>(rule: Rule<K>): Rule<K> => rule;
