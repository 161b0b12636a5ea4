// English: messages of the program rules.
import type { program as id } from '../id/program';

export const program = {
  'program.code_format':
    'Code "{code}" is not in the Permendagri 90/2019 form. A sub-kegiatan code is written U.BB.PP.K.KK.SSSS, e.g. 1.05.02.2.03.0002; a kegiatan code 1.05.02.2.03; a programme code 1.05.02.',
  'program.target_missing': 'The indicator target of this sub-kegiatan is empty. Enter the planned performance target (a number above 0).',
  'program.target_missing.zero': 'The indicator target of this sub-kegiatan is 0. Enter the planned performance target (a number above 0).',
  'program.realisasi_exceeds_pagu':
    'Financial realisation up to TW {tw} ({realisasi}) exceeds the budget ceiling (pagu, {pagu}). Check the realisation or the pagu.',
  'program.fisik_range': 'Physical realisation up to TW {tw} reads {value}, but physical realisation is a percentage between 0% and 100%.',
  'program.cumulative_decrease':
    'The figure up to TW {tw} ({value}) is lower than the figure up to TW {prevTw} ({prevValue}). Cumulative figures (counted from the start of the year) cannot fall.',
  'program.cumulative_decrease.keuangan':
    'Financial realisation up to TW {tw} ({value}) is lower than up to TW {prevTw} ({prevValue}). Realisation is cumulative (counted from the start of the year), so it cannot fall.',
  'program.cumulative_decrease.fisik':
    'Physical realisation up to TW {tw} ({value}) is lower than up to TW {prevTw} ({prevValue}). Realisation is cumulative (counted from the start of the year), so it cannot fall.',
  'program.parent_sum_mismatch':
    "This row's pagu ({pagu}) differs from the sum of the pagu of the {count} rows under it ({sum}); difference {diff}.",
  'program.parent_sum_mismatch.kegiatan':
    'The kegiatan pagu ({pagu}) differs from the sum of its {count} sub-kegiatan ({sum}); difference {diff}.',
  'program.parent_sum_mismatch.program':
    'The programme pagu ({pagu}) differs from the sum of its {count} kegiatan ({sum}); difference {diff}.',
  'program.parent_sum_mismatch.program_sub':
    'The programme pagu ({pagu}) differs from the sum of its {count} sub-kegiatan ({sum}); difference {diff}.',
} as const satisfies Record<keyof typeof id, string>;
