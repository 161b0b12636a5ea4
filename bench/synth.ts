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
