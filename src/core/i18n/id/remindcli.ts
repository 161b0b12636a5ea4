// Bahasa Indonesia: the sinergi remind command.
export const remindcli = {
  'remindcli.opt.master': 'spreadsheet master (.xlsx unduhan Google Sheets, atau hasil sinergi consolidate)',
  'remindcli.opt.today': 'hari yang dipratinjau (YYYY-MM-DD); bawaan: hari ini di Asia/Jakarta',
  'remindcli.opt.quota':
    'kuota penerima surel hari itu (bawaan 100: batas harian MailApp untuk akun Google biasa; pemicu add-on memakai sisa kuota dari MailApp)',
  'remindcli.opt.format': 'keluaran: text, atau json (rencana lengkap)',
  'remindcli.help_after':
    'Baris perintah hanya menampilkan rencana; surel dikirim oleh pemicu harian add-on di spreadsheet master (menu Pengingat ▸ Aktifkan).',
  'remindcli.need_preview':
    'Baris perintah tidak mengirim surel: pengingat dikirim oleh pemicu harian add-on (menu Pengingat ▸ Aktifkan). Pakai --preview untuk melihat surel yang akan dikirim.',
  'remindcli.need_master': 'Sebutkan berkas master .xlsx, misalnya: sinergi remind --preview master.xlsx',
  'remindcli.head': 'Pratinjau pengingat {master} untuk {day}. Tidak ada surel yang dikirim dari sini.',
  'remindcli.quota': 'Kuota penerima: {quota}; surel yang akan dikirim: {mails}, memakai {used} dari kuota.',
  'remindcli.no_sources': 'Tidak ada sumber di master ini: isi sheet "Sumber Data" atau jalankan konsolidasi dulu.',
  'remindcli.none': 'Tidak ada surel yang dikirim hari ini.',
  'remindcli.mail': 'Surel {n} dari {total}',
  'remindcli.to': 'Kepada: {list}',
  'remindcli.cc': 'Tembusan: {list}',
  'remindcli.subject': 'Subjek: {subject}',
  'remindcli.deferred': 'Ditunda karena kuota habis, dikirim pada jalan berikutnya: {count}',
  'remindcli.deferred_line': '  Kepada {to}: {subject} (kuota: {cost})',
  'remindcli.skipped': 'Tidak dikirim:',
  'remindcli.skipped_line': '  {reason}: {count} ({opds})',
  'remindcli.skipped_line_bare': '  {reason}: {count}',
  'remindcli.more': ' dan {count} lainnya',
  'remindcli.problems': 'Masalah di sheet "{sheet}" (nilai bawaan dipakai):',
  'remindcli.problem_line': '  baris {row}: {message}',
} as const;
