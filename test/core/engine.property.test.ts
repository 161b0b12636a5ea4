// Property: on any grid the engine never throws, never changes its input, and reports each bad cell at most once per rule.
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import { BENEFICIARY_FIELDS, PROGRAM_FIELDS } from '../../src/core/model/fields';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);

const headerWords = [...BENEFICIARY_FIELDS, ...PROGRAM_FIELDS].flatMap((f) => f.synonyms.slice(0, 3));

const cell = fc.oneof(
  fc.constantFrom(
    '',
    null,
    undefined,
    true,
    false,
    '#N/A',
    '#REF!',
    '=IMPORTXML("http://x","//a")',
    '+62 812',
    '@foo',
    '-',
    "'1275011708800001",
  ),
  fc.constantFrom(
    '1275011708800001',
    '1275 0157 0885 0002',
    '12.75.01.170880.0001',
    '1.27501E+15',
    'Tanah Tinggi',
    'Kel. Jatinegara',
    'PKH',
    'BST',
    'Sembako',
  ),
  fc.constantFrom(
    '17/08/1980',
    '17 Agustus 1980',
    'Binjai, 17-08-80',
    '31/02/1980',
    'Rp 1.250.000',
    '1.250.000,50',
    '75,5 %',
    'meninggal',
    'L',
    'Perempuan',
  ),
  fc.constantFrom('1.06.04', '1.06.04.2.01', '1.06.04.2.01.0001', '1.01.01.02.01.0001', 'JUMLAH', 'TW I 2025', 'M1', 'S1.2'),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constantFrom(1275011708800001, 1275015708850000, 9007199254740993, 29450, 0.755, -1, 1e21),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: false }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const row = fc.array(cell, { maxLength: 24 });
const headerRow = fc.array(fc.oneof(fc.constantFrom(...headerWords), cell), { minLength: 1, maxLength: 24 });

const grid = fc
  .tuple(
    fc.array(row, { maxLength: 9 }),
    fc.option(headerRow, { nil: undefined }),
    fc.option(headerRow, { nil: undefined }),
    fc.array(row, { maxLength: 40 }),
  )
  .map(([above, h1, h2, below]) => [...above, ...(h1 ? [h1] : []), ...(h2 ? [h2] : []), ...below]);

function snapshot(g: unknown[][]): string {
  return JSON.stringify(g, (_k, v) =>
    v === undefined ? '__undef__' : v instanceof Date ? `D${v.getTime()}` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}

test('never throws, never mutates, one finding per rule and cell', () => {
  fc.assert(
    fc.property(grid, fc.constantFrom('beneficiary', 'program', undefined), (g, kind) => {
      const before = snapshot(g);
      const result = checkSheet({ sheet: 'Acak', values: g }, { today: TODAY, kind: kind as 'beneficiary' | 'program' | undefined });
      expect(snapshot(g)).toBe(before);
      if (!result) return;
      const seen = new Set<string>();
      for (const f of result.findings) {
        if (f.cell === '') continue;
        const key = `${f.rule}|${f.cell}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(f.message).not.toMatch(/\d{16}/);
      }
    }),
    { numRuns: 400 },
  );
});
