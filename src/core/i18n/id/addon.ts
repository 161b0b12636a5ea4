// Bahasa Indonesia: the add-on's menu and the words every add-on command shares.
export const addon = {
  'menu.setup': 'Siapkan register…',
  'menu.check_sheet': 'Periksa sheet ini',
  'menu.check_all': 'Periksa semua sheet (lintas sheet)',
  'menu.rollup': 'Rekap progres',
  'menu.consolidate': 'Konsolidasi sumber (TKPP)',
  'menu.reminders': 'Pengingat',
  'menu.reminders_on': 'Aktifkan',
  'menu.reminders_preview': 'Pratinjau',
  'menu.reminders_off': 'Matikan',
  'menu.sidebar': 'Panel temuan',
  'menu.clear_marks': 'Hapus tanda',
  'addon.coming': '"{feature}" hadir bersama pembaruan {issue}. Untuk sekarang belum ada yang diubah.',
} as const;
