// Table test of Indonesian name normalisation: which spellings must compare equal, and which must stay apart.
import { nameCache, normalizeName } from '../../../src/core/text/name';

/** Pairs that name the same person. */
const SAME: readonly [string, string][] = [
  // case, spaces, punctuation
  ['BPK BOY LUCKY RIZQI', 'Boy Lucky Rizqi'],
  ['  siti   AMINAH ', 'Siti Aminah'],
  ['Nur Hasanah', 'Nurhasanah'],
  ["Ma'ruf Amin", 'Maruf Amin'],
  ['Ma’ruf Amin', 'Maruf Amin'],
  ['Siti-Aminah', 'Siti Aminah'],
  ['Dewi Lestari.', 'Dewi Lestari'],
  ['Renée', 'Renee'],
  // honorifics and titles before the name
  ['H. Ahmad Fauzi', 'Ahmad Fauzi'],
  ['Hj. Siti Aminah', 'Siti Aminah'],
  ['HJ SITI AMINAH', 'Siti Aminah'],
  ['Bapak Sutrisno', 'Sutrisno'],
  ['Bpk. Sutrisno', 'Sutrisno'],
  ['Ibu Sri Wahyuni', 'Sri Wahyuni'],
  ['Bu Sri Wahyuni', 'Sri Wahyuni'],
  ['Sdr. Andi Saputra', 'Andi Saputra'],
  ['Sdri Rina', 'Rina'],
  ['Alm. Sutrisno', 'Sutrisno'],
  ['Almh. Siti Aminah', 'Siti Aminah'],
  ['Almarhum Sutrisno', 'Sutrisno'],
  ['Almarhumah Siti Aminah', 'Siti Aminah'],
  ['Ir. Joko Widodo', 'Joko Widodo'],
  ['Drs. H. Ahmad Fauzi', 'Ahmad Fauzi'],
  ['Dra. Hj. Sri Wahyuni', 'Sri Wahyuni'],
  ['Dr. Ahmad Fauzi', 'Ahmad Fauzi'],
  ['Prof. Dr. Ir. H. Ahmad Fauzi', 'Ahmad Fauzi'],
  ['Ns. Rina Marlina, S.Kep', 'Rina Marlina'],
  ['Tgk. Abdullah', 'Abdullah'],
  ['Teuku Umar', 'Umar'],
  ['K.H. Ahmad Dahlan', 'Ahmad Dahlan'],
  // degrees after the name, with or without dots and commas
  ['Budi Santoso, S.Pd', 'Budi Santoso'],
  ['Budi Santoso S.Pd.I', 'Budi Santoso'],
  ['Budi Santoso, S.Pd., M.Pd.', 'Budi Santoso'],
  ['Budi Santoso SPd', 'Budi Santoso'],
  ['Budi Santoso, S. Pd', 'Budi Santoso'],
  ['Budi Santoso, S.E.', 'Budi Santoso'],
  ['Budi Santoso, SE, MM', 'Budi Santoso'],
  ['Budi Santoso, S.H.', 'Budi Santoso'],
  ['Budi Santoso, S.Kom', 'Budi Santoso'],
  ['Budi Santoso, S.Sos', 'Budi Santoso'],
  ['Budi Santoso, S.Ag', 'Budi Santoso'],
  ['Budi Santoso, S.T.', 'Budi Santoso'],
  ['Budi Santoso ST', 'Budi Santoso'],
  ['Rina Marlina, Amd', 'Rina Marlina'],
  ['Rina Marlina, A.Md.Keb', 'Rina Marlina'],
  ['Rina Marlina, Amd.Kep', 'Rina Marlina'],
  ['Rina Marlina, SKM, M.Kes', 'Rina Marlina'],
  ['Rina Marlina, M.Si', 'Rina Marlina'],
  ['Rina Marlina, S.Farm', 'Rina Marlina'],
  ['Rina Marlina,S.Tr.Keb', 'Rina Marlina'],
  ['Sutrisno (Alm)', 'Sutrisno'],
  ['Siti Aminah (Hj)', 'Siti Aminah'],
  ['Dr. H. Ahmad Fauzi, S.E., M.M.', 'Ahmad Fauzi'],
  // bin / binti: the word goes, the father's name stays
  ['Ahmad bin Umar', 'Ahmad Umar'],
  ['Siti Aisyah binti Abdullah', 'Siti Aisyah Abdullah'],
  ['Siti Aisyah Bt. Abdullah', 'Siti Aisyah Abdullah'],
  // spelling variants
  ['Muhammad Rizky', 'Muhamad Rizky'],
  ['Mohammad Rizky', 'Muhammad Rizky'],
  ['Mohamad Rizky', 'Muhammad Rizky'],
  ['Moh. Rizky', 'Muhammad Rizky'],
  ['Muh. Rizky', 'Muhammad Rizky'],
  ['Mhd Rizky', 'Muhammad Rizky'],
  ['Mochammad Rizky', 'Muhammad Rizky'],
  ['M. Rizky', 'Muhammad Rizky'],
  ['M Rizky', 'Muhammad Rizky'],
  ['H. M. Yusuf', 'Muhammad Yusuf'],
  ['Andi Muh. Yusuf', 'Andi Muhammad Yusuf'],
  ['Achmad Fauzi', 'Ahmad Fauzi'],
  ['Abd. Rahman', 'Abdul Rahman'],
  ['Noor Hasanah', 'Nur Hasanah'],
  ['St. Aminah', 'Siti Aminah'],
  ['ST AMINAH', 'Siti Aminah'],
  ['Sitti Aminah', 'Siti Aminah'],
  // old spelling still on older KTPs
  ['Soekarno', 'Sukarno'],
  ['Djoko Santoso', 'Joko Santoso'],
  ['Tjipto', 'Cipto'],
  ['Sjahrir', 'Syahrir'],
];

/** Pairs that must stay apart. */
const DIFFERENT: readonly [string, string][] = [
  ['Boy Lucky Rizqi', 'Boy Lucky'],
  ['Siti Aminah', 'Siti Aminab'],
  ['Nurul Hidayah', 'Nur Hidayah'],
  ['Cut Nyak Dhien', 'Nyak Dhien'],
  ['Yusuf M.', 'Yusuf Muhammad'],
  ['Andi M. Yusuf', 'Andi Muhammad Yusuf'],
  ['Budi Santoso St', 'Siti Budi Santoso'],
  ['Ahmad bin Umar', 'Ahmad'],
  ['Tan Ma', 'Tan'],
  ['Budi M.Ali', 'Budi'],
  ['Santoso, Budi', 'Santoso'],
  ['Hasan', 'Husin'],
  ['Budi H.', 'Budi'],
];

describe('normalizeName', () => {
  test.each(SAME)('%s = %s', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
    expect(normalizeName(a)).not.toBe('');
  });

  test.each(DIFFERENT)('%s != %s', (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });

  test.each([
    ['BPK BOY LUCKY RIZQI', 'boyluckyrizqi'],
    ['M. Rizky', 'muhammadrizky'],
    ['Yusuf M.', 'yusufm'],
    ['Cut Nyak Dhien', 'cutnyakdhien'],
    ['Ahmad bin Umar', 'ahmadumar'],
  ])('%s -> %s', (raw, key) => expect(normalizeName(raw)).toBe(key));

  test('a title alone is kept, never reduced to nothing', () => {
    expect(normalizeName('Haji')).toBe('haji');
    expect(normalizeName('Ibu')).toBe('ibu');
    expect(normalizeName('M')).toBe('m');
    expect(normalizeName('S.Pd')).toBe('spd');
  });

  test('no letters or digits gives ""', () => {
    for (const s of ['', '   ', '-', '...', "''"]) expect(normalizeName(s)).toBe('');
  });

  test('nameCache normalises each spelling once and maps undefined to ""', () => {
    const norm = nameCache();
    expect(norm('Hj. Siti Aminah')).toBe('sitiaminah');
    expect(norm('Hj. Siti Aminah')).toBe('sitiaminah');
    expect(norm(undefined)).toBe('');
  });
});
