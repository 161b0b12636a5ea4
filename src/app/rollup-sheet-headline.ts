// The headline block at the top of the rollup sheet: written with the tables, and read back (by position) for the sidebar.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { TW_ROMAN } from '../core/rollup/progress';
import type { WorkbookResult } from '../core/workbook';
import { asText, FORMAT } from './rollup-sheet-cells';

export type HeadlineKey = 'pagu' | 'keuangan' | 'fisik' | 'recipients' | 'families';
export type HeadlineKind = 'rp' | 'pct' | 'count';

export interface HeadlineItem {
  key: HeadlineKey;
  kind: HeadlineKind;
  /** The label as written on the sheet (in the sheet's language, with its quarter). */
  label: string;
  /** null when there is nothing to measure (no programme register, no financial realisation reported). */
  value: number | null;
}

export interface Headline {
  /** When the rollup was written, as shown on the sheet. */
  updated: string;
  items: HeadlineItem[];
}

const ITEMS: readonly { key: HeadlineKey; kind: HeadlineKind; label: string }[] = [
  { key: 'pagu', kind: 'rp', label: 'rekap.head.pagu' },
  { key: 'keuangan', kind: 'pct', label: 'rekap.head.keuangan' },
  { key: 'fisik', kind: 'pct', label: 'rekap.head.fisik' },
  { key: 'recipients', kind: 'count', label: 'rekap.head.recipients' },
  { key: 'families', kind: 'count', label: 'rekap.head.families' },
];

/** Rows 1-2 are the sheet title and the update time; the items follow, one per row, label in A and value in B. */
export const HEADLINE_ROWS = 2 + ITEMS.length;

const FORMAT_OF: Record<HeadlineKind, string> = { rp: FORMAT.whole, pct: FORMAT.percent, count: FORMAT.whole };

/** The headline rows (two columns) and their number formats. */
export function headlineRows(result: WorkbookResult, lang: Lang, updated: string): { values: (string | number)[][]; formats: string[][] } {
  const program = result.rollups.program;
  const ben = result.rollups.beneficiary;
  const tw = program?.quarter === undefined ? '-' : TW_ROMAN[program.quarter - 1];
  const value: Record<HeadlineKey, number | undefined> = {
    pagu: program?.city.pagu,
    keuangan: program?.city.realisasiKeuanganPct,
    fisik: program?.city.realisasiFisikPct,
    recipients: ben?.total.recipients,
    families: ben?.total.families,
  };
  const values: (string | number)[][] = [
    [asText(t(lang, 'rekap.title')), ''],
    [asText(t(lang, 'rekap.updated')), asText(updated)],
    ...ITEMS.map((i) => [asText(t(lang, i.label, { tw })), value[i.key] ?? '']),
  ];
  const formats = [[FORMAT.text, FORMAT.text], [FORMAT.text, FORMAT.text], ...ITEMS.map((i) => [FORMAT.text, FORMAT_OF[i.kind]])];
  return { values, formats };
}

const TITLES = new Set([t('id', 'rekap.title'), t('en', 'rekap.title')]);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * Reads the headline back from the first HEADLINE_ROWS x 2 cells of the rollup sheet. Null when the sheet does not
 * start with Sinergi's title (someone rebuilt it by hand): a wrong number is worse than none.
 */
export function readHeadline(values: readonly (readonly unknown[])[] | null | undefined): Headline | null {
  if (!Array.isArray(values) || values.length < HEADLINE_ROWS) return null;
  if (!TITLES.has(str(values[0]?.[0]))) return null;
  const items = ITEMS.map((item, k): HeadlineItem => {
    const row = values[2 + k] ?? [];
    const v = row[1];
    return {
      key: item.key,
      kind: item.kind,
      label: str(row[0]),
      value: typeof v === 'number' && Number.isFinite(v) ? v : null,
    };
  });
  return { updated: str(values[1]?.[1]), items };
}
