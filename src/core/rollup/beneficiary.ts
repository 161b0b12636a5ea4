// Recipients per programme x kecamatan x kelurahan: people, families, verification stages and findings.
import type { RegisterView } from '../checks/types';
import { t } from '../i18n';
import { VERIFICATION_ORDER } from '../model/enums';
import type { BeneficiaryRow } from '../model/schemas';
import type { Lang, Severity } from '../model/types';
import { findKecamatan, findKelurahan, placeKey } from '../ref/wilayah';
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

class Acc {
  recipients = 0;
  families = new Set<string>();
  stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  constructor(
    readonly key: string,
    readonly program: string,
    readonly kecamatan: string,
    readonly kelurahan: string,
  ) {}

  add(r: BeneficiaryRow): void {
    this.recipients++;
    const kk = r.no_kk?.digits;
    if (kk) this.families.add(kk);
    this.stages[r.status_verifikasi ?? 'unknown']++;
  }

  record(): BeneficiaryRecord {
    const shares = {} as Record<Stage, number>;
    for (const s of STAGES) shares[s] = percent(this.stages[s], this.recipients) ?? 0;
    return {
      key: this.key,
      program: this.program,
      kecamatan: this.kecamatan,
      kelurahan: this.kelurahan,
      recipients: this.recipients,
      families: this.families.size,
      stages: { ...this.stages },
      shares,
      findings: { ...this.findings },
    };
  }
}

/**
 * Where a row lives. A kelurahan the reference knows decides its kecamatan (a row that names the wrong kecamatan is a
 * wilayah.kecamatan_mismatch finding, and counts where the kelurahan really is); other names group by their folded spelling.
 */
function placeOf(r: BeneficiaryRow): { kecKey: string; kec: string; kelKey: string; kel: string } {
  const kelText = r.kelurahan?.trim() ?? '';
  const kel = kelText ? findKelurahan(kelText) : undefined;
  if (kel) return { kecKey: kel.kecamatan.code, kec: kel.kecamatan.name, kelKey: kel.code, kel: kel.name };
  const kecText = r.kecamatan?.trim() ?? '';
  const kec = kecText ? findKecamatan(kecText) : undefined;
  return {
    kecKey: kec ? kec.code : kecText ? '~' + placeKey(kecText) : '',
    kec: kec ? kec.name : kecText,
    kelKey: kelText ? '~' + placeKey(kelText) : '',
    kel: kelText,
  };
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
  const groups = new Map<string, Acc>();
  const total = new Acc('', '', '', '');
  // Per register: sheet row -> its group, so that findings land where their row does.
  const rowGroup: Map<number, Acc>[] = [];
  for (const view of registers) {
    const at = new Map<number, Acc>();
    rowGroup.push(at);
    for (const r of view.rows) {
      const p = placeOf(r);
      const program = r.program ?? '';
      const key = program + '\u0001' + p.kecKey + '\u0001' + p.kelKey;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = new Acc(key, program, p.kec, p.kel)));
      g.add(r);
      total.add(r);
      at.set(r.row, g);
    }
  }
  for (const f of findings) {
    total.findings[f.severity]++;
    const g = rowGroup[f.register]?.get(f.row);
    if (g) g.findings[f.severity]++;
  }
  const records = [...groups.values()]
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
