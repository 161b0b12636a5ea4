// The rules an edit re-runs: those that judge one row by itself, so that re-reading only the edited rows gives their full answer.
import { ROW_RULE_IDS, type RowRuleId } from '../core/model/rule-ids';

/*
 * Left out on purpose: header.* (about the whole header), verifikasi.order (compares rows of one person),
 * program.parent_sum_mismatch (sums the children) and every cross-register rule (duplicates, DTKS, exclusivity...).
 * Their marks on edited rows stay until the next Periksa, which knows the whole sheet.
 */
const PREFIXES = ['field.', 'nik.', 'kk.', 'wilayah.'];
const SINGLE: readonly string[] = [
  'status.deceased_active',
  'eligibility.age',
  'program.code_format',
  'program.target_missing',
  'program.realisasi_exceeds_pagu',
  'program.fisik_range',
  'program.cumulative_decrease',
];

export const EDIT_RULES: readonly RowRuleId[] = ROW_RULE_IDS.filter((id) => PREFIXES.some((p) => id.startsWith(p)) || SINGLE.includes(id));

const EDIT_SET: ReadonlySet<string> = new Set(EDIT_RULES);

/** Whether a re-check of the edited rows alone can tell that this rule's finding is fixed. */
export const isEditRule = (rule: string): boolean => EDIT_SET.has(rule);
