// English: messages of the cross-register programme checks.
import type { crossprogram as id } from '../id/crossprogram';

export const crossprogram = {
  'program.code_duplicate':
    'Code {code} appears {count} times for the same OPD and year (also at {others}). A code may appear once per OPD per year: delete the duplicate row or merge its figures.',
  'program.overlap_opd':
    'This sub-kegiatan is also planned by another OPD ({opds}; also at {others}). Make sure no work is budgeted twice.',
  'program.overlap_opd.code':
    'Sub-kegiatan {code} is planned by {count} OPDs in the same year ({opds}; also at {others}). Make sure the same work is not budgeted twice.',
  'program.overlap_opd.name':
    'Sub-kegiatan "{name}" has the same or nearly the same name as a sub-kegiatan of {count} OPDs in the same year ({opds}; also at {others}). Make sure the same work is not budgeted twice.',
  'program.rpjmd_unmapped':
    'Programme {code} and {count} sub-kegiatan under it are not mapped to an RPJMD misi or sasaran. Fill in the misi/sasaran column on the programme row (sub-kegiatan follow their programme) or on each sub-kegiatan.',
  'program.rpjmd_unmapped.program':
    'Programme {code} is not mapped to an RPJMD misi or sasaran. Fill in the misi/sasaran column on this programme row.',
  'program.rpjmd_unmapped.misi_unknown':
    'Misi "{value}" is not in the RPJMD misi list on the reference sheet. Write a misi code the RPJMD has, such as 1 or M1.',
  'program.rpjmd_unmapped.sasaran_unknown':
    'Sasaran "{value}" is not in the RPJMD sasaran list on the reference sheet. Write a sasaran code the RPJMD has, such as 1.2.',
  'program.code_unknown': 'Code {code} is well formed but not in the nomenclature reference (Kepmendagri). Check the code.',
  'program.behind_schedule': 'Physical progress up to quarter {tw} is only {actual}, below the planned {expected} for quarter {tw}.',
  'program.behind_schedule.carried':
    'Physical progress up to quarter {tw} is not filled in; the last figure (up to quarter {atTw}) is {actual}, below the planned {expected} for quarter {tw}.',
  'crossprogram.at_row': 'row {row}',
  'crossprogram.at_sheet_row': 'sheet {sheet} row {row}',
  'crossprogram.more': '{count} more rows',
} as const satisfies Record<keyof typeof id, string>;
