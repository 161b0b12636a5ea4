// English: messages of the cross checks over beneficiary registers (duplicates, exclusive programmes, DTKS).
import type { crossbenef as id } from '../id/crossbenef';

export const crossbenef = {
  'dup.nik.same_program':
    'NIK {nik} is listed {count} times in {program} for period {periode}. A person has one row per programme and period: delete the duplicate rows.',
  'dup.nik.same_program.no_period':
    'NIK {nik} is listed {count} times in {program} (no period given). A person has one row per programme and period: delete the duplicate rows or fill in the period.',
  'dup.nik.same_program.no_program':
    'NIK {nik} is listed {count} times in this sheet (no programme column or value). A person has one row per programme and period: delete the duplicate rows.',
  'dup.nik.name_conflict':
    'NIK {nik} appears under {count} different names in {rows} rows. A NIK belongs to one person: compare name and NIK with the KTP or KK; the NIK may be mistyped or used by someone else.',
  'dup.nik.name_conflict.spelling':
    'NIK {nik} appears with {count} spellings of the name, one letter apart, in {rows} rows. Write the name as on the KTP.',
  'dup.person.different_nik':
    'The same name and date of birth appear under {count} different NIKs in {rows} rows. Probably one person registered twice: check the correct NIK on the KTP or KK (they may also be two people, such as twins).',
  'dup.nik.cross_program': 'NIK {nik} receives {count} programmes: {programs}. This is allowed unless the programmes exclude each other.',
  'exclusive.program':
    'NIK {nik} receives {program} and {other} in period {periode}, but the two programmes may not be received together. Make sure only one of them is paid.',
  'exclusive.program.no_period':
    'NIK {nik} receives {program} and {other} (no period given), but the two programmes may not be received together. Make sure only one of them is paid, or fill in the period.',
  'exclusive.program.family':
    'The family with KK {kk} receives {program} and {other} in period {periode} through different family members, but one family may not receive both programmes together.',
  'exclusive.program.family_no_period':
    'The family with KK {kk} receives {program} and {other} (no period given) through different family members, but one family may not receive both programmes together.',
  'dtks.not_listed':
    'NIK {nik} is not in the DTKS/DTSEN reference data. Social aid is only for registered families: check the NIK, or propose the family for DTKS/DTSEN first.',
  'dtks.desil':
    'Desil {desil} is above the limit of this programme (desil {max} at most). Check whether the recipient is eligible, or the desil.',
  'dtks.desil.extract':
    'The DTKS/DTSEN reference puts this recipient in desil {desil}, above the limit of this programme (desil {max} at most). Check whether the recipient is eligible.',
} as const satisfies Record<keyof typeof id, string>;
