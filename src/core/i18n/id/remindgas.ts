// Bahasa Indonesia: reminders in the add-on: menu dialogs, preview, schedule sheet setup.
export const remindgas = {
  'remindgas.title': 'Pengingat terjadwal',
  'remindgas.failed': 'Pengaturan pengingat terhenti: {message}',
  'remindgas.sheet_created':
    'Sheet "{sheet}" dibuat dengan jadwal bawaan: periode laporan, tenggat dan hari pengingat per jenis register, serta alamat email TKPP. Ubah nilainya bila perlu.',
  'remindgas.on.daily':
    'Pengingat aktif untuk spreadsheet ini. Setiap hari sekitar pukul {hour}.00 WIB Sinergi mengirim email kepada kontak sumber yang terlambat atau datanya masih bergalat, sesuai sheet jadwal. Setiap kiriman dicatat di sheet log pengingat.',
  'remindgas.on.hourly':
    'Pengingat aktif untuk spreadsheet ini. Pemicu per jam konsolidasi terjadwal juga mengirim pengingat, sekali sehari pada pemicu pertama setelah pukul {hour}.00 WIB (setelah konsolidasi hari itu selesai). Setiap kiriman dicatat di sheet log pengingat.',
  'remindgas.already': 'Pengingat sudah aktif untuk spreadsheet ini; pemicunya tetap satu.',
  'remindgas.refused.too_many':
    'Pengingat tidak dapat diaktifkan: akun ini sudah memakai 20 pemicu (batas Google). Matikan jadwal di spreadsheet lain, lalu coba lagi. ({message})',
  'remindgas.refused.addon_limit':
    'Pengingat tidak dapat diaktifkan: Google hanya mengizinkan satu pemicu berkala per pengguna per spreadsheet untuk add-on, dan spreadsheet ini sudah punya pemicu lain. ({message})',
  'remindgas.refused.other': 'Pengingat tidak dapat diaktifkan: {message}',
  'remindgas.warn.schedule': 'Baris jadwal berikut tidak terbaca; nilai bawaan yang dipakai:',
  'remindgas.warn.no_tkpp': 'Perhatian: belum ada alamat email TKPP di sheet jadwal, jadi eskalasi dan ringkasan mingguan tidak terkirim.',
  'remindgas.warn.no_sources':
    'Perhatian: sheet "{sheet}" belum ada. Jalankan Konsolidasi sumber (TKPP) untuk membuatnya, lalu isi daftar sumbernya.',
  'remindgas.warn.no_active': 'Perhatian: belum ada sumber aktif di sheet "{sheet}", jadi belum ada yang diingatkan.',
  'remindgas.warn.no_contacts':
    'Perhatian: tidak ada sumber di sheet "{sheet}" yang punya email kontak yang valid. Isi kolom Email Kontak; tanpa itu pengingat hanya sampai ke TKPP pada langkah eskalasi.',
  'remindgas.warn.some_contacts': 'Perhatian: {count} dari {total} sumber aktif di sheet "{sheet}" belum punya email kontak yang valid.',
  'remindgas.off': 'Pengingat dimatikan untuk spreadsheet ini; pemicunya dihapus.',
  'remindgas.off_kept': 'Pengingat dimatikan untuk spreadsheet ini. Pemicu per jam tetap ada untuk konsolidasi terjadwal.',
  'remindgas.off_other':
    'Pengingat dimatikan untuk spreadsheet ini. Akun Anda tidak memegang pemicunya; bila pemicu dibuat oleh pengguna lain, pemicu itu tetap ada di akun mereka tetapi tidak mengirim apa pun.',
  'remindgas.busy':
    'Sinergi sedang mengubah jadwal atau menjalankan tugas terjadwal di spreadsheet ini. Tidak ada yang diubah; coba lagi dalam beberapa menit.',
  'remindgas.off_none': 'Pengingat memang belum aktif untuk spreadsheet ini; tidak ada yang diubah.',
  'remindgas.consolidation_off_kept': 'Pengingat tetap aktif: pemicunya kini berjalan sekali sehari sekitar pukul {hour}.00 WIB.',
  'remindgas.preview.title': 'Pratinjau pengingat',
  'remindgas.preview.on': 'Pengingat aktif: email di bawah ini akan terkirim hari ini pada pemicu pertama setelah pukul {hour}.00 WIB.',
  'remindgas.preview.off': 'Pengingat belum aktif: tidak ada yang terkirim sampai diaktifkan. Beginilah kiriman hari ini seandainya aktif.',
  'remindgas.preview.done_today': 'Pengingat hari ini sudah dijalankan; yang sudah terkirim tidak dikirim lagi.',
  'remindgas.preview.summary':
    '{date}: {send} email akan dikirim, {deferred} ditunda karena kuota, {skipped} dilewati. Sisa kuota email hari ini: {quota} penerima. Pratinjau ini tidak mengirim apa pun.',
  'remindgas.preview.none': 'Tidak ada email yang perlu dikirim hari ini.',
  'remindgas.preview.mail': 'Email {n} dari {total}',
  'remindgas.preview.to': 'Kepada',
  'remindgas.preview.cc': 'Tembusan',
  'remindgas.preview.subject': 'Subjek',
  'remindgas.preview.deferred': 'Ditunda ke hari berikutnya (kuota habis)',
  'remindgas.preview.skipped': 'Dilewati',
  // The setup dialog takes every setup.* key: the schedule sheet's button and the header note of the sheet it creates.
  'setup.ref.schedule': 'Jadwal pengingat',
  'setup.refsheet.schedule.note':
    'Jadwal pengingat Sinergi: per jenis register, periode laporan (bulanan/triwulanan), tenggat dalam hari setelah periode berakhir, hari pengingat relatif terhadap tenggat (langkah terakhir ditembuskan ke TKPP), serta alamat email TKPP. Kontak OPD diambil dari sheet "Sumber Data".',
} as const;
