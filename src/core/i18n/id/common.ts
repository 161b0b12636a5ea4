// Bahasa Indonesia: words shared by every part of Sinergi.
export const common = {
  'app.name': 'Sinergi',
  'app.tagline': 'Register program dan penerima bantuan Kota Binjai: dibaca apa adanya, diperiksa, direkap.',
  'app.about':
    'Sinergi {version}\nMembaca sheet program dan penerima bantuan yang sudah dipakai OPD, lalu memeriksa setiap sel dengan alasan yang jelas.\nMerekap progres untuk TKPP Kota Binjai dan menyatukan workbook semua OPD tanpa server.',
  'menu.about': 'Tentang Sinergi',
  'hint.did_you_mean': 'Maksud Anda: "{suggestion}"?',
  'severity.error': 'galat',
  'severity.warning': 'peringatan',
  'severity.info': 'info',
} as const;
