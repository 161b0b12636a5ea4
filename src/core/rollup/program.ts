// Progress of programme registers per OPD, per RPJMD misi, per urusan and for the city: money, physical progress, ratings.
import type { RegisterView } from '../checks/types';
import { t } from '../i18n';
import { DEFAULT_CONFIG } from '../model/config';
import type { ProgramRow } from '../model/schemas';
import type { Lang } from '../model/types';
import { parseCode, urusanOf } from '../ref/program-code';
import { indexPrograms, type ProgramIndex } from './program-tree';
import { CAPAIAN, FISIK, KEUANGAN, TW_ROMAN, isBehind, latestQuarter, valueAt, type Quarter } from './progress';
import { rating, ratingKey, type Rating } from './rating';
import { foldRpjmdCode, hasRpjmdValue, rpjmdCodes } from '../ref/rpjmd';
import { cell, makeTable, percent, round2, type Cell, type RollupView, type Table } from './table';

export interface ProgramRollupOptions {
  /** Quarter whose cumulative figures are current; default the latest quarter any register reports. */
  quarter?: Quarter;
  /** Expected cumulative physical progress per quarter, for the behind-schedule count. */
  expectedFisik?: readonly number[];
  /** Nomenclature names (normalised code -> name), to name urusan groups; the registers' own bidang rows are used too. */
  nomenclature?: ReadonlyMap<string, string>;
}

/** One group's figures. Percentages are 0-100 with 2 decimals; undefined when there is nothing to measure. */
export interface ProgramRecord {
  key: string;
  /** The group's name as written (OPD, misi) or its code and name (urusan); "" when `labelKey` names it. */
  label: string;
  /** A message key naming a group that has no name of its own (the total, rows without misi). */
  labelKey?: string;
  pagu: number;
  realisasiKeuangan: number;
  /** Undefined when no leaf reports any financial realisation, or the pagu is 0. */
  realisasiKeuanganPct?: number;
  /** Pagu-weighted cumulative physical progress; leaves that report none count as 0; undefined when none reports any. */
  realisasiFisikPct?: number;
  /** Leaf items (sub-kegiatan): rows repeating one code in one scope are one item. */
  subKegiatan: number;
  behind: number;
  /** Items that report no physical progress at all by the quarter. */
  noFisik: number;
  pariwisataPagu: number;
  pariwisataPct?: number;
  absorptionRating?: Rating;
  capaianPct?: number;
  capaianRating?: Rating;
}

export interface ProgramRollup {
  quarter?: Quarter;
  byOpd: RollupView<ProgramRecord>;
  byMisi: RollupView<ProgramRecord>;
  byUrusan: RollupView<ProgramRecord>;
  city: ProgramRecord;
  /** The three group tables, each ending with the city total, in one language. */
  tables(lang: Lang): Table[];
}

class Acc {
  pagu = 0;
  keu = 0;
  keuSeen = false;
  fisikWeighted = 0;
  fisikWeight = 0;
  fisikSeen = false;
  items = new Set<string>();
  behind = new Set<string>();
  reported = new Set<string>();
  pari = 0;
  capaianSum = 0;
  capaianN = 0;
  constructor(
    readonly key: string,
    public label: string,
    readonly labelKey?: string,
  ) {}
}

interface Leaf {
  reg: number;
  i: number;
  item: string;
  pagu: number;
  keu?: number;
  fisik?: number;
  behind: boolean;
  pariwisata: boolean;
  capaian?: number;
}

const clampPct = (v: number): number => (v < 0 ? 0 : v > 100 ? 100 : v);

/**
 * Capaian of a leaf at quarter q: the cumulative capaian against its target, capped at 100 so that one over-achieving
 * indicator (or a unit mismatch) cannot hide others that fall short; when the row has no capaian or no target above 0,
 * its physical progress stands in for it.
 */
function capaianOf(r: ProgramRow, q: Quarter): number | undefined {
  const c = valueAt(r, CAPAIAN, q);
  if (c !== undefined && r.target !== undefined && r.target > 0) return clampPct((c / r.target) * 100);
  const f = valueAt(r, FISIK, q);
  return f === undefined ? undefined : clampPct(f);
}

function add(acc: Acc, leaf: Leaf): void {
  acc.pagu += leaf.pagu;
  if (leaf.keu !== undefined) {
    acc.keu += leaf.keu;
    acc.keuSeen = true;
  }
  if (leaf.pagu > 0) {
    acc.fisikWeighted += leaf.pagu * (leaf.fisik === undefined ? 0 : clampPct(leaf.fisik));
    acc.fisikWeight += leaf.pagu;
  }
  if (leaf.fisik !== undefined) {
    acc.fisikSeen = true;
    acc.reported.add(leaf.item);
  }
  acc.items.add(leaf.item);
  if (leaf.behind) acc.behind.add(leaf.item);
  if (leaf.pariwisata) acc.pari += leaf.pagu;
  if (leaf.capaian !== undefined) {
    acc.capaianSum += leaf.capaian;
    acc.capaianN++;
  }
}

function record(acc: Acc): ProgramRecord {
  const rec: ProgramRecord = {
    key: acc.key,
    label: acc.label,
    pagu: round2(acc.pagu),
    realisasiKeuangan: round2(acc.keu),
    subKegiatan: acc.items.size,
    behind: acc.behind.size,
    noFisik: acc.items.size - acc.reported.size,
    pariwisataPagu: round2(acc.pari),
  };
  if (acc.labelKey) rec.labelKey = acc.labelKey;
  const keuPct = acc.keuSeen ? percent(acc.keu, acc.pagu) : undefined;
  if (keuPct !== undefined) {
    rec.realisasiKeuanganPct = keuPct;
    rec.absorptionRating = rating(keuPct);
  }
  if (acc.fisikSeen && acc.fisikWeight > 0) rec.realisasiFisikPct = round2(acc.fisikWeighted / acc.fisikWeight);
  const pariPct = percent(acc.pari, acc.pagu);
  if (pariPct !== undefined) rec.pariwisataPct = pariPct;
  if (acc.capaianN > 0) {
    rec.capaianPct = round2(acc.capaianSum / acc.capaianN);
    rec.capaianRating = rating(rec.capaianPct);
  }
  return rec;
}

const COLUMNS = [
  'rollup.col.pagu',
  'rollup.col.realisasi_keuangan',
  'rollup.col.realisasi_keuangan_pct',
  'rollup.col.realisasi_fisik_pct',
  'rollup.col.sub_kegiatan',
  'rollup.col.behind',
  'rollup.col.no_fisik',
  'rollup.col.pariwisata_pagu',
  'rollup.col.pariwisata_pct',
  'rollup.col.absorption_rating',
  'rollup.col.capaian_pct',
  'rollup.col.capaian_rating',
] as const;

const ratingCell = (r: Rating | undefined, lang: Lang): Cell => (r === undefined ? '' : t(lang, ratingKey(r)));

function rowOf(rec: ProgramRecord, lang: Lang): Cell[] {
  return [
    rec.labelKey ? t(lang, rec.labelKey) : rec.label,
    rec.pagu,
    rec.realisasiKeuangan,
    cell(rec.realisasiKeuanganPct),
    cell(rec.realisasiFisikPct),
    rec.subKegiatan,
    rec.behind,
    rec.noFisik,
    rec.pariwisataPagu,
    cell(rec.pariwisataPct),
    ratingCell(rec.absorptionRating, lang),
    cell(rec.capaianPct),
    ratingCell(rec.capaianRating, lang),
  ];
}

function view(
  id: string,
  groupColumn: string,
  records: ProgramRecord[],
  city: ProgramRecord,
  quarter: Quarter | undefined,
): RollupView<ProgramRecord> {
  return {
    id,
    records,
    toTable: (lang) =>
      makeTable(
        id,
        [groupColumn, ...COLUMNS],
        lang,
        [...records, city].map((r) => rowOf(r, lang)),
        { tw: quarter === undefined ? '-' : TW_ROMAN[quarter - 1] },
      ),
  };
}

const numeric = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Groups last-named by a message key (no misi, no code) go after the named ones. */
function sorted(groups: Map<string, Acc>, byLabel: boolean): ProgramRecord[] {
  return [...groups.values()]
    .sort(
      (a, b) =>
        (a.labelKey ? 1 : 0) - (b.labelKey ? 1 : 0) ||
        (byLabel ? numeric(a.label, b.label) : numeric(a.key, b.key)) ||
        numeric(a.key, b.key),
    )
    .map(record);
}

function leavesOf(idx: ProgramIndex, q: Quarter | undefined, expected: readonly number[]): Leaf[] {
  const out: Leaf[] = [];
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const rows = idx.registers[reg].rows;
    for (let i = 0; i < rows.length; i++) {
      if (!idx.isLeaf(reg, i)) continue;
      const r = rows[i];
      const leaf: Leaf = {
        reg,
        i,
        item: idx.leafKey(reg, i),
        pagu: r.pagu !== undefined && r.pagu > 0 ? r.pagu : 0,
        behind: q !== undefined && isBehind(r, q, expected),
        pariwisata: idx.inherit(reg, i, (x) => x.pariwisata) === 'Y',
      };
      if (q !== undefined) {
        const keu = valueAt(r, KEUANGAN, q);
        const fisik = valueAt(r, FISIK, q);
        const cap = capaianOf(r, q);
        if (keu !== undefined) leaf.keu = keu;
        if (fisik !== undefined) leaf.fisik = fisik;
        if (cap !== undefined) leaf.capaian = cap;
      }
      out.push(leaf);
    }
  }
  return out;
}

/** Names of bidang codes: the nomenclature's, else the register's own bidang heading rows. */
function bidangNames(idx: ProgramIndex, nomenclature: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (let reg = 0; reg < idx.registers.length; reg++) {
    const rows = idx.registers[reg].rows;
    for (let i = 0; i < rows.length; i++) {
      const u = rows[i].uraian?.trim();
      if (idx.level(reg, i) === 'bidang' && u && !names.has(idx.code(reg, i)!)) names.set(idx.code(reg, i)!, u);
    }
  }
  if (nomenclature)
    for (const [code, name] of nomenclature) if (name && parseCode(code)?.level === 'bidang') names.set(parseCode(code)!.code, name);
  return names;
}

/**
 * Rolls programme registers up. Only leaf rows count (see ProgramIndex.isLeaf): a programme or kegiatan row's pagu is the
 * sum of its sub-kegiatan and is never added again. Figures are cumulative at the quarter, an empty quarter carrying the
 * last one reported. A sub-kegiatan takes its misi and its tourism flag (pariwisata = Y) from the nearest row above it
 * that has one when its own cell is empty. Ratings rate the plain percentages (realisasi keuangan against the year's pagu;
 * capaian against the year's target), as the Permendagri 86/2017 evaluation form does: mid-year they are low by design.
 */
export function programRollup(registers: readonly RegisterView<'program'>[], options: ProgramRollupOptions = {}): ProgramRollup {
  const idx = indexPrograms(registers);
  let quarter = options.quarter;
  if (quarter === undefined) {
    for (const v of registers) {
      const q = latestQuarter(v.rows, FISIK, KEUANGAN, CAPAIAN);
      if (q !== undefined && (quarter === undefined || q > quarter)) quarter = q;
    }
  }
  const expected = options.expectedFisik ?? DEFAULT_CONFIG.expectedFisik;
  const names = bidangNames(idx, options.nomenclature);
  const byOpd = new Map<string, Acc>();
  const byMisi = new Map<string, Acc>();
  const byUrusan = new Map<string, Acc>();
  const total = new Acc('', '', 'rollup.total');
  const groupOf = (m: Map<string, Acc>, key: string, label: string, labelKey?: string): Acc => {
    let a = m.get(key);
    if (!a) m.set(key, (a = new Acc(key, label, labelKey)));
    return a;
  };
  for (const leaf of leavesOf(idx, quarter, expected)) {
    const { reg, i } = leaf;
    add(total, leaf);
    add(groupOf(byOpd, idx.opd(reg, i), idx.opdLabel(reg, i)), leaf);
    const misi = idx.inherit(reg, i, (r) => (hasRpjmdValue(r.misi) ? r.misi : undefined));
    const misiKey = misi === undefined ? '' : (rpjmdCodes(misi)[0] ?? foldRpjmdCode(misi));
    add(misiKey ? groupOf(byMisi, misiKey, misi!.trim()) : groupOf(byMisi, '', '', 'rollup.no_misi'), leaf);
    const code = idx.looseCode(reg, i);
    const urusan = code === undefined ? undefined : urusanOf(code);
    const name = urusan === undefined ? undefined : names.get(urusan);
    add(urusan ? groupOf(byUrusan, urusan, name ? `${urusan} ${name}` : urusan) : groupOf(byUrusan, '', '', 'rollup.no_code'), leaf);
  }
  const city = record(total);
  const result: ProgramRollup = {
    byOpd: view('program_by_opd', 'rollup.col.opd', sorted(byOpd, true), city, quarter),
    byMisi: view('program_by_misi', 'rollup.col.misi', sorted(byMisi, false), city, quarter),
    byUrusan: view('program_by_urusan', 'rollup.col.urusan', sorted(byUrusan, false), city, quarter),
    city,
    tables: (lang) => [result.byOpd.toTable(lang), result.byMisi.toTable(lang), result.byUrusan.toTable(lang)],
  };
  if (quarter !== undefined) result.quarter = quarter;
  return result;
}
