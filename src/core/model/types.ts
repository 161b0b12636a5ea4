// Shared value types of the engine: findings, severities, languages, register kinds.
import type { RuleId } from './rule-ids';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'id' | 'en';
export type RegisterKind = 'beneficiary' | 'program';

/** Message parameters: already masked, never raw personal data. */
export type Params = Readonly<Record<string, string | number>>;

/** One place a finding points at; cross-register findings carry several. */
export interface Place {
  file?: string;
  sheet: string;
  /** 1-based sheet row as the user sees it. */
  row: number;
  /** A1 address, e.g. "C5". */
  cell: string;
}

/** A problem found in the data. Data, never an exception. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  file?: string;
  sheet: string;
  /** 1-based sheet row as the user sees it (0 for sheet-level findings such as a missing column). */
  row: number;
  /** The column's header text as the user wrote it (or the field id when no column exists). */
  column: string;
  /** A1 address of the cell ("" for sheet-level findings). */
  cell: string;
  message: string;
  /** The catalogue key and parameters the message was made from, so a host can re-render it in the other language. */
  key: string;
  params: Params;
  /** Every row involved, for findings that span rows, sheets or files. */
  places?: Place[];
}

/** Days since 1970-01-01 (UTC calendar day). Dates are calendar days, not instants. */
export type Day = number;
