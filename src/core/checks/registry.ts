// The one table of cross-register checks: every check module is listed here, keyed by its rule id.
import type { CROSS_RULE_IDS } from '../model/rule-ids';
import type { CrossRule } from './types';
import { rule as dupNikSameProgram } from './dup.nik.same_program';
import { rule as dupNikNameConflict } from './dup.nik.name_conflict';
import { rule as dupPersonDifferentNik } from './dup.person.different_nik';
import { rule as dupNikCrossProgram } from './dup.nik.cross_program';
import { rule as exclusiveProgram } from './exclusive.program';
import { rule as dtksNotListed } from './dtks.not_listed';
import { rule as dtksDesil } from './dtks.desil';
import { rule as programCodeUnknown } from './program.code_unknown';
import { rule as programCodeDuplicate } from './program.code_duplicate';
import { rule as programOverlapOpd } from './program.overlap_opd';
import { rule as programRpjmdUnmapped } from './program.rpjmd_unmapped';
import { rule as programBehindSchedule } from './program.behind_schedule';

type CrossRuleId = (typeof CROSS_RULE_IDS)[number];

/** Keyed by rule id so that a missing or misnamed check is a type error. */
export const CROSS_TABLE = {
  'dup.nik.same_program': dupNikSameProgram,
  'dup.nik.name_conflict': dupNikNameConflict,
  'dup.person.different_nik': dupPersonDifferentNik,
  'dup.nik.cross_program': dupNikCrossProgram,
  'exclusive.program': exclusiveProgram,
  'dtks.not_listed': dtksNotListed,
  'dtks.desil': dtksDesil,
  'program.code_unknown': programCodeUnknown,
  'program.code_duplicate': programCodeDuplicate,
  'program.overlap_opd': programOverlapOpd,
  'program.rpjmd_unmapped': programRpjmdUnmapped,
  'program.behind_schedule': programBehindSchedule,
} satisfies Record<CrossRuleId, CrossRule<'beneficiary'> | CrossRule<'program'>>;

export const CROSS_RULES: readonly (CrossRule<'beneficiary'> | CrossRule<'program'>)[] = Object.values(CROSS_TABLE);
