// Utilities: Java-style signed digest bytes, base64, SimpleDateFormat in IANA zones, sleep on the fake clock.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { createGasFake } from './gas';

const signed = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

describe('Utilities', () => {
  const { Utilities } = createGasFake().globals;

  test('computeDigest SHA_256 equals node sha256 as signed bytes (-128..127)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const got = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, s, Utilities.Charset.UTF_8);
        expect(got).toEqual(signed(createHash('sha256').update(s, 'utf8').digest()));
        expect(got.every((b: number) => b >= -128 && b <= 127)).toBe(true);
      }),
    );
    const abc = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(abc.some((b: number) => b < 0)).toBe(true);
  });

  test('MD5 and US_ASCII charset (non-ASCII becomes ?)', () => {
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'Binjai');
    expect(md5).toEqual(signed(createHash('md5').update('Binjai').digest()));
    const ascii = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'é', Utilities.Charset.US_ASCII);
    expect(ascii).toEqual(signed(createHash('md5').update('?').digest()));
  });

  test('base64 round trip with bytes', () => {
    expect(Utilities.base64Encode('Sinergi é')).toBe(Buffer.from('Sinergi é').toString('base64'));
    expect(Utilities.base64Encode(Utilities.base64Decode('AP+A'))).toBe('AP+A');
    expect(Utilities.base64Decode('AP+A')).toEqual([0, -1, -128]);
    expect(Utilities.newBlob('halo', 'text/plain', 'a.txt').getDataAsString()).toBe('halo');
  });

  test('formatDate in Asia/Jakarta around midnight UTC', () => {
    const justBefore = new Date('2024-03-31T16:59:59Z'); // 23:59:59 WIB, 31 March
    const midnight = new Date('2024-03-31T17:00:00Z'); // 00:00 WIB, 1 April
    expect(Utilities.formatDate(justBefore, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-31 23:59:59');
    expect(Utilities.formatDate(midnight, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-04-01 00:00:00');
    expect(Utilities.formatDate(midnight, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2024-03-31 17:00');
    expect(Utilities.formatDate(midnight, 'Asia/Jakarta', 'EEE, d MMMM yyyy')).toBe('Mon, 1 April 2024');
    expect(Utilities.formatDate(midnight, 'Asia/Jakarta', "EEEE dd MMM yy 'pukul' h:mm a Z XXX")).toBe(
      'Monday 01 Apr 24 pukul 12:00 AM +0700 +07:00',
    );
    expect(() => Utilities.formatDate(midnight, 'Asia/Jakarta', 'yyyy-MM-dd q')).toThrow("Illegal pattern character 'q'");
  });

  test('formatString, parseCsv, sleep advances the fake clock', () => {
    const fake = createGasFake({ now: () => new Date('2024-01-01T00:00:00Z') });
    const U = fake.globals.Utilities;
    expect(U.formatString('%s baris, %d%% , %.1f', 'Tiga', 3.9, 2.25)).toBe('Tiga baris, 3% , 2.3');
    expect(U.parseCsv('a,"b,c"\n"d ""e""",f')).toEqual([
      ['a', 'b,c'],
      ['d "e"', 'f'],
    ]);
    U.sleep(1500);
    expect(fake.clock.now().toISOString()).toBe('2024-01-01T00:00:01.500Z');
  });
});
