// IdIndex must give the ids a Map of the strings would: same string, same id; ids dense in order of first sight.
import { IdIndex, readHalves, halves } from '../../../src/core/checks/intern';

function mapIds(list: readonly string[]): number[] {
  const m = new Map<string, number>();
  return list.map((s) => {
    let id = m.get(s);
    if (id === undefined) m.set(s, (id = m.size));
    return id;
  });
}

describe('IdIndex', () => {
  test('ids as a Map would give them, through growth, for 16-digit and other strings', () => {
    let seed = 3;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    const pool: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let s = String(1 + Math.floor(rnd() * 9));
      for (let k = 0; k < 15; k++) s += String(Math.floor(rnd() * 10));
      pool.push(s);
    }
    pool.push(
      '127501',
      '12750100000000001',
      'ABCDEFGHIJKLMNOP',
      '１２７５０１０１０１０１０１０１',
      '0000000000000000',
      '9999999999999999',
    );
    const list = Array.from({ length: 20000 }, () => pool[Math.floor(rnd() * pool.length)]);
    // Started far too small, so that the table grows several times.
    const index = new IdIndex(4);
    const ids = list.map((s) => index.add(s));
    expect(ids).toEqual(mapIds(list));
    expect(index.keys).toEqual([...new Set(list)]);
  });

  test('strings that differ only beyond what a hash sees are still told apart', () => {
    const index = new IdIndex(1);
    const a = index.add('1275010101900001');
    const b = index.add('1275010101900002');
    expect(a).not.toBe(b);
    expect(index.add('1275010101900001')).toBe(a);
  });

  test('readHalves accepts 16 ASCII digits only', () => {
    expect(readHalves('1275010101900001')).toBe(true);
    expect([halves[0], halves[1]]).toEqual([12750101, 1900001]);
    expect(readHalves('127501010190000')).toBe(false);
    expect(readHalves('127501010190000x')).toBe(false);
    expect(readHalves('１２７５０１０１０１９０００００１')).toBe(false);
  });
});
