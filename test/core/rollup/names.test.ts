// Sub-kegiatan name normalisation and the banded edit-distance test used by program.overlap_opd.
import { normaliseName, numbersOf, similarEnough, withinDistance } from '../../../src/core/rollup/names';
import { editDistance, similarity } from '../../../src/core/text/fuzzy';

test.each([
  ['Sub Kegiatan: Penyediaan Jasa Kebersihan Kantor (Kota Binjai)', 'penyediaan jasa kebersihan kantor'],
  ['SUBKEGIATAN  pelatihan   keterampilan-usaha.', 'pelatihan keterampilan usaha'],
  ['Pembinaan Café Résumé–Kegiatan', 'pembinaan cafe resume'],
  ['Rehab SD Negeri 020 Tahap 2', 'rehab sd negeri 020 tahap 2'],
  ['Program dan Kegiatan', ''],
])('normaliseName(%s) = %s', (input, want) => {
  expect(normaliseName(input)).toBe(want);
});

test('numbersOf keeps each number apart', () => {
  expect(numbersOf('rehab sd negeri 020 tahap 2')).toBe('020 2');
  expect(numbersOf('tanpa angka')).toBe('');
});

test('withinDistance agrees with the full edit distance', () => {
  let s = 11;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  const word = (n: number) => Array.from({ length: n }, () => 'abcde '[Math.floor(rnd() * 6)]).join('');
  for (let t = 0; t < 3000; t++) {
    const a = word(Math.floor(rnd() * 30));
    let b = a;
    const edits = Math.floor(rnd() * 6);
    for (let e = 0; e < edits; e++) {
      const p = Math.floor(rnd() * (b.length + 1));
      const op = Math.floor(rnd() * 3);
      b = op === 0 ? b.slice(0, p) + 'x' + b.slice(p) : op === 1 ? b.slice(0, p) + b.slice(p + 1) : b.slice(0, p) + 'y' + b.slice(p + 1);
    }
    if (rnd() < 0.2) b = word(Math.floor(rnd() * 30));
    const k = Math.floor(rnd() * 6);
    expect({ a, b, k, within: withinDistance(a, b, k) }).toEqual({ a, b, k, within: editDistance(a, b) <= k });
    expect(similarEnough(a, b, 0.9)).toBe(similarity(a, b) >= 0.9 - 1e-12);
  }
});
