// Bahasa Indonesia: messages of the cross-register programme checks.
export const crossprogram = {
  'program.code_duplicate':
    'Kode {code} tercatat {count} kali untuk OPD dan tahun yang sama (juga di {others}). Satu kode hanya boleh muncul sekali per OPD per tahun: hapus baris ganda atau gabungkan angkanya.',
  'program.overlap_opd':
    'Sub kegiatan ini juga direncanakan oleh OPD lain ({opds}; juga di {others}). Pastikan tidak ada kegiatan yang dianggarkan dua kali.',
  'program.overlap_opd.code':
    'Sub kegiatan {code} direncanakan oleh {count} OPD pada tahun yang sama ({opds}; juga di {others}). Pastikan pekerjaan yang sama tidak dianggarkan dua kali.',
  'program.overlap_opd.name':
    'Sub kegiatan "{name}" namanya sama atau hampir sama dengan sub kegiatan {count} OPD pada tahun yang sama ({opds}; juga di {others}). Pastikan pekerjaan yang sama tidak dianggarkan dua kali.',
  'program.rpjmd_unmapped':
    'Program {code} dan {count} sub kegiatan di bawahnya belum dipetakan ke misi atau sasaran RPJMD. Isi kolom misi/sasaran pada baris program (sub kegiatan mengikuti programnya) atau pada tiap sub kegiatan.',
  'program.rpjmd_unmapped.program':
    'Program {code} belum dipetakan ke misi atau sasaran RPJMD. Isi kolom misi/sasaran pada baris program ini.',
  'program.rpjmd_unmapped.misi_unknown':
    'Misi "{value}" tidak ada dalam daftar misi RPJMD pada sheet referensi. Tulis kode misi yang ada di RPJMD, misalnya 1 atau M1.',
  'program.rpjmd_unmapped.sasaran_unknown':
    'Sasaran "{value}" tidak ada dalam daftar sasaran RPJMD pada sheet referensi. Tulis kode sasaran yang ada di RPJMD, misalnya 1.2.',
  'program.code_unknown':
    'Kode {code} formatnya benar, tetapi tidak ada dalam referensi nomenklatur (Kepmendagri). Periksa kembali kodenya.',
  'program.behind_schedule': 'Realisasi fisik s.d. TW {tw} baru {actual}, di bawah rencana {expected} untuk TW {tw}.',
  'program.behind_schedule.carried':
    'Realisasi fisik s.d. TW {tw} belum diisi; angka terakhir (s.d. TW {atTw}) {actual}, di bawah rencana {expected} untuk TW {tw}.',
  'crossprogram.at_row': 'baris {row}',
  'crossprogram.at_sheet_row': 'sheet {sheet} baris {row}',
  'crossprogram.more': '{count} baris lainnya',
} as const;
