// English: messages of the wilayah rules.
import type { wilayah as id } from '../id/wilayah';

export const wilayah = {
  'wilayah.kelurahan_unknown': 'This kelurahan is not one of the 37 kelurahan of Kota Binjai.',
  'wilayah.kecamatan_mismatch': 'Kelurahan {kelurahan} lies in Kecamatan {expected}, not in Kecamatan {kecamatan}.',
  'wilayah.kecamatan_mismatch.unknown':
    'This kecamatan is not one of the 5 kecamatan of Kota Binjai (Binjai Utara, Binjai Kota, Binjai Barat, Binjai Timur, Binjai Selatan).',
} as const satisfies Record<keyof typeof id, string>;
