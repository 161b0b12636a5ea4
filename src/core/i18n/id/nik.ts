// Bahasa Indonesia: messages of the nik and kk rules. The NIK/KK shown is always masked; {count} is how many digits were read.
export const nik = {
  'nik.format': 'NIK {value} tidak lengkap atau kelebihan angka: NIK harus 16 angka, yang terbaca {count} angka. Salin ulang dari KTP.',
  'nik.format.junk': 'NIK {value} berisi huruf atau tanda selain angka ({count} angka terbaca). Isi NIK dengan 16 angka saja, sesuai KTP.',
  'nik.format.none': 'Sel NIK tidak berisi angka. Isi NIK dengan 16 angka sesuai KTP.',
  'nik.format.number':
    "NIK sudah berubah menjadi angka biasa (misalnya tampil sebagai 1,27501E+15) sehingga angka-angkanya hilang. Ketik ulang NIK dari KTP sebagai teks (format sel Teks, atau awali dengan tanda petik ').",
  'nik.stored_as_number':
    "NIK {value} tersimpan sebagai angka, bukan teks, dan angka terakhirnya mungkin sudah hilang (spreadsheet hanya menyimpan 15 angka dengan tepat). Ketik ulang NIK dari KTP sebagai teks (format sel Teks, atau awali dengan tanda petik ').",
  'nik.stored_as_number.intact':
    'NIK {value} tersimpan sebagai angka, bukan teks. Angkanya masih utuh, tetapi ubah format sel menjadi Teks agar angka terakhir tidak hilang saat disalin atau dibuka di Excel.',
  'nik.region': 'Kode kabupaten/kota {code} pada NIK {value} (angka ke-1 sampai ke-4) tidak terdaftar di Kemendagri. Periksa NIK pada KTP.',
  'nik.region.province': 'Kode provinsi {code} pada NIK {value} (angka ke-1 dan ke-2) tidak terdaftar di Kemendagri. Periksa NIK pada KTP.',
  'nik.region.kecamatan':
    'Kode kecamatan {code} pada NIK {value} (angka ke-5 dan ke-6) tidak ada di Kota Binjai, yang kecamatannya bernomor 01 sampai 05. Periksa NIK pada KTP.',
  'nik.birthdate': 'Tanggal lahir pada NIK {value} (angka ke-7 sampai ke-12) tidak ada di kalender: {date}. Periksa NIK pada KTP.',
  'nik.birthdate.day':
    'Tanggal lahir pada NIK {value} tidak mungkin: angka ke-7 dan ke-8 bernilai {day}, padahal harus 01-31 (laki-laki) atau 41-71 (perempuan, tanggal ditambah 40). Periksa NIK pada KTP.',
  'nik.birthdate.month':
    'Bulan lahir pada NIK {value} tidak mungkin: angka ke-9 dan ke-10 bernilai {month}, padahal harus 01-12. Periksa NIK pada KTP.',
  'nik.serial': 'Nomor urut NIK {value} (4 angka terakhir) adalah 0000, padahal nomor urut dimulai dari 0001. Periksa NIK pada KTP.',
  'nik.dob_mismatch': 'Tanggal lahir {date} tidak sama dengan tanggal lahir yang tercantum dalam NIK {value} ({nikDate}). Periksa KTP.',
  'nik.sex_mismatch':
    'Jenis kelamin tertulis L (laki-laki), tetapi NIK {value} adalah NIK perempuan (tanggal lahirnya ditambah 40). Periksa KTP.',
  'nik.sex_mismatch.male':
    'Jenis kelamin tertulis P (perempuan), tetapi NIK {value} adalah NIK laki-laki (tanggal lahirnya tidak ditambah 40). Periksa KTP.',
  'kk.format':
    'No. KK {value} tidak lengkap atau kelebihan angka: No. KK harus 16 angka, yang terbaca {count} angka. Salin ulang dari Kartu Keluarga.',
  'kk.format.junk':
    'No. KK {value} berisi huruf atau tanda selain angka ({count} angka terbaca). Isi No. KK dengan 16 angka saja, sesuai Kartu Keluarga.',
  'kk.format.none': 'Sel No. KK tidak berisi angka. Isi No. KK dengan 16 angka sesuai Kartu Keluarga.',
  'kk.format.number':
    "No. KK sudah berubah menjadi angka biasa (misalnya tampil sebagai 1,27502E+15) sehingga angka-angkanya hilang. Ketik ulang No. KK dari Kartu Keluarga sebagai teks (format sel Teks, atau awali dengan tanda petik ').",
  'kk.stored_as_number':
    "No. KK {value} tersimpan sebagai angka, bukan teks, dan angka terakhirnya mungkin sudah hilang (spreadsheet hanya menyimpan 15 angka dengan tepat). Ketik ulang No. KK dari Kartu Keluarga sebagai teks (format sel Teks, atau awali dengan tanda petik ').",
  'kk.stored_as_number.intact':
    'No. KK {value} tersimpan sebagai angka, bukan teks. Angkanya masih utuh, tetapi ubah format sel menjadi Teks agar angka terakhir tidak hilang saat disalin atau dibuka di Excel.',
  'kk.region':
    'Kode kabupaten/kota {code} pada No. KK {value} (angka ke-1 sampai ke-4) tidak terdaftar di Kemendagri. Periksa Kartu Keluarga.',
  'kk.region.province':
    'Kode provinsi {code} pada No. KK {value} (angka ke-1 dan ke-2) tidak terdaftar di Kemendagri. Periksa Kartu Keluarga.',
  'kk.region.kecamatan':
    'Kode kecamatan {code} pada No. KK {value} (angka ke-5 dan ke-6) tidak ada di Kota Binjai, yang kecamatannya bernomor 01 sampai 05. Periksa Kartu Keluarga.',
  'kk.date': 'Tanggal pencatatan pada No. KK {value} (angka ke-7 sampai ke-12) tidak ada di kalender: {date}. Periksa Kartu Keluarga.',
  'kk.date.day':
    'Tanggal pencatatan pada No. KK {value} tidak mungkin: angka ke-7 dan ke-8 bernilai {day}, padahal harus 01-31. Periksa Kartu Keluarga.',
  'kk.date.month':
    'Bulan pencatatan pada No. KK {value} tidak mungkin: angka ke-9 dan ke-10 bernilai {month}, padahal harus 01-12. Periksa Kartu Keluarga.',
  'kk.date.future': 'Tanggal pencatatan pada No. KK {value} ({date}) belum terjadi. Periksa Kartu Keluarga.',
} as const;
