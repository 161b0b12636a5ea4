// Bahasa Indonesia: words of the addonsetup area (the "Siapkan register" dialog, header notes, validation help, reference sheets).
export const addonsetup = {
  'setup.title': 'Siapkan register',
  'setup.tab.sheet': 'Sheet ini',
  'setup.sheet.empty': 'Sheet "{sheet}" masih kosong. Buat register baru di bawah, atau tulis judul kolom lebih dulu.',
  'setup.sheet.own': 'Sheet "{sheet}" adalah sheet Sinergi atau sheet referensi. Buka sheet register Anda lalu buka dialog ini lagi.',
  'setup.sheet.not_register':
    'Judul kolom register belum dikenali di sheet "{sheet}". Pilih jenis register, lalu pilih kolom untuk setiap isian wajib.',
  'setup.sheet.detected':
    'Sheet "{sheet}": {kind}, judul kolom di baris {row}. Periksa pasangan kolom di bawah, perbaiki bila keliru, lalu simpan.',
  'setup.sheet.ref_name':
    'Nama sheet ini memuat kata seperti DTKS, RPJMD atau Nomenklatur, sehingga Sinergi membacanya sebagai sheet referensi, bukan register. Ganti nama sheet agar diperiksa sebagai register.',
  'setup.sheet.missing': 'Sheet "{sheet}" tidak ditemukan. Mungkin sudah diganti namanya atau dihapus.',
  'setup.sheet.saved': 'Pemetaan yang pernah disimpan ikut dipakai.',
  'setup.kind.label': 'Jenis register',
  'setup.kind.beneficiary': 'register penerima bantuan',
  'setup.kind.program': 'register program/kegiatan',
  'setup.col.field': 'Isian register',
  'setup.col.column': 'Kolom di sheet',
  'setup.col.how': 'Dikenali dari',
  'setup.how.exact': 'nama kolom',
  'setup.how.fuzzy': 'nama mirip, periksa',
  'setup.how.stored': 'pemetaan tersimpan',
  'setup.how.override': 'pilihan Anda',
  'setup.how.none': '-',
  'setup.none': '(tidak ada kolom)',
  'setup.required': 'wajib',
  'setup.missing': 'Isian wajib belum punya kolom: {fields}.',
  'setup.ambiguous': 'Beberapa kolom cocok untuk {field}: {headers}. Pastikan pilihan di bawah benar.',
  'setup.numeric_ids':
    '{count} sel NIK/No. KK tersimpan sebagai angka. Sinergi tidak mengubah nilainya: setelah kolomnya diberi format teks, ketik ulang sel tersebut, karena angka 16 digit bisa kehilangan digit terakhir.',
  'setup.from_title': 'Tanpa kolom, dibaca dari judul sheet: {facts}.',
  'setup.moved_choice': 'Kolom "{header}" tadinya dipakai untuk {field}; isian itu kini tanpa kolom.',
  'setup.apply': 'Simpan pemetaan dan siapkan kolom',
  'setup.apply.explain':
    'Nilai Anda tidak dipindah atau diubah. Sinergi hanya menambah catatan pada judul kolom yang belum bercatatan, format teks pada kolom NIK/No. KK dan kode, serta daftar pilihan yang hanya memberi peringatan.',
  'setup.new.title': 'Buat register baru',
  'setup.new.name': 'Nama sheet',
  'setup.new.create': 'Buat sheet register',
  'setup.new.default.beneficiary': 'Penerima Bantuan',
  'setup.new.default.program': 'Program Kegiatan',
  'setup.ref.title': 'Sheet referensi',
  'setup.ref.intro':
    'Buat sheet referensi berisi judul kolom dan beberapa baris contoh bertanda CONTOH. Ganti baris contoh dengan data resmi sebelum memeriksa.',
  'setup.ref.rpjmd': 'RPJMD (misi dan sasaran)',
  'setup.ref.dtks': 'Ekstrak DTKS/DTSEN (NIK, desil)',
  'setup.ref.nomenclature': 'Nomenklatur kode program',
  'setup.ref.program_rules': 'Aturan program bansos',
  'setup.ref.settings': 'Pengaturan Sinergi',
  'setup.ref.dtks_warning':
    'Selama sheet DTKS ada, setiap NIK penerima yang tidak tercantum di dalamnya ditandai. Segera ganti baris contoh dengan ekstrak resmi.',
  'setup.working': 'Sedang bekerja…',
  'setup.close': 'Tutup',
  'setup.error': 'Gagal: {message}',

  'setup.result.applied':
    'Pemetaan sheet "{sheet}" disimpan ({mapped} kolom). Format teks pada {text} kolom, daftar pilihan atau pemeriksaan pada {rules} kolom, catatan baru pada {notes} judul kolom.',
  'setup.result.kept_rules': '{count} aturan validasi milik Anda dibiarkan.',
  'setup.result.no_sheet': 'Sheet "{sheet}" tidak ditemukan. Mungkin sudah diganti namanya atau dihapus.',
  'setup.result.no_header':
    'Judul kolom register tidak dikenali di sheet "{sheet}". Pilih kolom setidaknya untuk isian wajib, lalu simpan lagi.',
  'setup.result.own': 'Sheet "{sheet}" adalah sheet Sinergi atau sheet referensi; Sinergi tidak memetakannya sebagai register.',
  'setup.result.created': 'Sheet "{sheet}" dibuat: {columns} kolom dengan catatan, format dan daftar pilihan.',
  'setup.result.reused': 'Sheet kosong "{sheet}" disiapkan sebagai register: {columns} kolom.',
  'setup.result.exists':
    'Sheet bernama "{sheet}" sudah ada dan berisi data. Pilih nama lain, atau buka sheet itu dan pakai bagian "Sheet ini" untuk memetakan kolomnya.',
  'setup.result.reserved': 'Nama "{sheet}" dipakai Sinergi untuk sheetnya sendiri. Pilih nama lain.',
  'setup.result.ref_name':
    'Nama "{sheet}" memuat kata seperti DTKS, RPJMD atau Nomenklatur, sehingga sheet itu akan dibaca sebagai sheet referensi. Pilih nama lain.',
  'setup.result.bad_name': 'Nama sheet harus diisi, paling panjang 100 karakter.',
  'setup.result.ref_created': 'Sheet referensi "{sheet}" dibuat dengan {rows} baris contoh bertanda CONTOH. Ganti dengan data resmi.',
  'setup.result.ref_created_plain': 'Sheet referensi "{sheet}" dibuat dengan {rows} baris. Ubah nilainya sesuai kebutuhan.',
  'setup.result.ref_exists': 'Sheet referensi "{sheet}" sudah ada; isinya tidak diubah.',
  'setup.result.bad_request': 'Permintaan tidak dikenali.',

  'setup.note.required': 'wajib diisi',
  'setup.note.optional': 'boleh kosong',
  'setup.note.list': 'Pilih dari daftar: {values}.',
  'setup.note.nik':
    'Tulis 16 angka NIK sebagai teks (kolom ini berformat teks), tanpa spasi atau titik. NIK yang diketik sebagai angka bisa kehilangan digit terakhir.',
  'setup.note.no_kk': 'Tulis 16 angka nomor Kartu Keluarga sebagai teks (kolom ini berformat teks).',
  'setup.note.kelurahan': 'Pilih salah satu dari 37 kelurahan Kota Binjai.',
  'setup.note.kecamatan': 'Pilih salah satu dari 5 kecamatan Kota Binjai; harus sesuai dengan kelurahannya.',
  'setup.note.rt': 'Nomor RT sebagai teks, misalnya 003.',
  'setup.note.rw': 'Nomor RW atau lingkungan sebagai teks, misalnya 02.',
  'setup.note.desil': 'Desil kesejahteraan keluarga menurut DTKS/DTSEN, angka 1 sampai 10 (bansos umumnya desil 1-4).',
  'setup.note.program': 'Pilih program dari daftar. Program daerah lain dapat ditambahkan di sheet "Aturan Program".',
  'setup.note.status_verifikasi':
    'Tahap: diusulkan, diverifikasi kelurahan, disetujui dinsos, ditetapkan; atau ditolak. Tahap tidak boleh mundur.',
  'setup.note.status_penerima': 'Penerima yang meninggal atau pindah tidak boleh tetap aktif atau menerima bantuan.',
  'setup.note.kode':
    'Kode Permendagri 90/2019 sebagai teks: program 1.06.04, kegiatan 1.06.04.2.01, sub kegiatan 1.06.04.2.01.0001. Tingkat baris dibaca dari kodenya.',
  'setup.note.misi': 'Kode misi RPJMD, misalnya M1 (lihat sheet RPJMD).',
  'setup.note.sasaran': 'Kode sasaran RPJMD, misalnya S1.1 (lihat sheet RPJMD).',
  'setup.note.target': 'Target indikator, angka lebih dari 0.',
  'setup.note.pagu': 'Pagu anggaran dalam rupiah. Pagu program dan kegiatan sama dengan jumlah sub kegiatannya.',
  'setup.note.realisasi_keuangan':
    'Kumulatif sampai akhir triwulan, dalam rupiah: tidak turun dari triwulan sebelumnya dan tidak melebihi pagu.',
  'setup.note.realisasi_fisik': 'Persentase kumulatif 0 sampai 100 sampai akhir triwulan; tidak turun dari triwulan sebelumnya.',
  'setup.note.pariwisata': 'Y bila program membawa merek pariwisata kota, N bila tidak.',

  'setup.help.list': 'Pilih dari daftar. Nilai lain tetap tersimpan; Sinergi memeriksanya saat sheet diperiksa.',
  'setup.help.date': 'Isi tanggal, misalnya 17/08/1980. Nilai lain tetap tersimpan; Sinergi memeriksanya saat sheet diperiksa.',
  'setup.help.number': 'Isi angka {min} sampai {max}. Nilai lain tetap tersimpan; Sinergi memeriksanya saat sheet diperiksa.',
  'setup.protect': 'Judul kolom register. Mengganti judul kolom dapat memutus pemetaan kolom.',

  'setup.refsheet.rpjmd.title': 'RPJMD Kota Binjai {period}. Baris bertanda CONTOH: ganti dengan misi dan sasaran resmi.',
  'setup.refsheet.dtks.title':
    'Ekstrak DTKS/DTSEN. Baris bertanda CONTOH harus diganti dengan ekstrak resmi: NIK yang tidak tercantum di sini ditandai.',
  'setup.refsheet.nomenclature.title':
    'Nomenklatur program, kegiatan dan sub kegiatan (Permendagri 90/2019). Baris CONTOH: ganti dengan daftar resmi.',
  'setup.refsheet.program_rules.title': 'Aturan program bansos: batas desil, rentang usia dan program yang tidak boleh diterima bersamaan.',
  'setup.refsheet.settings.title': 'Pengaturan Sinergi. Ubah nilainya; jangan ubah kolom "Pengaturan".',
  'setup.refsheet.settings.admins': 'Email admin TKPP, pisahkan dengan titik koma.',
  'setup.refsheet.settings.period': 'Periode RPJMD yang berlaku.',
  'setup.refsheet.settings.vision': 'Visi RPJMD.',
  'setup.refsheet.settings.year': 'Tahun anggaran yang sedang dilaporkan.',
  'setup.refsheet.settings.current': 'Periode pelaporan yang sedang berjalan.',
  'setup.refsheet.bst': 'BST (2020-2021) hanya untuk keluarga yang bukan penerima PKH atau BPNT/Sembako.',
  'setup.refsheet.kip': 'KIP/PIP untuk anak usia 6-21 tahun.',
} as const;
