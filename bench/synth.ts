// Synthetic beneficiary grids for benchmarks: realistic cell mix (text NIKs, some numeric, dates in several forms, money text).
const KEL: [string, string][] = [
  ['Tanah Tinggi', 'Binjai Timur'],
  ['Pahlawan', 'Binjai Utara'],
  ['Kartini', 'Binjai Kota'],
  ['Suka Maju', 'Binjai Barat'],
  ['Tanah Merah', 'Binjai Selatan'],
];
const PROGRAMS = ['PKH', 'BPNT', 'BST', 'KIP', 'PBI-JK'];
const NAMES = ['SITI AMINAH', 'BOY LUCKY RIZQI', 'MUHAMMAD RIZKY', 'NUR HASANAH', 'SRI WAHYUNI', 'AHMAD FAUZI', 'DEWI LESTARI'];

export const HEADER = [
  'No',
  'NIK',
  'No. KK',
  'Nama Lengkap',
  'L/P',
  'Tgl Lahir',
  'Alamat',
  'RT',
  'RW',
  'Kelurahan',
  'Kecamatan',
  'Program',
  'Periode',
  'Basis Data',
  'Desil',
  'Status Verifikasi',
  'Tgl Verifikasi',
  'Status Penerima',
  'Nominal',
  'Keterangan',
];

/** A deterministic linear congruential generator so runs are comparable. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

export function beneficiaryGrid(rows: number, seed = 1): unknown[][] {
  const rnd = lcg(seed);
  const grid: unknown[][] = [['DAFTAR PENERIMA BANSOS KOTA BINJAI'], ['TAHUN 2025'], [], HEADER];
  for (let i = 0; i < rows; i++) {
    const female = rnd() < 0.5;
    const d = 1 + Math.floor(rnd() * 28);
    const m = 1 + Math.floor(rnd() * 12);
    const program = PROGRAMS[i % PROGRAMS.length];
    // KIP/PIP serves children aged 6-21; everyone else is an adult head of family.
    const y = program === 'KIP' ? 2006 + Math.floor(rnd() * 14) : 1950 + Math.floor(rnd() * 55);
    const [kel, kec] = KEL[i % KEL.length];
    const kecCode = String((i % 5) + 1).padStart(2, '0');
    const dd = String(female ? d + 40 : d).padStart(2, '0');
    const nik = `1275${kecCode}${dd}${String(m).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${String(1 + (i % 9999)).padStart(4, '0')}`;
    const kk = `1275${kecCode}0101${String(10 + (i % 15)).padStart(2, '0')}${String(1 + (i % 9999)).padStart(4, '0')}`;
    const dob = rnd() < 0.5 ? `${d}/${m}/${y}` : new Date(Date.UTC(y, m - 1, d) - 7 * 3600000);
    grid.push([
      i + 1,
      rnd() < 0.03 ? Number(nik) : nik,
      kk,
      NAMES[i % NAMES.length],
      female ? 'P' : 'L',
      dob,
      `Jl. Melati No. ${i % 200}`,
      String(1 + (i % 9)).padStart(3, '0'),
      String(1 + (i % 5)).padStart(3, '0'),
      rnd() < 0.01 ? 'Tanah Tingi' : kel,
      kec,
      program,
      'TW I 2025',
      'DTKS',
      1 + (i % 6),
      'ditetapkan',
      '15/03/2025',
      'aktif',
      rnd() < 0.5 ? 'Rp 750.000' : 750000,
      '',
    ]);
  }
  return grid;
}

/** A person of the synthetic city: NIK, KK, name, birth date, sex and place, all derived from one number. */
function person(p: number) {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const female = p % 2 === 1;
  // Birth date and serial together are unique for every p below 18,480 x 9,999, so NIKs never collide by accident.
  const d = 1 + (p % 28);
  const m = 1 + (Math.floor(p / 28) % 12);
  const y = 1950 + (Math.floor(p / 336) % 55);
  const serial = 1 + (Math.floor(p / 18480) % 9999);
  // Three people a family, in one kecamatan; the KK's recording date and serial are unique per family.
  const family = Math.floor(p / 3);
  const kec = (family % 5) + 1;
  const nik = `1275${pad(kec, 2)}${pad(female ? d + 40 : d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(serial, 4)}`;
  const kkDay = 1 + (Math.floor(family / 9999) % 28);
  const kkMonth = 1 + (Math.floor(family / (9999 * 28)) % 12);
  const kk = `1275${pad(kec, 2)}${pad(kkDay, 2)}${pad(kkMonth, 2)}10${pad(1 + (family % 9999), 4)}`;
  return { nik, kk, name: `${NAMES[p % NAMES.length]} ${p}`, dob: `${d}/${m}/${y}`, sex: female ? 'P' : 'L', kel: KEL[kec - 1] };
}

const SHEET_PROGRAMS = ['PKH', 'BPNT', 'BST', 'PBI-JK', 'Sembako'];

/**
 * `sheets` beneficiary sheets holding `rows` rows in all, one programme each (5 programmes), period 2021, from a pool of
 * people: about 1% of rows repeat a person in the same programme, 1% put a PKH person into BST (exclusive), and the rest
 * are mostly distinct people.
 */
export function beneficiarySheets(rows: number, sheets: number, seed = 7): { sheet: string; values: unknown[][] }[] {
  const rnd = lcg(seed);
  const per = Math.ceil(rows / sheets);
  const out: { sheet: string; values: unknown[][] }[] = [];
  let next = 0;
  const recent: number[] = [];
  for (let s = 0; s < sheets; s++) {
    const program = SHEET_PROGRAMS[s % SHEET_PROGRAMS.length];
    const values: unknown[][] = [[`DAFTAR PENERIMA ${program} 2021`], HEADER];
    for (let i = 0; i < per && s * per + i < rows; i++) {
      const roll = rnd();
      const p = roll < 0.02 && recent.length > 0 ? recent[Math.floor(rnd() * recent.length)] : next++;
      if (recent.length < 1000) recent.push(p);
      else recent[Math.floor(rnd() * 1000)] = p;
      const x = person(p);
      values.push([
        i + 1,
        x.nik,
        x.kk,
        x.name,
        x.sex,
        x.dob,
        'Jl. Melati',
        '001',
        '002',
        x.kel[0],
        x.kel[1],
        program,
        '2021',
        'DTKS',
        2,
        'ditetapkan',
        '15/03/2021',
        'aktif',
        750000,
        '',
      ]);
    }
    out.push({ sheet: `${program} ${s + 1}`, values });
  }
  return out;
}

/** `rows` programme rows (programme > kegiatan > 4 sub-kegiatan) spread over 25 OPDs, one sheet each. */
export function programSheets(rows: number): { sheet: string; values: unknown[][] }[] {
  const out: { sheet: string; values: unknown[][] }[] = [];
  const perOpd = Math.ceil(rows / 25);
  for (let o = 0; o < 25; o++) {
    const values: unknown[][] = [
      [`RENJA OPD ${o + 1} TAHUN 2025`],
      [
        'Kode',
        'Uraian',
        'Indikator',
        'Target',
        'Satuan',
        'Pagu',
        'Realisasi Keuangan s.d. TW II',
        'Realisasi Fisik s.d. TW II',
        'Misi',
        'Sasaran',
        'Pariwisata',
      ],
    ];
    let n = 0;
    for (let p = 1; n < perOpd; p++) {
      const prog = `${1 + (o % 4)}.${String(1 + o).padStart(2, '0')}.${String(p).padStart(2, '0')}`;
      values.push([prog, `Program ${o}-${p}`, '', '', '', 400, '', '', `M${1 + (p % 5)}`, `S${1 + (p % 5)}.1`, p % 7 === 0 ? 'Y' : 'N']);
      const keg = `${prog}.2.01`;
      values.push([keg, `Kegiatan ${o}-${p}`, '', '', '', 400, '', '', '', '', '']);
      n += 2;
      for (let s = 1; s <= 4 && n < perOpd; s++, n++) {
        values.push([
          `${keg}.${String(s).padStart(4, '0')}`,
          `Sub kegiatan ${o} ${p} ${s}`,
          'Indikator',
          10,
          'unit',
          100,
          40,
          30 + ((o + p + s) % 40),
          '',
          '',
          '',
        ]);
      }
    }
    out.push({ sheet: `Renja OPD ${o + 1}`, values });
  }
  return out;
}
