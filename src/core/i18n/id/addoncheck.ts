// Bahasa Indonesia: words of the addoncheck area (Periksa, the findings sheet, cell marks, onEdit).
export const addoncheck = {
  'check.findings.title_sheet': 'Periksa sheet "{sheet}", {date}: {errors} galat, {warnings} peringatan, {infos} info',
  'check.findings.title_all': 'Periksa semua sheet ({registers} register), {date}: {errors} galat, {warnings} peringatan, {infos} info',
  'check.findings.col.rule': 'Aturan',
  'check.findings.col.severity': 'Tingkat',
  'check.findings.col.sheet': 'Sheet',
  'check.findings.col.cell': 'Sel',
  'check.findings.col.message': 'Pesan',
  'check.findings.col.places': 'Tempat lain',
  'check.findings.none': 'Tidak ada temuan.',
  'check.findings.row': 'baris {row}',
  'check.done_sheet':
    'Sheet "{sheet}" selesai diperiksa: {errors} galat, {warnings} peringatan, {infos} info. Rinciannya di sheet "{findings}".',
  'check.done_sheet_clean': 'Sheet "{sheet}" selesai diperiksa: tidak ada temuan.',
  'check.done_all':
    'Selesai memeriksa {registers} register: {errors} galat, {warnings} peringatan, {infos} info. Rinciannya di sheet "{findings}".',
  'check.done_no_register':
    'Tidak ada sheet yang dikenali sebagai register. Pakai Sinergi › Siapkan register… untuk memetakan kolom sheet Anda.',
  'check.not_register.title': 'Sheet ini belum dikenali sebagai register',
  'check.not_register':
    'Sheet "{sheet}" tidak dikenali sebagai register. Sinergi mengenali register dari baris judul kolom di 10 baris pertama, misalnya NIK, No. KK dan Nama untuk daftar penerima bantuan, atau Kode, Uraian dan Pagu untuk program/kegiatan. Pakai Sinergi › Siapkan register… untuk memetakan kolom sheet ini, lalu periksa lagi.',
  'check.own_sheet.title': 'Sheet milik Sinergi',
  'check.own_sheet':
    '"{sheet}" adalah sheet yang dibuat Sinergi, bukan register. Buka sheet register Anda, lalu jalankan Periksa sheet ini.',
  'check.continue.title': 'Pemeriksaan berlanjut bertahap',
  'check.continue':
    'Workbook ini besar. Temuan sudah ditulis; penandaan sel baru {percent}% selesai. Untuk memeriksa workbook sebesar ini, buka Sinergi › Panel temuan dan periksa bertahap dari sana.',
  'check.busy.title': 'Sinergi sedang bekerja',
  'check.busy': 'Sinergi sedang menjalankan perintah lain di spreadsheet ini. Coba lagi sebentar lagi.',
  'check.refused': 'Sebagian sel di sheet {sheets} dilindungi, jadi tandanya tidak bisa dipasang; temuannya tetap ada di daftar.',
  'check.chunk.progress': 'Menandai sel… {percent}%',
  'check.chunk.idle': 'Tidak ada pemeriksaan yang sedang berjalan.',
  'marks.cleared': '{count} tanda Sinergi dihapus. Catatan dan warna Anda sendiri tetap.',
  'marks.none': 'Tidak ada tanda Sinergi untuk dihapus.',
  'marks.col.sheet_id': 'ID sheet',
  'marks.col.cell': 'Sel',
  'marks.col.orig_bg': 'Warna asli',
  'marks.col.orig_note': 'Catatan asli',
  'marks.col.bg': 'Warna Sinergi',
  'marks.col.note': 'Catatan Sinergi',
  'marks.col.items': 'Temuan',
  'marks.col.pending_sheet_id': 'ID sheet (antre)',
  'marks.col.pending_cell': 'Sel (antre)',
  'marks.col.pending_items': 'Temuan (antre)',
  'edit.too_many': '{rows} baris berubah sekaligus, terlalu banyak untuk diperiksa otomatis. Jalankan Sinergi › Periksa sheet ini.',
} as const;
