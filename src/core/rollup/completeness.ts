// Reporting completeness per period as DHIS2 reports it: sources expected, delivered, delivered on time, and the rates.
import type { Day, Lang } from '../model/types';
import { t } from '../i18n';
import { makeTable, percent, type Cell, type RollupView } from './table';

export interface Delivery {
  source: string;
  period: string;
  /** The source owes this period (DHIS2: the data set is assigned to the org unit for the period). */
  expected: boolean;
  deliveredOn?: Day;
  deadline: Day;
}

export interface CompletenessRecord {
  period: string;
  expected: number;
  delivered: number;
  onTime: number;
  /** delivered / expected, percent with 2 decimals; undefined when nothing was expected. */
  rate?: number;
  onTimeRate?: number;
}

export interface CompletenessRollup extends RollupView<CompletenessRecord> {
  total: CompletenessRecord;
}

const COLUMNS = [
  'rollup.col.period',
  'rollup.col.expected',
  'rollup.col.delivered',
  'rollup.col.on_time',
  'rollup.col.rate',
  'rollup.col.on_time_rate',
];

function recordOf(period: string, expected: number, delivered: number, onTime: number): CompletenessRecord {
  const rec: CompletenessRecord = { period, expected, delivered, onTime };
  const rate = percent(delivered, expected);
  const onTimeRate = percent(onTime, expected);
  if (rate !== undefined) rec.rate = rate;
  if (onTimeRate !== undefined) rec.onTimeRate = onTimeRate;
  return rec;
}

/**
 * Per period (sorted as text: "2025-03" < "2025-04", "2025-Q1" < "2025-Q2"), and a total. Only expected sources count, as
 * in DHIS2 (a delivery nobody asked for raises no rate). A source listed twice for one period counts once: expected if
 * either entry says so, delivered on the earliest date, on time against the latest deadline given.
 */
export function completeness(deliveries: readonly Delivery[]): CompletenessRollup {
  const merged = new Map<string, Delivery>();
  for (const d of deliveries) {
    const key = d.period + '\u0001' + d.source;
    const m = merged.get(key);
    if (!m) {
      merged.set(key, { ...d });
      continue;
    }
    m.expected ||= d.expected;
    if (d.deliveredOn !== undefined && (m.deliveredOn === undefined || d.deliveredOn < m.deliveredOn)) m.deliveredOn = d.deliveredOn;
    if (d.deadline > m.deadline) m.deadline = d.deadline;
  }
  const per = new Map<string, [number, number, number]>();
  for (const d of merged.values()) {
    if (!d.expected) continue;
    let c = per.get(d.period);
    if (!c) per.set(d.period, (c = [0, 0, 0]));
    c[0]++;
    if (d.deliveredOn !== undefined) {
      c[1]++;
      if (d.deliveredOn <= d.deadline) c[2]++;
    }
  }
  const records = [...per.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([p, c]) => recordOf(p, c[0], c[1], c[2]));
  let e = 0;
  let dl = 0;
  let ot = 0;
  for (const r of records) {
    e += r.expected;
    dl += r.delivered;
    ot += r.onTime;
  }
  const total = recordOf('', e, dl, ot);
  const rowOf = (r: CompletenessRecord, label: string): Cell[] => [
    label,
    r.expected,
    r.delivered,
    r.onTime,
    r.rate ?? '',
    r.onTimeRate ?? '',
  ];
  return {
    id: 'completeness',
    records,
    total,
    toTable: (lang: Lang) =>
      makeTable('completeness', COLUMNS, lang, [...records.map((r) => rowOf(r, r.period)), rowOf(total, t(lang, 'rollup.total'))]),
  };
}
