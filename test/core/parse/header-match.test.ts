// Header text -> field: every mandatory synonym, bracket and unit stripping, quarterly group headers, typos, look-alikes.
import { FIELDS } from '../../../src/core/model/fields';
import type { RegisterKind } from '../../../src/core/model/types';
import { matchColumn, matchExact, matchFuzzy, synonymKeys } from '../../../src/core/parse/header-match';
import { parseQuarterly } from '../../../src/core/parse/header-quarter';
import { EXTRA_SYNONYMS } from '../../../src/core/parse/synonyms';
import { fold } from '../../../src/core/text/fold';

const field = (kind: RegisterKind, ...levels: string[]) => matchColumn(kind, levels)?.field;

describe('mandatory synonyms', () => {
  const beneficiary: Record<string, string[]> = {
    nik: [
      'NIK',
      'No. KTP',
      'Nomor Induk Kependudukan',
      'NIK KTP',
      'NIK (16 digit)',
      'nik',
      'N.I.K',
      'NIK [16 Digit]',
      'NIK Kepala Keluarga',
      'NIK Siswa',
      'NIK Peserta Didik',
    ],
    no_kk: ['No KK', 'No. KK', 'Nomor KK', 'No. Kartu Keluarga', 'no_kk', 'NO.KK'],
    nama: [
      'Nama',
      'Nama Lengkap',
      'Nama KPM',
      'Nama Penerima',
      'NAMA LENGKAP',
      'Nama Lengkap (sesuai KTP)',
      'Nama Kepala Keluarga',
      'Nama Siswa',
      'Nama Peserta Didik',
    ],
    jenis_kelamin: ['JK', 'L/P', 'Jenis Kelamin', 'L / P', 'J/K'],
    tanggal_lahir: [
      'Tgl Lahir',
      'Tgl. Lahir',
      'Tanggal Lahir',
      'TTL',
      'Tempat, Tgl Lahir',
      'Tempat/Tanggal Lahir',
      'Tanggal Lahir (dd/mm/yyyy)',
    ],
    kelurahan: ['Kel', 'Kelurahan', 'Kel/Desa', 'Kel.'],
    kecamatan: ['Kec', 'Kecamatan', 'Kec.'],
    program: ['Program', 'Jenis Bantuan'],
    nominal: ['Nominal (Rp)', 'Nominal Rp', 'Jumlah Bantuan (Rp)'],
  };
  const program: Record<string, string[]> = {
    pagu: ['Pagu', 'Pagu Anggaran', 'Pagu Anggaran (Rp)', 'Anggaran', 'Pagu Anggaran Rp', 'PAGU ANGGARAN (Rp.)'],
    kode: ['Kode', 'Kode Rekening', 'Kode Rek.'],
    opd: ['Perangkat Daerah', 'OPD', 'SKPD'],
    misi: ['Misi'],
    sasaran: ['Sasaran'],
    indikator: ['Indikator Kinerja', 'Indikator'],
    target: ['Target'],
    satuan: ['Satuan'],
    uraian: ['Uraian', 'Program/Kegiatan/Sub Kegiatan', 'Program / Kegiatan / Sub Kegiatan'],
    program: ['Program'],
  };
  for (const [kind, table] of [
    ['beneficiary', beneficiary],
    ['program', program],
  ] as const) {
    for (const [id, labels] of Object.entries(table)) {
      test.each(labels)(`${kind}: %s -> ${id}`, (label) => {
        expect(matchExact(kind, label)?.field).toBe(id);
      });
    }
  }

  test('every catalogue synonym and field id matches its own field', () => {
    for (const kind of ['beneficiary', 'program'] as const) {
      for (const def of FIELDS[kind])
        for (const s of [def.id, ...def.synonyms]) expect([kind, s, matchExact(kind, s)?.field]).toEqual([kind, s, def.id]);
    }
  });

  test('no folded spelling is claimed by two fields of one kind', () => {
    for (const kind of ['beneficiary', 'program'] as const) {
      const seen = new Map<string, string>();
      for (const def of FIELDS[kind]) {
        for (const s of [def.id, ...def.synonyms, ...(EXTRA_SYNONYMS[kind][def.id] ?? [])]) {
          const k = fold(s);
          const prev = seen.get(k);
          if (prev !== undefined) expect([kind, s, prev]).toEqual([kind, s, def.id]);
          seen.set(k, def.id);
        }
      }
      expect(synonymKeys(kind).size).toBe(seen.size);
    }
  });

  test('extra synonyms name fields of their kind', () => {
    for (const kind of ['beneficiary', 'program'] as const) {
      const ids = new Set(FIELDS[kind].map((d) => d.id));
      for (const id of Object.keys(EXTRA_SYNONYMS[kind])) expect(ids.has(id)).toBe(true);
    }
  });

  test('a beneficiary "Program" and a Renja "Program" are different fields of different kinds', () => {
    expect(matchExact('beneficiary', 'Program')?.field).toBe('program');
    expect(matchExact('program', 'Program')?.field).toBe('program');
    expect(matchExact('beneficiary', 'Kode')).toBeUndefined();
    expect(matchExact('beneficiary', 'Pagu')).toBeUndefined();
  });
});

describe('quarterly realisation headers', () => {
  const quarters = [
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
  ] as const;
  test.each(quarters)('flat headers for TW %s', (roman, q) => {
    expect(field('program', `Realisasi Keuangan s.d. TW ${roman}`)).toBe(`realisasi_keuangan_tw${q}`);
    expect(field('program', `Realisasi Fisik (%) s.d. TW ${roman}`)).toBe(`realisasi_fisik_tw${q}`);
    expect(field('program', `Realisasi Keuangan s/d TW ${roman}`)).toBe(`realisasi_keuangan_tw${q}`);
    expect(field('program', `Realisasi Keuangan (Rp) s.d. Triwulan ${q}`)).toBe(`realisasi_keuangan_tw${q}`);
    expect(field('program', `Capaian Kinerja TW ${roman}`)).toBe(`capaian_tw${q}`);
  });

  const subs = (roman: string, q: number) => [
    `s.d. TW ${roman}`,
    `TW ${roman}`,
    `TW ${q}`,
    `Triwulan ${roman}`,
    `s/d TW ${roman}`,
    `sd TW ${roman}`,
    roman,
    `TW-${roman}`,
    `TW${q}`,
    `Triwulan Ke-${q}`,
  ];
  test.each(quarters)('group "Realisasi Keuangan" / "Realisasi Fisik" over quarter %s sub-headers', (roman, q) => {
    for (const s of subs(roman, q)) {
      expect([s, field('program', 'Realisasi Keuangan', s)]).toEqual([s, `realisasi_keuangan_tw${q}`]);
      expect([s, field('program', 'Realisasi Fisik (%)', s)]).toEqual([s, `realisasi_fisik_tw${q}`]);
      expect([s, field('program', 'Realisasi Fisik', s)]).toEqual([s, `realisasi_fisik_tw${q}`]);
    }
  });

  test('three levels: Realisasi / Keuangan | Fisik / TW', () => {
    expect(field('program', 'Realisasi', 'Keuangan', 'TW II')).toBe('realisasi_keuangan_tw2');
    expect(field('program', 'Realisasi', 'Fisik', 'TW IV')).toBe('realisasi_fisik_tw4');
  });

  test('Rp and % sub-columns', () => {
    expect(field('program', 'Realisasi', 's.d. TW II', 'Rp')).toBe('realisasi_keuangan_tw2');
    expect(field('program', 'Realisasi', 's.d. TW II', '%')).toBe('realisasi_fisik_tw2');
    expect(field('program', 'Realisasi s.d. TW III', '(Rp)')).toBe('realisasi_keuangan_tw3');
    expect(field('program', 'Realisasi Keuangan', 'TW III', 'Rp')).toBe('realisasi_keuangan_tw3');
    // The share of the pagu spent is no amount: left unmapped rather than read as money.
    expect(field('program', 'Realisasi Keuangan', 'TW III', '%')).toBeUndefined();
    expect(field('program', 'Realisasi Kinerja dan Anggaran Triwulan I', 'K')).toBe('capaian_tw1');
    expect(field('program', 'Realisasi Kinerja dan Anggaran Triwulan I', 'Rp')).toBe('realisasi_keuangan_tw1');
  });

  test('cumulative to a quarter-end month', () => {
    expect(parseQuarterly('Realisasi Keuangan s.d. Juni 2025')?.field).toBe('realisasi_keuangan_tw2');
    expect(parseQuarterly('Realisasi Fisik s.d. Desember')?.field).toBe('realisasi_fisik_tw4');
    expect(parseQuarterly('Realisasi Keuangan s.d. Mei')).toBeUndefined();
  });

  test('not realisation', () => {
    for (const s of [
      'Rencana Realisasi TW I',
      'Target TW I',
      'Anggaran TW II',
      'Realisasi Keuangan',
      'Realisasi TW V',
      'TW I',
      'Realisasi Fisik dan Keuangan TW I',
      'Realisasi Keuangan TW I s.d. TW II',
    ])
      expect([s, field('program', s)]).toEqual([s, undefined]);
    expect(field('beneficiary', 'Realisasi Keuangan s.d. TW I')).toBeUndefined();
  });

  test('a typo in a metric word still matches, as fuzzy', () => {
    expect(matchExact('program', 'Realisai Keuangn s.d. TW II')).toEqual({ field: 'realisasi_keuangan_tw2', rank: 1 });
  });
});

describe('fuzzy', () => {
  test.each([
    ['beneficiary', 'Nama Lengkp', 'nama'],
    ['beneficiary', 'Kelurahaan', 'kelurahan'],
    ['beneficiary', 'Kecamatn', 'kecamatan'],
    ['beneficiary', 'Jenis Kelamn', 'jenis_kelamin'],
    ['beneficiary', 'Tgl Lahr', 'tanggal_lahir'],
    ['beneficiary', 'Nomor Indk Kependudukan', 'nik'],
    ['program', 'Indikator Kinerj', 'indikator'],
    ['program', 'Perangkat Daerh', 'opd'],
  ] as const)('%s: %s -> %s', (kind, label, id) => {
    expect(matchExact(kind, label)).toBeUndefined();
    expect(matchFuzzy(kind, label)).toEqual({ field: id, rank: 1 });
    expect(matchColumn(kind, [label])).toEqual({ field: id, rank: 1, partial: false });
  });

  test('never for labels shorter than 4 characters, nor beyond 2 edits', () => {
    expect(matchFuzzy('beneficiary', 'Nma')).toBeUndefined();
    expect(matchFuzzy('beneficiary', 'NK')).toBeUndefined();
    expect(matchFuzzy('beneficiary', 'Tanggal Lahir Ibu')).toBeUndefined();
  });

  test('look-alike headers of other things stay unmapped', () => {
    for (const s of ['Sumber Dana', 'Tempat Lahir', 'No', 'No.', 'No Urut', 'No. Urut', 'Nomor', 'Nama Ibu Kandung', 'Umur', 'NIK Ibu']) {
      expect([s, field('beneficiary', s)]).toEqual([s, undefined]);
      expect([s, field('program', s)]).toEqual([s, undefined]);
    }
  });

  test('a "%" column is never an amount', () => {
    expect(field('beneficiary', 'Nominal %')).toBeUndefined();
    expect(field('beneficiary', 'Nominl (%)')).toBeUndefined();
    expect(field('program', 'Pagu (%)')).toBeUndefined();
    expect(field('program', 'Realisasi Fisik %', 'TW I')).toBe('realisasi_fisik_tw1');
  });

  test('a numbered header is one of a series, not a typo', () => {
    expect(field('beneficiary', 'Triwulan II')).toBeUndefined();
    expect(field('beneficiary', 'Triwulan')).toBe('periode');
  });
});

describe('header levels', () => {
  test('a group above a known header: the lower level matches on its own', () => {
    expect(matchColumn('beneficiary', ['Identitas Penerima', 'NIK'])).toEqual({ field: 'nik', rank: 3, partial: true });
    expect(matchColumn('beneficiary', ['Alamat', 'RT'])?.field).toBe('rt');
  });
  test('whole text first', () => {
    expect(matchColumn('beneficiary', ['Nama', 'Lengkap'])).toEqual({ field: 'nama', rank: 3, partial: false });
    expect(matchColumn('program', ['Nilai Pagu', '(Rp)'])).toEqual({ field: 'pagu', rank: 2, partial: false });
  });
  test('a cache changes no answer', () => {
    const cache = new Map();
    for (const levels of [['NIK'], ['Identitas', 'NIK'], ['Foo'], ['Nama Lengkp'], ['Realisasi Keuangan', 'TW II']]) {
      const first = matchColumn('beneficiary', levels, cache);
      expect(matchColumn('beneficiary', levels, cache)).toEqual(first);
      expect(matchColumn('beneficiary', levels)).toEqual(first);
    }
    expect(cache.size).toBeGreaterThan(0);
  });
});
