// The public rule ids: a contract shown in the findings sheet, the sidebar, the CLI's JSON and the docs.
export const ROW_RULE_IDS = [
  'header.missing_field',
  'header.ambiguous',
  'field.required',
  'field.type',
  'field.enum',
  'nik.format',
  'nik.stored_as_number',
  'nik.region',
  'nik.birthdate',
  'nik.serial',
  'nik.dob_mismatch',
  'nik.sex_mismatch',
  'kk.format',
  'kk.stored_as_number',
  'kk.region',
  'kk.date',
  'wilayah.kelurahan_unknown',
  'wilayah.kecamatan_mismatch',
  'status.deceased_active',
  'eligibility.age',
  'verifikasi.order',
  'program.code_format',
  'program.target_missing',
  'program.realisasi_exceeds_pagu',
  'program.fisik_range',
  'program.cumulative_decrease',
  'program.parent_sum_mismatch',
] as const;

export const CROSS_RULE_IDS = [
  'dup.nik.same_program',
  'dup.nik.name_conflict',
  'dup.person.different_nik',
  'dup.nik.cross_program',
  'exclusive.program',
  'dtks.not_listed',
  'dtks.desil',
  'program.code_unknown',
  'program.code_duplicate',
  'program.overlap_opd',
  'program.rpjmd_unmapped',
  'program.behind_schedule',
] as const;

export const SOURCE_RULE_IDS = ['source.unreachable', 'source.no_register', 'source.late'] as const;

export const RULE_IDS = [...ROW_RULE_IDS, ...CROSS_RULE_IDS, ...SOURCE_RULE_IDS] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type RowRuleId = (typeof ROW_RULE_IDS)[number];
