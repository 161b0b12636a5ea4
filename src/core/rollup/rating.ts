// Permendagri 86/2017 rating of an achievement percentage (tingkat capaian), applied as thresholds.
export const RATINGS = ['sangat_tinggi', 'tinggi', 'sedang', 'rendah', 'sangat_rendah'] as const;
export type Rating = (typeof RATINGS)[number];

// A percentage computed as 90.99999999999 shows as 91,00%: it must rate as what it shows.
const EPS = 1e-9;

/** Sangat Tinggi >= 91, Tinggi >= 76, Sedang >= 66, Rendah >= 51, else Sangat Rendah; 90.5 is Tinggi, not rounded up. NaN is Sangat Rendah. */
export function rating(percent: number): Rating {
  const p = percent + EPS;
  if (p >= 91) return 'sangat_tinggi';
  if (p >= 76) return 'tinggi';
  if (p >= 66) return 'sedang';
  if (p >= 51) return 'rendah';
  return 'sangat_rendah';
}

/** The message key of a rating's name. */
export const ratingKey = (r: Rating): string => 'rating.' + r;
