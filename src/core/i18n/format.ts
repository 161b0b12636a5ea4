// Indonesian-first formats for money, numbers, percentages and dates in messages and reports.
import type { Day, Lang } from '../model/types';

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const groupDigits = (digits: string, sep: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** 1250000 -> "1.250.000" (id) or "1,250,000" (en); up to `decimals` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang = 'id', decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const [int, frac = ''] = Math.abs(n).toFixed(decimals).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const [thou, dec] = lang === 'id' ? ['.', ','] : [',', '.'];
  return (neg ? '-' : '') + groupDigits(int, thou) + (trimmed ? dec + trimmed : '');
}

/** 1250000 -> "Rp 1.250.000". Rupiah are shown whole. */
export function formatRupiah(n: number, lang: Lang = 'id'): string {
  return 'Rp ' + formatNumber(Math.round(n), lang, 0);
}

/** 75.5 -> "75,5%" (id) or "75.5%" (en). */
export function formatPercent(n: number, lang: Lang = 'id'): string {
  return formatNumber(n, lang, 1) + '%';
}

/** Calendar parts of a day number. */
export function dayParts(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Day number of a calendar date, or undefined when the date does not exist (31 February). */
export function dayOf(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return Math.round(t / 86400000);
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** "17/08/1980". */
export function formatDay(day: Day): string {
  const { y, m, d } = dayParts(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** "17 Agustus 1980" (id) or "17 August 1980" (en). */
export function formatDayLong(day: Day, lang: Lang = 'id'): string {
  const { y, m, d } = dayParts(day);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

export const monthNames = (lang: Lang): readonly string[] => MONTHS[lang];
