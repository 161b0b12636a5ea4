// No reader throws on any input, and a million realistic cells per reader go through (timing printed only on request).
import fc from 'fast-check';
import {
  isEmpty,
  isErrorValue,
  looksLikeFractionColumn,
  readDate,
  readEnum,
  readId,
  readInteger,
  readMoney,
  readNumber,
  readPercent,
  readPeriod,
  readText,
  readYear,
  shownValue,
  INVALID,
} from '../../../src/core/parse/coerce';

const readers: [string, (v: unknown) => unknown][] = [
  ['readText', (v) => readText(v)],
  ['readId', readId],
  ['readDate', (v) => readDate(v, 420, 20000)],
  ['readNumber', readNumber],
  ['readMoney', readMoney],
  ['readInteger', readInteger],
  ['readPercent', (v) => readPercent(v, true)],
  ['readYear', readYear],
  ['readPeriod', (v) => readPeriod(v)],
  ['readEnum', (v) => readEnum('program', v)],
  ['shownValue', shownValue],
  ['isEmpty', isEmpty],
  ['isErrorValue', isErrorValue],
];

// Strings made of the characters that matter to the readers, so that the generator reaches the interesting paths.
const cellChars = fc.constantFrom(..."0123456789 .,-+()/:%#'’eERrpPIDTWQSAgustMi\u00a0\u202f\u2212–".split(''));
const cellText = fc.array(cellChars, { maxLength: 24 }).map((cs) => cs.join(''));
const cellValue = fc.oneof(
  fc.anything(),
  cellText,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constantFrom(null, undefined, '', '#N/A', -0, 2 ** 53, 1e21, { error: '#REF!' }, { result: { result: 'x' } }),
);

describe('no reader throws', () => {
  test.each(readers)('%s', (_name, read) => {
    fc.assert(
      fc.property(cellValue, (v) => {
        read(v);
      }),
      { numRuns: 3000 },
    );
  });

  test('looksLikeFractionColumn', () => {
    fc.assert(
      fc.property(fc.array(cellValue), (vs) => {
        looksLikeFractionColumn(vs);
      }),
    );
  });

  test('number readers return a finite number, undefined or INVALID', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        for (const r of [readNumber(v), readMoney(v), readInteger(v), readPercent(v, false), readYear(v)]) {
          expect(r === undefined || r === INVALID || (typeof r === 'number' && Number.isFinite(r) && !Object.is(r, -0))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('readDate returns an integer day, undefined or INVALID', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const d = readDate(v);
        expect(d === undefined || d === INVALID || Number.isInteger(d)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('readId digits hold only digits', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const id = readId(v);
        if (id) expect(/^[0-9]*$/.test(id.digits)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a million cells per reader', () => {
  const N = 1_000_000;
  const time = (name: string, values: readonly unknown[], read: (v: unknown) => unknown): void => {
    const start = Date.now();
    let sink = 0;
    for (let i = 0; i < N; i++) if (read(values[i % values.length]) !== undefined) sink++;
    const ms = Date.now() - start;
    if (process.env.SINERGI_BENCH) console.log(`${name}: ${N} cells in ${ms} ms`);
    expect(sink).toBeGreaterThan(0);
  };

  test('readNumber', () => {
    time('readNumber', [1250000, '1.250.000', 'Rp 1.250.000,-', 0.5, '75,5', '', 3, '1,250,000.50', 42, null], readNumber);
  });

  test('readId', () => {
    time('readId', ['1275011708800001', "'1275011708800002", 1275011708800003, '1275 0117 0880 0004', '', 1275011708800000], readId);
  });

  test('readDate', () => {
    const dates = [new Date('1980-08-16T17:00:00Z'), new Date(Date.UTC(1990, 0, 1)), new Date('1955-03-09T16:30:00Z')];
    time('readDate', [...dates, '17/08/1980', '17-08-1980', 'Binjai, 17 Agustus 1980', 29450, '', '1980-08-17'], (v) => readDate(v));
  });
});
