// The embedded wilayah reference: Kemendagri (not BPS) codes, old Papua codes, and Binjai's kelurahan found however they are spelt.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  BINJAI_KECAMATAN,
  BINJAI_KELURAHAN,
  findKecamatan,
  findKelurahan,
  isKabKota,
  isProvince,
  kabKotaName,
  kelurahanInKecamatan,
  placeKey,
  provinceName,
  suggestKecamatan,
  suggestKelurahan,
} from '../../../src/core/ref/wilayah';

describe('region codes', () => {
  test.each([
    ['12', true],
    ['91', true],
    ['96', true],
    ['97', false], // BPS Papua Pegunungan; Kemendagri numbers it 95
    ['20', false],
    ['1', false],
    ['1a', false],
  ])('isProvince(%s) = %s', (code, ok) => expect(isProvince(code)).toBe(ok));

  test.each([
    ['1275', true, 'Kota Binjai'],
    ['1271', true, 'Kota Medan'],
    ['1276', true, 'Kota Tebing Tinggi'], // BPS uses 1276 for Binjai; in Kemendagri codes it is Tebing Tinggi
    ['9101', true, 'Kabupaten Merauke'], // issued before the 2022 split, still in NIKs
    ['9471', false, undefined], // BPS Kota Jayapura; Kemendagri has it as 91.71
    ['9171', true, 'Kota Jayapura'],
    ['9301', true, 'Kabupaten Merauke'],
    ['3171', true, 'Kota Administrasi Jakarta Pusat'],
    ['1299', false, undefined],
    ['12.75', false, undefined],
    ['127', false, undefined],
  ])('isKabKota(%s) = %s, named %s', (code, ok, name) => {
    expect(isKabKota(code)).toBe(ok);
    expect(kabKotaName(code)).toBe(name);
  });

  test('old capitalised names are shown like the newest edition', () => {
    expect(kabKotaName('9271')).toBe('Kota Sorong');
    expect(kabKotaName('9112')).toBe('Kabupaten Pegunungan Bintang');
    expect(provinceName('12')).toBe('Sumatera Utara');
  });
});

describe('Binjai registers', () => {
  test('5 kecamatan and 37 kelurahan with unique Kemendagri codes', () => {
    expect(BINJAI_KECAMATAN.map((k) => k.code)).toEqual(['127501', '127502', '127503', '127504', '127505']);
    expect(BINJAI_KELURAHAN).toHaveLength(37);
    expect(new Set(BINJAI_KELURAHAN.map((k) => k.code)).size).toBe(37);
    for (const k of BINJAI_KELURAHAN) {
      expect(k.code).toMatch(/^127505\d{4}$|^12750[1-4]\d{4}$/);
      expect(k.code.startsWith(k.kecamatan.code)).toBe(true);
      expect(k.name).toBe(k.name.trim());
    }
  });

  test.each([
    ['Jati Negara', 'Jati Negara'],
    ['Jatinegara', 'Jati Negara'],
    ['JATINEGARA', 'Jati Negara'],
    ['Kel. Jati Negara', 'Jati Negara'],
    ['Kel.Jatinegara', 'Jati Negara'],
    ['kel jati negara', 'Jati Negara'],
    ['Kelurahan Jati-Negara', 'Jati Negara'],
    ['Desa Pahlawan', 'Pahlawan'],
    ['Sukaramai ', 'Sukaramai'],
    ['  suka ramai', 'Sukaramai'],
    ['Sukamaju', 'Suka Maju'],
    ['Sumber Mulyo Rejo', 'Sumber Mulyorejo'],
    ['Binjai', 'Binjai'],
    ['1275011001', 'Pahlawan'],
    ['12.75.05.1008', 'Rambung Timur'],
  ])('findKelurahan(%j) is %s', (input, name) => expect(findKelurahan(input)?.name).toBe(name));

  test.each(['', '-', 'Kel.', 'Petisah Tengah', 'Binjai Utara', 'Jati Negera', '1275011010'])('findKelurahan(%j) finds none', (input) =>
    expect(findKelurahan(input)).toBeUndefined(),
  );

  test.each([
    ['Binjai Utara', 'Binjai Utara'],
    ['binjai utara', 'Binjai Utara'],
    ['Kec. Binjai Kota', 'Binjai Kota'],
    ['KECAMATAN BINJAI SELATAN ', 'Binjai Selatan'],
    ['Kec.BinjaiTimur', 'Binjai Timur'],
    ['127503', 'Binjai Barat'],
  ])('findKecamatan(%j) is %s', (input, name) => expect(findKecamatan(input)?.name).toBe(name));

  test.each(['', 'Kota Binjai', 'Utara', 'Medan Kota', 'Binjai Utra'])('findKecamatan(%j) finds none', (input) =>
    expect(findKecamatan(input)).toBeUndefined(),
  );

  test.each([
    ['Jati Negera', 'Jati Negara'],
    ['Kel. Tanah Tingi', 'Tanah Tinggi'],
    ['Bakti Karya', 'Bhakti Karya'],
    ['Kel. Sukarame', 'Sukaramai'],
    ['Tungurono', 'Tunggurono'],
    ['Petisah Tengah', undefined],
    ['xyz', undefined],
    ['-', undefined],
  ])('suggestKelurahan(%j) is %s', (input, name) => expect(suggestKelurahan(input)?.name).toBe(name));

  test.each([
    ['Binjai Utra', 'Binjai Utara'],
    ['Kec. Binjai Selatn', 'Binjai Selatan'],
    ['Utara', 'Binjai Utara'],
    ['Kota Binjai', 'Binjai Kota'],
    ['Kec. Timur', 'Binjai Timur'],
    ['Sunggal', undefined],
  ])('suggestKecamatan(%j) is %s', (input, name) => expect(suggestKecamatan(input)?.name).toBe(name));

  test('a kelurahan lies in exactly one kecamatan', () => {
    const jati = findKelurahan('Jatinegara')!;
    expect(kelurahanInKecamatan(jati, findKecamatan('Binjai Utara')!)).toBe(true);
    expect(kelurahanInKecamatan(jati, findKecamatan('Binjai Kota')!)).toBe(false);
    for (const kel of BINJAI_KELURAHAN) expect(BINJAI_KECAMATAN.filter((kec) => kelurahanInKecamatan(kel, kec))).toHaveLength(1);
  });

  test('placeKey folds and drops prefixes', () => {
    expect(placeKey(' Kel. Jati Negara ')).toBe('jatinegara');
    expect(placeKey('Kecamatan Binjai Kota')).toBe('binjaikota');
    expect(placeKey('-')).toBe('');
  });

  test('a repeated spelling is answered the same from the cache', () => {
    for (let i = 0; i < 3; i++) expect(findKelurahan('kel. pahlawan')?.code).toBe('1275011001');
  });
});

const refDir = join(__dirname, '../../../../shared/reference');
(existsSync(join(refDir, 'wilayah-binjai.csv')) ? test : test.skip)(
  'wilayah-data.ts is what the generator makes from the reference CSVs',
  () => {
    expect(() =>
      execFileSync('node', [join(__dirname, '../../../scripts/gen-wilayah.mjs'), refDir, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  },
);
