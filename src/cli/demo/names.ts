// Synthetic Indonesian names as Binjai's communities write them: common given names and marga combined at random, never a list of real people.
import type { Rng } from './random';

export type Community = 'melayu' | 'jawa' | 'mandailing' | 'toba' | 'karo' | 'tionghoa';
export type Sex = 'L' | 'P';

const w = (s: string): readonly string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));

const MUSLIM_MEN = w(
  'Ahmad Muhammad Abdul_Rahman Rahmat Syahrial Zulkifli Khairul Fauzi Ridwan Hasan Husin Ismail Yusuf Hamdan Anwar Syamsul Arifin ' +
    'Rizal Fadli Hendra Irwan Azhar Jamaluddin Nasrul Rusli Safrizal Zainal Faisal Taufik Amri Jufri Syafii Marzuki Kamaruddin',
);
const MUSLIM_WOMEN = w(
  'Siti Nurhayati Fatimah Aminah Rosmawati Fauziah Halimah Rahmawati Zubaidah Nurlela Khadijah Maimunah Salmah Rohani Yusniar ' +
    'Darmawati Mariani Rosnah Aisyah Laila Yuliana Ernawati Hartini Nurmala Syarifah Rukiah Asmah Jamilah Hafsah',
);
const MUSLIM_SECOND_MEN = w('Saputra Syahputra Hidayat Rahman Effendi Ramadhan Fadillah');
const MUSLIM_SECOND_WOMEN = w('Aminah Hasanah Rahmah Fitriani Hidayah Wati Yanti Sari Dewi');
const JAVA_MEN = w(
  'Sugianto Suparman Slamet Sutrisno Wagiman Paimin Tukiman Sumarno Giman Suyono Supriadi Sukirman Bambang Agus Budi Wahyu Eko ' +
    'Heri Dedi Teguh Riyanto Purwanto Sarijo Paino Kasiman Ngadimin Sarmin Suroso Waluyo Tumin',
);
const JAVA_WOMEN = w(
  'Suwarni Sumarni Ngatini Sulastri Painem Tukinem Wagiyem Suyatmi Sukarni Kasmini Parmi Poniyem Tumini Wartini Sutini Yanti Ratna ' +
    'Wulandari Rini Sriati Suharti Katini',
);
const JAVA_PAIRS_WOMEN = [w('Sri Dwi Tri Endang'), w('Wahyuni Rahayu Lestari Astuti Mulyani Handayani Susanti Purwanti Ningsih')] as const;
const BATAK_MEN = w(
  'Hotman Parlindungan Mangatas Lamhot Bintang Rudi Jhon Darwin Robert Antoni Benny Edison Jonner Marulam Sahat Togar Poltak Jansen ' +
    'Frans Sabar Rikson Hendrik Jefri Albert Simon Pardamean Herman Malem Tigor',
);
const BATAK_WOMEN = w(
  'Roslina Rotua Tiurma Lasma Dame Nurmaida Rosdiana Juliana Maria Merry Sarma Hotnida Lamria Rosmeri Nurhaida Rita Ruth Debora ' +
    'Ester Magdalena Tiomina Rasmi Lisbet',
);
const MARGA: Record<'mandailing' | 'toba' | 'karo', readonly string[]> = {
  mandailing: w('Nasution Lubis Harahap Siregar Batubara Hasibuan Pulungan Rangkuti Daulay Matondang'),
  toba: w(
    'Simanjuntak Sinaga Hutagalung Manurung Sitorus Pasaribu Panjaitan Situmorang Simbolon Sihombing Napitupulu Silalahi Tambunan Siahaan Hutapea',
  ),
  karo: w(
    'Ginting Sembiring Tarigan Sitepu Perangin-angin Karo-karo Barus Sebayang Surbakti Bangun Purba Kaban Milala Meliala Keliat Brahmana',
  ),
};
const CHINESE_MEN = w('Hendrik Kevin Rudy Johan Wilson Edi Halim Suwito Budiman Hartono Susilo Tommy Willy Anton');
const CHINESE_WOMEN = w('Lina Meliana Susanti Lili Yenny Elvina Fransiska Linda Mariana Sulina Lenny Suryani Vivi');
const CHINESE_SURNAMES = w('Wijaya Gunawan Salim Susanto Tanjaya Kurniawan Santoso Setiawan Lim Tan Lie Sutanto Wirawan Hakim');

const CHILD_MEN = w(
  'Muhammad_Rizky Muhammad_Fadhil Ahmad_Fauzan Rizky_Pratama Dimas_Saputra Raffa_Alfarizi Arya_Syahputra Bagas_Prasetyo Farhan Aditya ' +
    'Ilham Alif Zaky Naufal Fikri Habib Rafi Yoga Andika Fajar Akbar Dafa',
);
const CHILD_WOMEN = w(
  'Aisyah_Putri Nabila Zahra Salsabila Nayla Putri_Ramadhani Keisha Aulia Syifa Dinda Anggun Citra Wulan Rahma Azzahra Khairunnisa ' +
    'Nadia Tiara Intan Amelia',
);
const CHILD_CHRISTIAN_MEN = w('Daniel Samuel Yosua Kevin Gabriel Michael Jonathan Immanuel Rio Jeremia Natanael Andreas');
const CHILD_CHRISTIAN_WOMEN = w('Grace Cindy Jessica Angel Natalia Tasya Agnes Yohana Sarah Clara Debora Monika');
const CHILD_SECOND_MEN = w('Pratama Saputra Syahputra Ramadhan Hidayat Prasetyo Nugraha Kurniawan Firmansyah');
const CHILD_SECOND_WOMEN = w('Putri Lestari Ramadhani Safitri Anggraini Rahmadani Azzahra Nuraini');

/** Names that would read as a known public figure; a synthetic draw that lands on one is drawn again. */
export const BLOCKED_NAMES: readonly string[] = [
  'amir hamzah',
  'joko widodo',
  'prabowo subianto',
  'bobby nasution',
  'megawati',
  'susilo bambang yudhoyono',
  'jusuf kalla',
  'edy rahmayadi',
  'rahmat shah',
  'muhammad idaham',
];

/** Every word the generator may put in a name, for the test that names are synthetic combinations. */
export const NAME_WORDS: ReadonlySet<string> = new Set(
  [
    MUSLIM_MEN,
    MUSLIM_WOMEN,
    MUSLIM_SECOND_MEN,
    MUSLIM_SECOND_WOMEN,
    JAVA_MEN,
    JAVA_WOMEN,
    ...JAVA_PAIRS_WOMEN,
    BATAK_MEN,
    BATAK_WOMEN,
    ...Object.values(MARGA),
    CHINESE_MEN,
    CHINESE_WOMEN,
    CHINESE_SURNAMES,
    CHILD_MEN,
    CHILD_WOMEN,
    CHILD_CHRISTIAN_MEN,
    CHILD_CHRISTIAN_WOMEN,
    CHILD_SECOND_MEN,
    CHILD_SECOND_WOMEN,
    ['Br.'],
  ]
    .flat()
    .flatMap((s) => s.split(' '))
    .map((s) => s.toLowerCase()),
);

/** Binjai's mix: Malay and Javanese majorities, Karo, Toba and Mandailing Batak, a Chinese-Indonesian minority. */
export function drawCommunity(rng: Rng): Community {
  return rng.weighted<Community>(['melayu', 'jawa', 'karo', 'toba', 'mandailing', 'tionghoa'], [28, 30, 15, 10, 12, 5]);
}

const isChristian = (c: Community): boolean => c === 'toba' || c === 'karo' || c === 'tionghoa';

/** A child's or adult's given name(s) for the community. */
function given(rng: Rng, c: Community, sex: Sex, child: boolean): string {
  if (child) {
    if (isChristian(c)) return rng.pick(sex === 'L' ? CHILD_CHRISTIAN_MEN : CHILD_CHRISTIAN_WOMEN);
    const first = rng.pick(sex === 'L' ? CHILD_MEN : CHILD_WOMEN);
    if (first.includes(' ') || c === 'mandailing' || !rng.chance(0.6)) return first;
    return first + ' ' + rng.pick(sex === 'L' ? CHILD_SECOND_MEN : CHILD_SECOND_WOMEN);
  }
  switch (c) {
    case 'jawa':
      if (sex === 'P' && rng.chance(0.35)) return rng.pick(JAVA_PAIRS_WOMEN[0]) + ' ' + rng.pick(JAVA_PAIRS_WOMEN[1]);
      return rng.pick(sex === 'L' ? JAVA_MEN : JAVA_WOMEN);
    case 'melayu':
    case 'mandailing': {
      const first = rng.pick(sex === 'L' ? MUSLIM_MEN : MUSLIM_WOMEN);
      if (c === 'mandailing' || first.includes(' ') || !rng.chance(0.5)) return first;
      const second = rng.pick(sex === 'L' ? MUSLIM_SECOND_MEN : MUSLIM_SECOND_WOMEN);
      return second === first ? first : first + ' ' + second;
    }
    case 'toba':
    case 'karo':
      return rng.pick(sex === 'L' ? BATAK_MEN : BATAK_WOMEN);
    case 'tionghoa':
      return rng.pick(sex === 'L' ? CHINESE_MEN : CHINESE_WOMEN);
  }
}

/** The family name a household passes on: a marga, a Chinese-Indonesian surname, or none. */
export function familyName(rng: Rng, c: Community): string | undefined {
  if (c === 'mandailing' || c === 'toba' || c === 'karo') return rng.pick(MARGA[c]);
  if (c === 'tionghoa') return rng.pick(CHINESE_SURNAMES);
  return undefined;
}

/** A full name in title case: given name(s), then the marga ("Br." before it for a Karo or Toba woman) or surname. */
export function personName(rng: Rng, c: Community, sex: Sex, child: boolean, surname: string | undefined): string {
  for (;;) {
    const g = given(rng, c, sex, child);
    let name = g;
    if (surname && !g.endsWith(surname)) name = sex === 'P' && (c === 'karo' || c === 'toba') ? `${g} Br. ${surname}` : `${g} ${surname}`;
    if (!BLOCKED_NAMES.some((b) => name.toLowerCase().includes(b))) return name;
  }
}

/** Degrees some lists write after a name; the engine's name normalisation removes them. */
export const DEGREES = [', S.Pd', ', S.E.', ', S.Sos', ', A.Md'] as const;
