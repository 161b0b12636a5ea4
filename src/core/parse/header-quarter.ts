// Quarterly realisation headers: "Realisasi Keuangan s.d. TW I", "Realisasi" / "Fisik" / "Triwulan 2", "Realisasi s/d TW III" / "Rp" | "%".
import { foldWords } from '../text/fold';
import { editDistance } from '../text/fuzzy';

type Metric = 'real' | 'keu' | 'ang' | 'fis' | 'cap' | 'kin';
type Unit = '' | 'rp' | 'persen' | 'k';

const QUARTER_WORDS = new Set(['tw', 'triwulan', 'trw', 'tri', 'q', 'kuartal', 'quarter', 'twl']);
// Maps, not object literals: a header word such as "constructor" must not find Object.prototype.
const NUMERALS = new Map<string, number>([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
]);
// Cumulative figures are reported at quarter ends: "s.d. Maret" is TW I.
const MONTHS = new Map<string, number>([
  ['maret', 1],
  ['march', 1],
  ['juni', 2],
  ['june', 2],
  ['september', 3],
  ['desember', 4],
  ['december', 4],
]);
const FILLER = new Set([
  's',
  'd',
  'sd',
  'sampai',
  'dengan',
  'ke',
  'pada',
  'dan',
  'kumulatif',
  'komulatif',
  'akumulasi',
  'akumulatif',
  'kum',
  'total',
  'ta',
  'tahun',
  'bulan',
  'akhir',
]);
const UNITS = new Map<string, Unit>([
  ['rp', 'rp'],
  ['rupiah', 'rp'],
  ['persen', 'persen'],
  ['k', 'k'],
]);
const METRICS = new Map<string, Metric>([
  ['realisasi', 'real'],
  ['keuangan', 'keu'],
  ['anggaran', 'ang'],
  ['fisik', 'fis'],
  ['capaian', 'cap'],
  ['kinerja', 'kin'],
]);

/** "tw2", "q3", "triwulaniv" -> quarter; 0 when the word is no glued quarter. */
function gluedQuarter(w: string): number {
  for (const p of ['triwulan', 'trw', 'tw', 'q']) {
    if (w.length > p.length && w.startsWith(p)) {
      const q = NUMERALS.get(w.slice(p.length));
      if (q) return q;
    }
  }
  return 0;
}

/** A metric word typed with a slip ("Realisai", "Keuangn"): one edit, two for long words. */
function fuzzyMetric(w: string): Metric | undefined {
  if (w.length < 5) return undefined;
  for (const [m, metric] of METRICS) {
    const max = m.length >= 8 ? 2 : 1;
    const d = editDistance(w, m, max);
    if (d <= max && 1 - d / Math.max(w.length, m.length) >= 0.8) return metric;
  }
  return undefined;
}

export interface QuarterMatch {
  field: string;
  /** A metric word was recognised only by fuzzy matching. */
  fuzzy: boolean;
}

/**
 * The quarterly field a header names, or undefined. Every word must be understood: "Rencana Realisasi TW I" and "Target TW I"
 * are not realisation, and "Realisasi Keuangan" over "%" is a share of the pagu, not an amount.
 */
export function parseQuarterly(text: string): QuarterMatch | undefined {
  const words = foldWords(text.indexOf('%') >= 0 ? text.replace(/%/g, ' persen ') : text).split(' ');
  let quarter = 0;
  let unit: Unit = '';
  let fuzzy = false;
  const has = new Set<Metric>();
  const setQuarter = (q: number): boolean => {
    if (quarter && quarter !== q) return false;
    quarter = q;
    return true;
  };
  for (const w of words) {
    if (w === '' || QUARTER_WORDS.has(w) || FILLER.has(w) || /^(19|20)\d\d$/.test(w)) continue;
    const q = NUMERALS.get(w) ?? MONTHS.get(w) ?? gluedQuarter(w);
    if (q) {
      if (!setQuarter(q)) return undefined;
      continue;
    }
    const u = UNITS.get(w);
    if (u) {
      if (unit && unit !== u) return undefined;
      unit = u;
      continue;
    }
    let m = METRICS.get(w);
    if (!m) {
      m = fuzzyMetric(w);
      if (!m) return undefined;
      fuzzy = true;
    }
    has.add(m);
  }
  if (!quarter) return undefined;
  const metric = metricOf(has, unit);
  return metric ? { field: `${metric}_tw${quarter}`, fuzzy } : undefined;
}

function metricOf(has: Set<Metric>, unit: Unit): string | undefined {
  const money = has.has('keu') || (has.has('ang') && (has.has('real') || has.has('kin')));
  const fisik = has.has('fis');
  const kinerja = has.has('cap') || has.has('kin');
  // A header naming two measures ("Realisasi Fisik dan Keuangan") is told apart only by its unit column.
  if (unit === 'rp') return money || (has.has('real') && !fisik && !kinerja) ? 'realisasi_keuangan' : undefined;
  if (unit === 'k') return kinerja || (has.has('real') && !money && !fisik) ? 'capaian' : undefined;
  if (unit === 'persen') {
    if (fisik) return 'realisasi_fisik';
    if (money) return undefined;
    if (kinerja) return 'capaian';
    return has.has('real') ? 'realisasi_fisik' : undefined;
  }
  const count = (money ? 1 : 0) + (fisik ? 1 : 0) + (kinerja ? 1 : 0);
  if (count > 1) return undefined;
  if (fisik) return 'realisasi_fisik';
  if (money) return 'realisasi_keuangan';
  if (kinerja) return 'capaian';
  // "Realisasi TW I" alone: in budget reporting plain "realisasi" is spending.
  return has.has('real') ? 'realisasi_keuangan' : undefined;
}

/** "s.d. TW II", "s/d", "kumulatif": a cumulative figure, which is what the register's quarterly fields hold. */
export function isCumulative(text: string): boolean {
  const words = foldWords(text).split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'sd' || w === 'sampai' || w === 'kumulatif' || w === 'komulatif' || w === 'akumulasi' || w === 'akumulatif') return true;
    if (w === 's' && words[i + 1] === 'd') return true;
  }
  return false;
}
