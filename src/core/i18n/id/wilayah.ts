// Bahasa Indonesia: messages of the wilayah rules. Names here are Binjai's official place names, never the cell's text.
export const wilayah = {
  'wilayah.kelurahan_unknown': 'Kelurahan ini bukan salah satu dari 37 kelurahan di Kota Binjai.',
  'wilayah.kecamatan_mismatch': 'Kelurahan {kelurahan} berada di Kecamatan {expected}, bukan di Kecamatan {kecamatan}.',
  'wilayah.kecamatan_mismatch.unknown':
    'Kecamatan ini bukan salah satu dari 5 kecamatan di Kota Binjai (Binjai Utara, Binjai Kota, Binjai Barat, Binjai Timur, Binjai Selatan).',
} as const;
