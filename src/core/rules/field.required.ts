// field.required: a required field's cell is empty, on the rows where that field applies.
import { t } from '../i18n';
import { FIELDS } from '../model/fields';
import type { ProgramRow } from '../model/schemas';
import type { RegisterKind } from '../model/types';
import { fold } from '../text/fold';
import { defineRule } from './types';

type Cells = Readonly<Record<string, unknown>>;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') {
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 32 && v.charCodeAt(i) !== 160) return false;
    return true;
  }
  // A NIK/KK cell holding only separators ("-", "'") is empty; one holding words ("belum ada") is nik.format's.
  if (typeof v === 'object') {
    const id = v as { digits?: unknown; junk?: unknown };
    return id.digits === '' && id.junk === false;
  }
  return false;
}

const FIGURES = ['pagu', 'target'].concat(
  ...['realisasi_keuangan', 'realisasi_fisik', 'capaian'].map((p) => [1, 2, 3, 4].map((q) => `${p}_tw${q}`)),
) as (keyof ProgramRow)[];

function hasFigures(r: ProgramRow): boolean {
  for (let i = 0; i < FIGURES.length; i++) if (r[FIGURES[i]] !== undefined) return true;
  return false;
}

/** "JUMLAH", "Total", "Sub Total ..." rows carry sums, not a person or a sub-kegiatan: they have no NIK or code to require. */
function isTotalLabel(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0) return false;
  const k = fold(v);
  return k.startsWith('jumlah') || k.startsWith('total') || k.startsWith('subtotal') || k.startsWith('grandtotal');
}

/**
 * Which rows a required field applies to. Beneficiary: every row (nik, nama, program). Programme registers hold
 * programme, kegiatan and sub-kegiatan rows in one table: `kode` is required on every row that carries figures
 * (a heading or spacer row without figures needs none); `pagu` only on sub-kegiatan rows, since parents' pagu is
 * often left to the sum of their children (program.parent_sum_mismatch checks it when present).
 */
function applies(kind: RegisterKind, field: string, r: Cells): boolean {
  if (kind === 'beneficiary') return !(isEmpty(r.nik) && isTotalLabel(r.nama));
  const p = r as unknown as ProgramRow;
  if (field === 'kode') return hasFigures(p) && !isTotalLabel(p.uraian ?? p.sub_kegiatan ?? p.kegiatan ?? p.program);
  if (field === 'pagu') return p.level === 'sub_kegiatan';
  return true;
}

export const rule = defineRule<RegisterKind>({
  id: 'field.required',
  kind: 'any',
  severity: 'error',
  check(rows, ctx, report) {
    const fields = FIELDS[ctx.kind].filter((d) => d.required && ctx.mapped.has(d.id)).map((d) => d.id);
    if (fields.length === 0) return;
    // A cell with unreadable content is not empty: field.type / field.enum already report it.
    const unreadable = new Map<string, Set<number>>();
    for (const issue of ctx.issues) {
      if (!fields.includes(issue.field)) continue;
      let s = unreadable.get(issue.field);
      if (!s) unreadable.set(issue.field, (s = new Set()));
      s.add(issue.row);
    }
    const kind = ctx.kind;
    const skips = fields.map((f) => unreadable.get(f));
    const variants = fields.map((f) => (kind === 'program' && (f === 'kode' || f === 'pagu') ? { variant: f } : undefined));
    const params = fields.map((f) => ({ field: cap(t(ctx.lang, `field.${f}`)) }));
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as unknown as Cells;
      const row = r.row as number;
      for (let j = 0; j < fields.length; j++) {
        const field = fields[j];
        if (!isEmpty(r[field]) || skips[j]?.has(row) || !applies(kind, field, r)) continue;
        report(row, field, params[j], variants[j]);
      }
    }
  },
});
