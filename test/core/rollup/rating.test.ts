// Permendagri 86/2017 rating thresholds, applied so that 90.5 is Tinggi.
import { rating } from '../../../src/core/rollup/rating';

test.each([
  [100, 'sangat_tinggi'],
  [91, 'sangat_tinggi'],
  [90.99999999999999, 'sangat_tinggi'],
  [90.5, 'tinggi'],
  [76, 'tinggi'],
  [75.99, 'sedang'],
  [66, 'sedang'],
  [65.99, 'rendah'],
  [51, 'rendah'],
  [50.99, 'sangat_rendah'],
  [50, 'sangat_rendah'],
  [0, 'sangat_rendah'],
  [NaN, 'sangat_rendah'],
] as const)('%s%% -> %s', (p, want) => {
  expect(rating(p)).toBe(want);
});
