// The one table of per-register rules: every rule module is listed here, in the order their findings read best.
import type { RowRuleId } from '../model/rule-ids';
import type { Rule } from './types';
import { rule as headerMissingField } from './header.missing_field';
import { rule as headerAmbiguous } from './header.ambiguous';
import { rule as fieldRequired } from './field.required';
import { rule as fieldType } from './field.type';
import { rule as fieldEnum } from './field.enum';
import { rule as nikFormat } from './nik.format';
import { rule as nikStoredAsNumber } from './nik.stored_as_number';
import { rule as nikRegion } from './nik.region';
import { rule as nikBirthdate } from './nik.birthdate';
import { rule as nikSerial } from './nik.serial';
import { rule as nikDobMismatch } from './nik.dob_mismatch';
import { rule as nikSexMismatch } from './nik.sex_mismatch';
import { rule as kkFormat } from './kk.format';
import { rule as kkStoredAsNumber } from './kk.stored_as_number';
import { rule as kkRegion } from './kk.region';
import { rule as kkDate } from './kk.date';
import { rule as wilayahKelurahanUnknown } from './wilayah.kelurahan_unknown';
import { rule as wilayahKecamatanMismatch } from './wilayah.kecamatan_mismatch';
import { rule as statusDeceasedActive } from './status.deceased_active';
import { rule as eligibilityAge } from './eligibility.age';
import { rule as verifikasiOrder } from './verifikasi.order';
import { rule as programCodeFormat } from './program.code_format';
import { rule as programTargetMissing } from './program.target_missing';
import { rule as programRealisasiExceedsPagu } from './program.realisasi_exceeds_pagu';
import { rule as programFisikRange } from './program.fisik_range';
import { rule as programCumulativeDecrease } from './program.cumulative_decrease';
import { rule as programParentSumMismatch } from './program.parent_sum_mismatch';

/** Keyed by rule id so that a missing or misnamed rule is a type error. */
export const RULE_TABLE = {
  'header.missing_field': headerMissingField,
  'header.ambiguous': headerAmbiguous,
  'field.required': fieldRequired,
  'field.type': fieldType,
  'field.enum': fieldEnum,
  'nik.format': nikFormat,
  'nik.stored_as_number': nikStoredAsNumber,
  'nik.region': nikRegion,
  'nik.birthdate': nikBirthdate,
  'nik.serial': nikSerial,
  'nik.dob_mismatch': nikDobMismatch,
  'nik.sex_mismatch': nikSexMismatch,
  'kk.format': kkFormat,
  'kk.stored_as_number': kkStoredAsNumber,
  'kk.region': kkRegion,
  'kk.date': kkDate,
  'wilayah.kelurahan_unknown': wilayahKelurahanUnknown,
  'wilayah.kecamatan_mismatch': wilayahKecamatanMismatch,
  'status.deceased_active': statusDeceasedActive,
  'eligibility.age': eligibilityAge,
  'verifikasi.order': verifikasiOrder,
  'program.code_format': programCodeFormat,
  'program.target_missing': programTargetMissing,
  'program.realisasi_exceeds_pagu': programRealisasiExceedsPagu,
  'program.fisik_range': programFisikRange,
  'program.cumulative_decrease': programCumulativeDecrease,
  'program.parent_sum_mismatch': programParentSumMismatch,
} satisfies Record<RowRuleId, Rule<'beneficiary'> | Rule<'program'> | Rule>;

export const RULES: readonly (Rule<'beneficiary'> | Rule<'program'> | Rule)[] = Object.values(RULE_TABLE);
