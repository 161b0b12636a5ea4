// Recipients per programme x kecamatan x kelurahan: people, families, verification stages and findings.
//
// Half a million rows must roll up in well under a second, so a row costs a few integer look-ups: each distinct place
// spelling is resolved once, a group is found by (place id, programme id) in a small grid, families are counted with KK
// ids from a typed-array table after the rows are ordered by group, and a finding finds its row's group through one
// Int32Array per register instead of a Map per row.
import { IdIndex } from '../checks/intern';
import type { RegisterView } from '../checks/types';
import { t } from '../i18n';
import { VERIFICATION_ORDER } from '../model/enums';
import type { Lang, Severity } from '../model/types';
import { findKecamatan, findKelurahan, placeKey, type Kelurahan } from '../ref/wilayah';
import { makeTable, percent, type Cell, type RollupView } from './table';

export const STAGES = [...VERIFICATION_ORDER, 'ditolak', 'unknown'] as const;
export type Stage = (typeof STAGES)[number];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding pointed at a row: `register` indexes the registers given, `row` is the 1-based sheet row (as in Finding.row). */
export interface RowFinding {
  severity: Severity;
  register: number;
  row: number;
}

export interface BeneficiaryRecord {
  key: string;
  /** Canonical programme, and kecamatan / kelurahan names (the reference's spelling when known, else as written); "" = not filled. */
  program: string;
  kecamatan: string;
  kelurahan: string;
  /** Rows: one recipient per programme and period. */
  recipients: number;
  /** Distinct KK numbers (digits) among the rows that carry one. */
  families: number;
  stages: Record<Stage, number>;
  /** Percent of recipients at each stage, 2 decimals. */
  shares: Record<Stage, number>;
  findings: Record<Severity, number>;
}

export interface BeneficiaryRollup extends RollupView<BeneficiaryRecord> {
  /** All rows; its findings also count those that point at no row of these registers (a missing column). */
  total: BeneficiaryRecord;
}

class Group {
  recipients = 0;
  families = 0;
  stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  constructor(
    readonly key: string,
    readonly program: string,
    readonly kecamatan: string,
    readonly kelurahan: string,
  ) {}

  record(): BeneficiaryRecord {
    const shares = {} as Record<Stage, number>;
    for (const s of STAGES) shares[s] = percent(this.stages[s], this.recipients) ?? 0;
    return {
      key: this.key,
      program: this.program,
      kecamatan: this.kecamatan,
      kelurahan: this.kelurahan,
      recipients: this.recipients,
      families: this.families,
      stages: { ...this.stages },
      shares,
      findings: { ...this.findings },
    };
  }
}

/** A kecamatan cell as written, resolved: its grouping key ("" = not filled) and the name shown. */
interface KecCell {
  key: string;
  name: string;
}

/** A kelurahan cell as written, resolved: the reference kelurahan when known, else its grouping key and text. */
interface KelCell {
  kel: Kelurahan | undefined;
  key: string;
  text: string;
  /** Place id of a known kelurahan (its kecamatan comes with it); -1 otherwise. */
  place: number;
  /** Place ids of an unknown kelurahan by the kecamatan cell beside it. */
  withKec?: Map<KecCell, number>;
}

/**
 * Where rows live. A kelurahan the reference knows decides its kecamatan (a row that names the wrong kecamatan is a
 * wilayah.kecamatan_mismatch finding, and counts where the kelurahan really is); other names group by their folded
 * spelling. Cells are resolved once per distinct text, and places numbered by their keys.
 */
class Places {
  private kels = new Map<string | undefined, KelCell>();
  private kecs = new Map<string | undefined, KecCell>();
  private ids = new Map<string, number>();
  /** Each place id's key part of a group key: kecamatan key, \u0001, kelurahan key. */
  readonly keys: string[] = [];

  kel(raw: string | undefined): KelCell {
    let c = this.kels.get(raw);
    if (c) return c;
    const text = raw?.trim() ?? '';
    const kel = text ? findKelurahan(text) : undefined;
    c = kel
      ? { kel, key: kel.code, text, place: this.id(kel.kecamatan.code, kel.code) }
      : { kel, key: text ? '~' + placeKey(text) : '', text, place: -1 };
    this.kels.set(raw, c);
    return c;
  }

  kec(raw: string | undefined): KecCell {
    let c = this.kecs.get(raw);
    if (c) return c;
    const text = raw?.trim() ?? '';
    const kec = text ? findKecamatan(text) : undefined;
    c = { key: kec ? kec.code : text ? '~' + placeKey(text) : '', name: kec ? kec.name : text };
    this.kecs.set(raw, c);
    return c;
  }

  /** The place of an unknown kelurahan written beside a kecamatan cell. */
  beside(kel: KelCell, kec: KecCell): number {
    const m = (kel.withKec ??= new Map());
    let id = m.get(kec);
    if (id === undefined) m.set(kec, (id = this.id(kec.key, kel.key)));
    return id;
  }

  private id(kecKey: string, kelKey: string): number {
    const key = kecKey + '\u0001' + kelKey;
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.keys.length));
      this.keys.push(key);
    }
    return id;
  }
}

/** Sheet row -> group of one register: an array over the register's row numbers, or a Map when they are spread too thinly. */
type RowGroups = { min: number; at: Int32Array } | Map<number, number>;

function rowGroups(rowNum: Int32Array, groupOf: Int32Array, from: number, to: number): RowGroups {
  let min = 2147483647;
  let max = -2147483648;
  for (let o = from; o < to; o++) {
    if (rowNum[o] < min) min = rowNum[o];
    if (rowNum[o] > max) max = rowNum[o];
  }
  // In row order, so that a repeated row number keeps its last row, as Map.set does.
  if (to > from && max - min < 4 * (to - from) + 1024) {
    const at = new Int32Array(max - min + 1).fill(-1);
    for (let o = from; o < to; o++) at[rowNum[o] - min] = groupOf[o];
    return { min, at };
  }
  const m = new Map<number, number>();
  for (let o = from; o < to; o++) m.set(rowNum[o], groupOf[o]);
  return m;
}

function rowMap(view: RegisterView<'beneficiary'>, groupOf: Int32Array, from: number): RowGroups {
  const m = new Map<number, number>();
  view.rows.forEach((r, i) => m.set(r.row, groupOf[from + i]));
  return m;
}

function groupAt(rg: RowGroups | undefined, row: number): number {
  if (rg === undefined) return -1;
  if (rg instanceof Map) return rg.get(row) ?? -1;
  const g = rg.at[row - rg.min];
  return g === undefined ? -1 : g;
}

const COLUMNS = [
  'rollup.col.program',
  'rollup.col.kecamatan',
  'rollup.col.kelurahan',
  'rollup.col.recipients',
  'rollup.col.families',
  ...STAGES.map((s) => 'rollup.col.stage_' + s),
  ...SEVERITIES.map((s) => 'rollup.col.findings_' + s),
];

const blankLast = (a: string, b: string): number => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, 'en', { numeric: true });

/**
 * Rolls beneficiary registers up per programme x kecamatan x kelurahan, with a total. `findings` are counted on the group
 * of the row they point at: pass one entry per finding (its first place) to count findings, or one per place to count
 * flagged rows.
 */
export function beneficiaryRollup(
  registers: readonly RegisterView<'beneficiary'>[],
  findings: readonly RowFinding[] = [],
): BeneficiaryRollup {
  let n = 0;
  for (const view of registers) n += view.rows.length;
  const places = new Places();
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  /** Group index by place id, then programme id. */
  const grid: number[][] = [];
  const programIds = new Map<string, number>();
  const total = new Group('', '', '', '');
  const families = new IdIndex(n >> 1);
  // Per row, numbered across the registers: its group, its KK id (-1 = none) and its sheet row.
  const groupOf = new Int32Array(n);
  const kkOf = new Int32Array(n);
  const rowNum = new Int32Array(n);
  /** Registers whose sheet rows are not all int32 (never seen; the rows are then read again into a Map). */
  const odd = new Set<number>();
  // Rows of a register mostly share one programme, and often one kelurahan: look up only when it changes.
  let lastProgram: string | undefined;
  let programId = -1;
  let lastKel: string | undefined;
  let kelCell = places.kel(undefined);
  let lastKk: string | undefined;
  let kkId = -1;
  let o = 0;
  for (let reg = 0; reg < registers.length; reg++) {
    for (const r of registers[reg].rows) {
      const program = r.program ?? '';
      if (program !== lastProgram) {
        lastProgram = program;
        programId = programIds.get(program) ?? -1;
        if (programId < 0) programIds.set(program, (programId = programIds.size));
      }
      if (r.kelurahan !== lastKel) {
        lastKel = r.kelurahan;
        kelCell = places.kel(lastKel);
      }
      const kecCell = kelCell.kel ? undefined : places.kec(r.kecamatan);
      const place = kecCell ? places.beside(kelCell, kecCell) : kelCell.place;
      const row = (grid[place] ??= []);
      let gi = row[programId] ?? -1;
      if (gi < 0) {
        // Groups are told apart by their key text, as they always were; the first row of a group names its place.
        const key = program + '\u0001' + places.keys[place];
        gi = byKey.get(key) ?? -1;
        if (gi < 0) {
          byKey.set(key, (gi = groups.length));
          const kel = kelCell.kel;
          groups.push(new Group(key, program, kel ? kel.kecamatan.name : kecCell!.name, kel ? kel.name : kelCell.text));
        }
        row[programId] = gi;
      }
      const g = groups[gi];
      const stage = r.status_verifikasi ?? 'unknown';
      g.recipients++;
      g.stages[stage]++;
      total.stages[stage]++;
      // Family members are often listed one under the other: the same KK as the row before needs no look-up.
      const kk = r.no_kk?.digits;
      if (kk !== lastKk) {
        lastKk = kk;
        kkId = kk ? families.add(kk) : -1;
      }
      kkOf[o] = kkId;
      groupOf[o] = gi;
      rowNum[o++] = r.row;
      if ((r.row | 0) !== r.row) odd.add(reg);
    }
  }
  total.recipients = n;
  total.families = families.keys.length;
  countFamilies(groups, groupOf, kkOf, families.keys.length);
  // Per register: sheet row -> its group, so that findings land where their row does.
  const rowGroup: RowGroups[] = [];
  for (let reg = 0, from = 0; reg < registers.length; reg++) {
    const to = from + registers[reg].rows.length;
    rowGroup.push(odd.has(reg) ? rowMap(registers[reg], groupOf, from) : rowGroups(rowNum, groupOf, from, to));
    from = to;
  }
  for (const f of findings) {
    total.findings[f.severity]++;
    const gi = groupAt(rowGroup[f.register], f.row);
    if (gi >= 0) groups[gi].findings[f.severity]++;
  }
  const records = [...groups]
    .sort((a, b) => blankLast(a.program, b.program) || blankLast(a.kecamatan, b.kecamatan) || blankLast(a.kelurahan, b.kelurahan))
    .map((g) => g.record());
  const totalRecord = total.record();
  const rowOf = (rec: BeneficiaryRecord, lang: Lang, label?: string): Cell[] => {
    const blank = t(lang, 'rollup.blank');
    return [
      label ?? (rec.program || blank),
      label ? '' : rec.kecamatan || blank,
      label ? '' : rec.kelurahan || blank,
      rec.recipients,
      rec.families,
      ...STAGES.map((s) => rec.shares[s]),
      ...SEVERITIES.map((s) => rec.findings[s]),
    ];
  };
  return {
    id: 'beneficiary_by_area',
    records,
    total: totalRecord,
    toTable: (lang) =>
      makeTable('beneficiary_by_area', COLUMNS, lang, [
        ...records.map((r) => rowOf(r, lang)),
        rowOf(totalRecord, lang, t(lang, 'rollup.total')),
      ]),
  };
}

/** Distinct KK ids per group: rows ordered by group (a counting sort), then each group's ids stamped with the group. */
function countFamilies(groups: Group[], groupOf: Int32Array, kkOf: Int32Array, kkCount: number): void {
  const start = new Int32Array(groups.length + 1);
  for (let o = 0; o < groupOf.length; o++) if (kkOf[o] >= 0) start[groupOf[o] + 1]++;
  for (let g = 0; g < groups.length; g++) start[g + 1] += start[g];
  const at = start.slice(0, groups.length);
  const ordered = new Int32Array(start[groups.length]);
  for (let o = 0; o < groupOf.length; o++) if (kkOf[o] >= 0) ordered[at[groupOf[o]]++] = kkOf[o];
  const stamp = new Int32Array(kkCount).fill(-1);
  for (let g = 0; g < groups.length; g++) {
    let count = 0;
    for (let i = start[g]; i < start[g + 1]; i++) {
      if (stamp[ordered[i]] === g) continue;
      stamp[ordered[i]] = g;
      count++;
    }
    groups[g].families = count;
  }
}
