// The contract of cross-register checks: rules that look across rows, sheets and workbooks, and the reference lists they use.
import type { RuleConfig } from '../model/config';
import type { RuleId } from '../model/rule-ids';
import type { RowOf } from '../model/schemas';
import type { Day, Lang, Params, RegisterKind, Severity } from '../model/types';
import type { ReportOptions } from '../rules/types';

/** One register as cross checks see it: typed rows plus where they came from. */
export interface RegisterView<K extends RegisterKind = RegisterKind> {
  file?: string;
  sheet: string;
  kind: K;
  rows: readonly RowOf<K>[];
  /** Fields that have a column in this register. */
  mapped: ReadonlySet<string>;
}

/** A row of a register, pointed at by index into the registers array the check was given. */
export interface CrossPlace {
  register: number;
  /** 1-based sheet row (the row's `row`), not an index into `rows`. */
  row: number;
  field: string;
}

/** Look-up of a DTKS/DTSEN extract by NIK digits (a Map satisfies it). */
export interface DtksLookup {
  has(nik: string): boolean;
  get(nik: string): number | undefined;
  readonly size: number;
}

/** Reference lists read from the workbook's reference sheets; each is absent when the workbook has none. */
export interface References {
  /** DTKS/DTSEN extract: NIK digits -> desil (undefined when the extract has no desil column). */
  dtks?: DtksLookup;
  /** RPJMD codes: misi codes and sasaran codes, folded with `foldRpjmdCode`. */
  rpjmd?: { misi: ReadonlySet<string>; sasaran: ReadonlySet<string> };
  /** Valid programme / kegiatan / sub-kegiatan codes (normalised) -> nomenclature name. */
  nomenclature?: ReadonlyMap<string, string>;
}

export interface CrossContext {
  today: Day;
  lang: Lang;
  config: RuleConfig;
  refs: References;
  /** Quarter (1-4) whose cumulative figures are current, for behind-schedule checks; undefined = the latest quarter with data. */
  quarter?: 1 | 2 | 3 | 4;
}

/** Report one finding that involves every place listed (the first place is where the finding is shown). */
export type CrossReport = (places: readonly CrossPlace[], params?: Params, options?: ReportOptions) => void;

export interface CrossRule<K extends RegisterKind = RegisterKind> {
  readonly id: RuleId;
  readonly kind: K;
  readonly severity: Severity;
  check(registers: readonly RegisterView<K>[], ctx: CrossContext, report: CrossReport): void;
}

export const defineCrossRule = <K extends RegisterKind>(rule: CrossRule<K>): CrossRule<K> => rule;
