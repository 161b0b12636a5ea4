// Enumerations with the spellings agencies really use; the first key of each is the canonical value.
export const ENUMS = {
  sex: {
    L: ['L', 'Laki-laki', 'Laki laki', 'Lakilaki', 'Laki2', 'Laki', 'Lelaki', 'LK', 'Lk', 'Pria', 'M', 'Male'],
    P: ['P', 'Perempuan', 'PR', 'Pr', 'Wanita', 'W', 'F', 'Female'],
  },
  program: {
    PKH: ['PKH', 'Program Keluarga Harapan'],
    'BPNT/Sembako': ['BPNT', 'Sembako', 'Program Sembako', 'BPNT/Sembako', 'BPNT Sembako', 'Bantuan Pangan Non Tunai', 'Kartu Sembako'],
    BST: ['BST', 'Bantuan Sosial Tunai', 'Bansos Tunai'],
    'KIP/PIP': ['KIP', 'PIP', 'KIP/PIP', 'KIP PIP', 'Kartu Indonesia Pintar', 'Program Indonesia Pintar'],
    'PBI-JK': ['PBI-JK', 'PBI JK', 'PBIJK', 'BPJS PBI', 'PBI', 'PBI JKN', 'KIS PBI', 'KIS'],
  },
  basis_data: {
    DTKS: ['DTKS', 'Data Terpadu Kesejahteraan Sosial'],
    DTSEN: ['DTSEN', 'Data Tunggal Sosial dan Ekonomi Nasional'],
  },
  status_verifikasi: {
    diusulkan: ['diusulkan', 'usulan', 'usul', 'proposed'],
    diverifikasi_kelurahan: [
      'diverifikasi kelurahan',
      'verifikasi kelurahan',
      'terverifikasi kelurahan',
      'diverifikasi',
      'verified by kelurahan',
      'verified',
    ],
    disetujui_dinsos: ['disetujui dinsos', 'disetujui dinas sosial', 'disetujui', 'approved by dinsos', 'approved'],
    ditetapkan: ['ditetapkan', 'penetapan', 'sk', 'set', 'final'],
    ditolak: ['ditolak', 'tolak', 'tidak layak', 'rejected'],
  },
  status_penerima: {
    aktif: ['aktif', 'active', 'ya'],
    nonaktif: ['nonaktif', 'non aktif', 'tidak aktif', 'inactive'],
    meninggal: ['meninggal', 'meninggal dunia', 'md', 'wafat', 'alm', 'almh', 'deceased', 'dead'],
    pindah: ['pindah', 'pindah domisili', 'pindah alamat', 'moved'],
  },
  yesno: {
    Y: ['Y', 'Ya', 'Yes', 'Iya', '1', 'True', 'Benar', 'V'],
    N: ['N', 'Tidak', 'No', 'T', '0', 'False', 'Bukan', '-'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type EnumId = keyof typeof ENUMS;
export type EnumValue<E extends EnumId> = keyof (typeof ENUMS)[E] & string;

/** Verification stages in order; `ditolak` stands outside the order. */
export const VERIFICATION_ORDER: readonly EnumValue<'status_verifikasi'>[] = [
  'diusulkan',
  'diverifikasi_kelurahan',
  'disetujui_dinsos',
  'ditetapkan',
];
