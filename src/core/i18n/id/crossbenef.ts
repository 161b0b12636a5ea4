// Bahasa Indonesia: messages of the cross checks over beneficiary registers (duplicates, exclusive programmes, DTKS).
export const crossbenef = {
  'dup.nik.same_program':
    'NIK {nik} tercatat {count} kali di program {program} periode {periode}. Satu orang hanya satu baris per program dan periode: hapus baris gandanya.',
  'dup.nik.same_program.no_period':
    'NIK {nik} tercatat {count} kali di program {program} (periode tidak diisi). Satu orang hanya satu baris per program dan periode: hapus baris gandanya atau isi periodenya.',
  'dup.nik.same_program.no_program':
    'NIK {nik} tercatat {count} kali di sheet ini (kolom program tidak ada atau kosong). Satu orang hanya satu baris per program dan periode: hapus baris gandanya.',
  'dup.nik.name_conflict':
    'NIK {nik} tercatat dengan {count} nama berbeda di {rows} baris. Satu NIK hanya milik satu orang: cocokkan nama dan NIK dengan KTP atau KK, mungkin NIK salah ketik atau dipakai orang lain.',
  'dup.nik.name_conflict.spelling':
    'NIK {nik} tercatat dengan {count} ejaan nama yang berbeda satu huruf di {rows} baris. Samakan penulisan nama sesuai KTP.',
  'dup.person.different_nik':
    'Nama dan tanggal lahir yang sama tercatat dengan {count} NIK berbeda di {rows} baris. Kemungkinan satu orang terdaftar dua kali: periksa NIK yang benar di KTP atau KK (bisa juga dua orang berbeda, misalnya kembar).',
  'dup.nik.cross_program': 'NIK {nik} menerima {count} program: {programs}. Ini boleh, kecuali program yang saling meniadakan.',
  'exclusive.program':
    'NIK {nik} menerima {program} dan {other} pada periode {periode}, padahal kedua program itu tidak boleh diterima bersamaan. Pastikan hanya satu program yang disalurkan.',
  'exclusive.program.no_period':
    'NIK {nik} menerima {program} dan {other} (periode tidak diisi), padahal kedua program itu tidak boleh diterima bersamaan. Pastikan hanya satu program yang disalurkan, atau isi periodenya.',
  'exclusive.program.family':
    'Keluarga dengan KK {kk} menerima {program} dan {other} pada periode {periode} lewat anggota keluarga yang berbeda, padahal satu keluarga tidak boleh menerima kedua program itu bersamaan.',
  'exclusive.program.family_no_period':
    'Keluarga dengan KK {kk} menerima {program} dan {other} (periode tidak diisi) lewat anggota keluarga yang berbeda, padahal satu keluarga tidak boleh menerima kedua program itu bersamaan.',
  'dtks.not_listed':
    'NIK {nik} tidak ada di data rujukan DTKS/DTSEN. Bantuan sosial hanya untuk keluarga yang terdaftar: periksa NIK-nya, atau usulkan keluarga ini ke DTKS/DTSEN lebih dulu.',
  'dtks.desil': 'Desil {desil} melebihi batas program ini (paling tinggi desil {max}). Periksa kelayakan penerima atau desilnya.',
  'dtks.desil.extract':
    'Menurut data rujukan DTKS/DTSEN, penerima ini berada di desil {desil}, melebihi batas program ini (paling tinggi desil {max}). Periksa kelayakan penerima.',
} as const;
