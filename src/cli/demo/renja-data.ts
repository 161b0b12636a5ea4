// Programme trees of five OPDs in Permendagri 90/2019 code shapes (U.BB.PP.K.KK.SSSS); names follow the nomenclature or are plausible.

/** Sub-kegiatan: code, name, indicator, unit, target. */
export type SubDef = readonly [string, string, string, string, number];
export interface KegDef {
  code: string;
  name: string;
  subs: readonly SubDef[];
}
export interface ProgDef {
  code: string;
  name: string;
  indikator: string;
  satuan: string;
  target: number;
  misi: string;
  sasaran: string;
  kegs: readonly KegDef[];
}
export interface OpdDef {
  key: 'dinsos' | 'dinkes' | 'disdik' | 'dispar' | 'pupr';
  name: string;
  progs: readonly ProgDef[];
}

const PENUNJANG = 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA';

/** Every OPD's Program Penunjang (code BB.01): the same kegiatan under each OPD's own urusan code. */
function penunjang(bidang: string, extra: readonly KegDef[] = []): ProgDef {
  return {
    code: `${bidang}.01`,
    name: PENUNJANG,
    indikator: 'Nilai SAKIP Perangkat Daerah',
    satuan: 'nilai',
    target: 75,
    misi: '1',
    sasaran: '1.1',
    kegs: [
      {
        code: `${bidang}.01.2.01`,
        name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        subs: [
          [`${bidang}.01.2.01.0001`, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Jumlah dokumen perencanaan', 'dokumen', 3],
          [`${bidang}.01.2.01.0007`, 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah laporan evaluasi kinerja', 'laporan', 4],
        ],
      },
      {
        code: `${bidang}.01.2.02`,
        name: 'Administrasi Keuangan Perangkat Daerah',
        subs: [
          [
            `${bidang}.01.2.02.0001`,
            'Penyediaan Gaji dan Tunjangan ASN',
            'Jumlah orang yang menerima gaji dan tunjangan ASN',
            'orang/bulan',
            12,
          ],
        ],
      },
      ...extra,
    ],
  };
}

export const OPDS: readonly OpdDef[] = [
  {
    key: 'dinsos',
    name: 'DINAS SOSIAL',
    progs: [
      penunjang('1.06'),
      {
        code: '1.06.04',
        name: 'PROGRAM REHABILITASI SOSIAL',
        indikator: 'Persentase PPKS yang memperoleh rehabilitasi sosial dasar',
        satuan: '%',
        target: 85,
        misi: '3',
        sasaran: '3.1',
        kegs: [
          {
            code: '1.06.04.2.01',
            name: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
            subs: [
              ['1.06.04.2.01.0001', 'Penyediaan Permakanan', 'Jumlah orang yang mendapatkan permakanan', 'orang', 150],
              ['1.06.04.2.01.0002', 'Penyediaan Sandang', 'Jumlah paket sandang yang disalurkan', 'paket', 120],
              ['1.06.04.2.01.0004', 'Penyediaan Alat Bantu', 'Jumlah alat bantu yang disalurkan', 'unit', 40],
            ],
          },
        ],
      },
      {
        code: '1.06.05',
        name: 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL',
        indikator: 'Persentase keluarga miskin yang terdata dalam DTSEN',
        satuan: '%',
        target: 95,
        misi: '3',
        sasaran: '3.1',
        kegs: [
          {
            code: '1.06.05.2.02',
            name: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
            subs: [
              [
                '1.06.05.2.02.0001',
                'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota',
                'Jumlah rumah tangga yang didata',
                'rumah tangga',
                5000,
              ],
              [
                '1.06.05.2.02.0002',
                'Verifikasi dan Validasi Data Kesejahteraan Sosial',
                'Jumlah usulan yang diverifikasi',
                'keluarga',
                3000,
              ],
            ],
          },
        ],
      },
      {
        code: '1.06.06',
        name: 'PROGRAM PENANGANAN BENCANA',
        indikator: 'Persentase korban bencana yang terpenuhi kebutuhan dasarnya',
        satuan: '%',
        target: 100,
        misi: '3',
        sasaran: '3.1',
        kegs: [
          {
            code: '1.06.06.2.01',
            name: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
            subs: [
              ['1.06.06.2.01.0001', 'Penyediaan Makanan bagi Korban Bencana', 'Jumlah paket makanan', 'paket', 500],
              [
                '1.06.06.2.01.0005',
                'Penyediaan Perlengkapan Keluarga Korban Bencana',
                'Jumlah keluarga yang menerima perlengkapan',
                'keluarga',
                80,
              ],
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'dinkes',
    name: 'DINAS KESEHATAN',
    progs: [
      penunjang('1.02'),
      {
        code: '1.02.02',
        name: 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
        indikator: 'Persentase fasilitas kesehatan yang terakreditasi',
        satuan: '%',
        target: 90,
        misi: '2',
        sasaran: '2.1',
        kegs: [
          {
            code: '1.02.02.2.01',
            name: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
            subs: [
              [
                '1.02.02.2.01.0014',
                'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan',
                'Jumlah paket alat kesehatan',
                'paket',
                6,
              ],
              ['1.02.02.2.01.0020', 'Rehabilitasi dan Pemeliharaan Puskesmas', 'Jumlah puskesmas yang direhabilitasi', 'unit', 3],
            ],
          },
          {
            code: '1.02.02.2.02',
            name: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
            subs: [
              [
                '1.02.02.2.02.0001',
                'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
                'Jumlah ibu hamil yang mendapatkan pelayanan',
                'orang',
                4200,
              ],
              ['1.02.02.2.02.0004', 'Pengelolaan Pelayanan Kesehatan Balita', 'Jumlah balita yang mendapatkan pelayanan', 'orang', 15000],
              [
                '1.02.02.2.02.0035',
                'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat',
                'Jumlah balita gizi kurang yang ditangani',
                'orang',
                800,
              ],
              ['1.02.02.2.02.0020', 'Pengelolaan Jaminan Kesehatan Masyarakat', 'Jumlah peserta PBI-JK yang dibiayai APBD', 'orang', 25000],
            ],
          },
        ],
      },
      {
        code: '1.02.05',
        name: 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN',
        indikator: 'Persentase posyandu aktif',
        satuan: '%',
        target: 80,
        misi: '2',
        sasaran: '2.1',
        kegs: [
          {
            code: '1.02.05.2.01',
            name: 'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota',
            subs: [
              [
                '1.02.05.2.01.0001',
                'Peningkatan Upaya Advokasi Kesehatan dan Peran serta Masyarakat',
                'Jumlah kegiatan advokasi',
                'kegiatan',
                12,
              ],
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'disdik',
    name: 'DINAS PENDIDIKAN',
    progs: [
      penunjang('1.01', [
        // Its only sub-kegiatan is the malformed code seen in public data (planted); the kegiatan is judged by nothing else.
        {
          code: '1.01.01.2.05',
          name: 'Administrasi Kepegawaian Perangkat Daerah',
          subs: [['1.01.01.02.01.0001', 'Pendataan dan Pengolahan Administrasi Kepegawaian', 'Jumlah dokumen kepegawaian', 'dokumen', 12]],
        },
      ]),
      {
        code: '1.01.02',
        name: 'PROGRAM PENGELOLAAN PENDIDIKAN',
        indikator: 'Angka partisipasi murni SD/SMP',
        satuan: '%',
        target: 98,
        misi: '2',
        sasaran: '2.2',
        kegs: [
          {
            code: '1.01.02.2.01',
            name: 'Pengelolaan Pendidikan Sekolah Dasar',
            subs: [
              ['1.01.02.2.01.0009', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 'Jumlah ruang kelas yang direhabilitasi', 'ruang', 24],
              [
                '1.01.02.2.01.0023',
                'Penyediaan Biaya Personil Peserta Didik Sekolah Dasar',
                'Jumlah peserta didik yang dibiayai',
                'siswa',
                18000,
              ],
            ],
          },
          {
            code: '1.01.02.2.02',
            name: 'Pengelolaan Pendidikan Sekolah Menengah Pertama',
            subs: [
              ['1.01.02.2.02.0002', 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas baru', 'ruang', 8],
              ['1.01.02.2.02.0025', 'Pengadaan Perlengkapan Peserta Didik', 'Jumlah paket perlengkapan', 'paket', 1200],
            ],
          },
        ],
      },
      {
        code: '1.01.03',
        name: 'PROGRAM PENGEMBANGAN KURIKULUM',
        indikator: 'Persentase satuan pendidikan yang menerapkan kurikulum muatan lokal',
        satuan: '%',
        target: 100,
        misi: '2',
        sasaran: '2.2',
        kegs: [
          {
            code: '1.01.03.2.01',
            name: 'Penetapan Kurikulum Muatan Lokal Pendidikan Dasar',
            subs: [['1.01.03.2.01.0001', 'Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar', 'Jumlah dokumen kurikulum', 'dokumen', 2]],
          },
        ],
      },
    ],
  },
  {
    key: 'dispar',
    name: 'DINAS PARIWISATA',
    progs: [
      penunjang('3.26'),
      {
        code: '3.26.02',
        name: 'PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA',
        indikator: 'Jumlah kunjungan wisatawan',
        satuan: 'orang',
        target: 120000,
        misi: '5',
        sasaran: '5.1',
        kegs: [
          {
            code: '3.26.02.2.01',
            name: 'Pengelolaan Daya Tarik Wisata Kabupaten/Kota',
            subs: [
              ['3.26.02.2.01.0001', 'Pembangunan Sarana Daya Tarik Wisata', 'Jumlah daya tarik wisata yang dikembangkan', 'lokasi', 2],
              ['3.26.02.2.01.0004', 'Pengelolaan Informasi Destinasi Wisata', 'Jumlah dokumen informasi wisata', 'dokumen', 1],
            ],
          },
        ],
      },
      {
        code: '3.26.03',
        name: 'PROGRAM PEMASARAN PARIWISATA',
        indikator: 'Jumlah event pariwisata berskala regional',
        satuan: 'event',
        target: 3,
        misi: '5',
        sasaran: '5.1',
        kegs: [
          {
            code: '3.26.03.2.01',
            name: 'Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota',
            subs: [
              [
                '3.26.03.2.01.0001',
                'Penyediaan Data dan Penyebaran Informasi Pariwisata Kabupaten/Kota',
                'Jumlah materi promosi',
                'paket',
                4,
              ],
              [
                '3.26.03.2.01.0003',
                'Penyelenggaraan Festival Rambutan dan Event Pariwisata',
                'Jumlah event yang diselenggarakan',
                'event',
                3,
              ],
            ],
          },
        ],
      },
      {
        code: '3.26.04',
        name: 'PROGRAM PENGEMBANGAN EKONOMI KREATIF MELALUI PEMANFAATAN DAN PERLINDUNGAN HAK KEKAYAAN INTELEKTUAL',
        indikator: 'Jumlah pelaku ekonomi kreatif yang difasilitasi',
        satuan: 'orang',
        target: 150,
        misi: '3',
        sasaran: '3.2',
        kegs: [
          {
            code: '3.26.04.2.01',
            name: 'Penyediaan Prasarana sebagai Ruang Berekspresi, Berpromosi dan Berinteraksi bagi Insan Kreatif Kabupaten/Kota',
            subs: [
              ['3.26.04.2.01.0001', 'Fasilitasi Ruang Kreatif bagi Pelaku Ekonomi Kreatif', 'Jumlah kegiatan ruang kreatif', 'kegiatan', 6],
              ['3.26.04.2.01.0007', 'Pelatihan Kemasan Produk Olahan Rambutan', 'Jumlah pelaku usaha yang dilatih', 'orang', 60],
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'pupr',
    name: 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG',
    progs: [
      penunjang('1.03'),
      {
        code: '1.03.06',
        name: 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE',
        indikator: 'Persentase saluran drainase dalam kondisi baik',
        satuan: '%',
        target: 70,
        misi: '4',
        sasaran: '4.1',
        kegs: [
          {
            code: '1.03.06.2.01',
            name: 'Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota',
            subs: [
              ['1.03.06.2.01.0001', 'Pembangunan Sistem Drainase Perkotaan', 'Panjang saluran drainase yang dibangun', 'meter', 2500],
              ['1.03.06.2.01.0002', 'Pemeliharaan Sistem Drainase Perkotaan', 'Panjang saluran drainase yang dipelihara', 'meter', 8000],
            ],
          },
        ],
      },
      {
        code: '1.03.10',
        name: 'PROGRAM PENYELENGGARAAN JALAN',
        indikator: 'Persentase jalan kota dalam kondisi mantap',
        satuan: '%',
        target: 82,
        misi: '4',
        sasaran: '4.1',
        kegs: [
          {
            code: '1.03.10.2.01',
            name: 'Penyelenggaraan Jalan Kabupaten/Kota',
            subs: [
              ['1.03.10.2.01.0001', 'Pembangunan Jalan', 'Panjang jalan yang dibangun', 'km', 3],
              ['1.03.10.2.01.0017', 'Rehabilitasi Jalan', 'Panjang jalan yang direhabilitasi', 'km', 12],
              ['1.03.10.2.01.0020', 'Pemeliharaan Berkala Jalan', 'Panjang jalan yang dipelihara', 'km', 25],
            ],
          },
        ],
      },
    ],
  },
];

/** RPJMD 2025-2029: vision, misi and sasaran (codes are what Renja rows carry). */
export const RPJMD = {
  visi: 'Binjai Maju, Sejahtera, dan Berkelanjutan',
  misi: [
    ['1', 'Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani berbasis digital'],
    ['2', 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berdaya saing'],
    ['3', 'Mewujudkan kesejahteraan sosial dan ekonomi masyarakat yang inklusif'],
    ['4', 'Meningkatkan infrastruktur kota yang merata dan berwawasan lingkungan'],
    ['5', 'Mengembangkan pariwisata, budaya, dan kehidupan beragama yang harmonis'],
  ],
  sasaran: [
    ['1.1', 'Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah'],
    ['1.2', 'Meningkatnya kualitas pelayanan publik'],
    ['2.1', 'Meningkatnya derajat kesehatan masyarakat'],
    ['2.2', 'Meningkatnya akses dan mutu pendidikan'],
    ['3.1', 'Menurunnya angka kemiskinan'],
    ['3.2', 'Meningkatnya pertumbuhan ekonomi daerah'],
    ['4.1', 'Meningkatnya kualitas infrastruktur jalan dan drainase'],
    ['4.2', 'Meningkatnya kualitas lingkungan hidup'],
    ['5.1', 'Meningkatnya kunjungan wisatawan'],
    ['5.2', 'Meningkatnya kerukunan umat beragama dan pelestarian budaya'],
  ],
} as const;
