// Bahasa Indonesia: messages of the program rules.
export const program = {
  'program.code_format':
    'Kode "{code}" tidak sesuai format kode Permendagri 90/2019. Kode sub kegiatan ditulis U.BB.PP.K.KK.SSSS, misalnya 1.05.02.2.03.0002; kode kegiatan 1.05.02.2.03; kode program 1.05.02.',
  'program.target_missing': 'Target indikator sub kegiatan ini belum diisi. Isi target kinerja yang direncanakan (angka lebih dari 0).',
  'program.target_missing.zero': 'Target indikator sub kegiatan ini 0. Isi target kinerja yang direncanakan (angka lebih dari 0).',
  'program.realisasi_exceeds_pagu':
    'Realisasi keuangan s.d. TW {tw} ({realisasi}) melebihi pagu ({pagu}). Periksa angka realisasi atau pagunya.',
  'program.fisik_range': 'Realisasi fisik s.d. TW {tw} tertulis {value}, padahal realisasi fisik adalah persen antara 0% dan 100%.',
  'program.cumulative_decrease':
    'Angka s.d. TW {tw} ({value}) lebih kecil dari angka s.d. TW {prevTw} ({prevValue}). Angka kumulatif (dihitung sejak awal tahun) tidak boleh turun.',
  'program.cumulative_decrease.keuangan':
    'Realisasi keuangan s.d. TW {tw} ({value}) lebih kecil dari realisasi s.d. TW {prevTw} ({prevValue}). Realisasi dicatat kumulatif (dihitung sejak awal tahun), jadi tidak boleh turun.',
  'program.cumulative_decrease.fisik':
    'Realisasi fisik s.d. TW {tw} ({value}) lebih kecil dari realisasi s.d. TW {prevTw} ({prevValue}). Realisasi dicatat kumulatif (dihitung sejak awal tahun), jadi tidak boleh turun.',
  'program.parent_sum_mismatch': 'Pagu baris ini ({pagu}) tidak sama dengan jumlah pagu {count} baris di bawahnya ({sum}); selisih {diff}.',
  'program.parent_sum_mismatch.kegiatan':
    'Pagu kegiatan ({pagu}) tidak sama dengan jumlah pagu {count} sub kegiatan di bawahnya ({sum}); selisih {diff}.',
  'program.parent_sum_mismatch.program':
    'Pagu program ({pagu}) tidak sama dengan jumlah pagu {count} kegiatan di bawahnya ({sum}); selisih {diff}.',
  'program.parent_sum_mismatch.program_sub':
    'Pagu program ({pagu}) tidak sama dengan jumlah pagu {count} sub kegiatan di bawahnya ({sum}); selisih {diff}.',
} as const;
