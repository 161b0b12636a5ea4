// The consolidated register's columns per kind: every field of the kind in catalogue order, then the provenance columns.
import { FIELDS, type FieldType } from '../model/fields';
import { t } from '../i18n';
import type { Lang, RegisterKind } from '../model/types';

export const PROVENANCE = ['sumber', 'sheet', 'baris', 'sidik', 'disinkronkan'] as const;
export type ProvenanceKey = (typeof PROVENANCE)[number];

export interface ConsolidatedColumn {
  /** Stable key: the field id, or a provenance key. */
  key: string;
  /** Field type, or 'provenance'. */
  type: FieldType | 'provenance';
}

const cache: Partial<Record<RegisterKind, ConsolidatedColumn[]>> = {};

export function consolidatedColumns(kind: RegisterKind): readonly ConsolidatedColumn[] {
  return (cache[kind] ??= [
    ...FIELDS[kind].map((f) => ({ key: f.id, type: f.type })),
    ...PROVENANCE.map((key) => ({ key, type: 'provenance' as const })),
  ]);
}

/** Number of field columns before the provenance columns. */
export const fieldCount = (kind: RegisterKind): number => FIELDS[kind].length;

/** Header labels: a field's plain name from the `field.<id>` catalogue key, a provenance column's from `sync.col.<key>`. */
export function consolidatedHeader(kind: RegisterKind, lang: Lang): string[] {
  return consolidatedColumns(kind).map((c) => {
    const label = t(lang, c.type === 'provenance' ? `sync.col.${c.key}` : `field.${c.key}`);
    return label.charAt(0).toUpperCase() + label.slice(1);
  });
}

const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'integer', 'year']);

/** 0-based columns a host must format as text ('@'): identifiers, codes, dates as dd/mm/yyyy, periods, all free text. */
export function textColumns(kind: RegisterKind): number[] {
  const out: number[] = [];
  consolidatedColumns(kind).forEach((c, i) => {
    if (c.key !== 'baris' && !NUMERIC.has(c.type)) out.push(i);
  });
  return out;
}
