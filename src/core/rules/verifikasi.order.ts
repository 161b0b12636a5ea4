// verifikasi.order: a person's verification stage falls back from one period to the next, or its dates run backwards.
import { formatDay, monthNames } from '../i18n/format';
import { VERIFICATION_ORDER } from '../model/enums';
import type { BeneficiaryRow, IdValue } from '../model/schemas';
import type { Lang } from '../model/types';
import { periodSortKey } from '../parse/coerce';
import { defineRule } from './types';

const ROMAN = ['I', 'II', 'III', 'IV'];

const KIND_WORD: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  id: { Q: 'triwulan', S: 'semester', T: 'tahap' },
  en: { Q: 'quarter', S: 'half-year', T: 'stage' },
};

/** "2025-Q1" -> "triwulan I 2025", "2025-T2" -> "tahap 2 2025", "2025-03" -> "Maret 2025"; other keys as they are. */
function periodLabel(key: string, lang: Lang): string {
  if (key.length < 7 || key[4] !== '-') return key;
  const y = key.slice(0, 4);
  const word = KIND_WORD[lang][key[5]];
  const n = Number(key.slice(word ? 6 : 5));
  if (!Number.isInteger(n) || n < 1) return key;
  if (!word) return n <= 12 ? `${monthNames(lang)[n - 1]} ${y}` : key;
  return `${word} ${lang === 'id' && key[5] !== 'T' ? (ROMAN[n - 1] ?? n) : n} ${y}`;
}

const STAGE = new Map<string, number>(VERIFICATION_ORDER.map((s, i) => [s, i]));
const human = (stage: string) => stage.split('_').join(' ');

/**
 * A NIK that can tell one person from another: 16 digits typed as text or a trustworthy number, serial not 0000.
 * Placeholders ("0000...", numbers that lost their last digit) are shared by many people and would compare strangers.
 */
function personNik(r: BeneficiaryRow): string | undefined {
  const v = r.nik;
  if (!v || v.junk || !v.trusted || v.digits.length !== 16 || v.digits.endsWith('0000')) return undefined;
  return v.digits;
}

function severalPeriods(rows: readonly BeneficiaryRow[]): boolean {
  let first: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i].periode;
    if (p === undefined) continue;
    if (first === undefined) first = p;
    else if (p !== first) return true;
  }
  return false;
}

/** FNV-1a over the digits, then murmur3's finaliser: the table uses the low bits, which FNV alone mixes poorly. */
function hashDigits(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A power of two at least twice the row count, so that probes stay short. */
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

export const rule = defineRule({
  id: 'verifikasi.order',
  kind: 'beneficiary',
  severity: 'warning',
  check(rows, ctx, report) {
    const byPeriod = ctx.mapped.has('periode');
    const byDate = ctx.mapped.has('tanggal_verifikasi');
    if (!ctx.mapped.has('status_verifikasi') || !ctx.mapped.has('nik') || (!byPeriod && !byDate)) return;
    // Most lists hold one period: without dates there is then nothing to order, and no index worth building.
    if (!byDate && !severalPeriods(rows)) return;

    // Rows of one person and programme chained through `next`, found through an open-addressing table over row
    // indexes: two to three times faster than a Map of 500,000 NIK strings, and no array per person.
    const n = rows.length;
    const program = new Int32Array(n); // small id per programme
    const programIds = new Map<string, number>();
    const size = tableSize(n);
    const table = new Int32Array(size).fill(-1); // first row of a person's chain
    const hashes = new Int32Array(size); // its hash, so that probes rarely touch a row
    const head = new Uint8Array(n);
    const tail = new Int32Array(n); // valid at head rows: the last row of the chain so far
    const next = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      if (r.status_verifikasi === undefined) continue;
      const k = personNik(r);
      if (k === undefined) continue;
      const pname = r.program ?? '';
      let pid = programIds.get(pname);
      if (pid === undefined) programIds.set(pname, (pid = programIds.size));
      program[i] = pid;
      const hash = hashDigits(k, pid) | 0;
      let slot = hash & (size - 1);
      for (;;) {
        const h = table[slot];
        if (h === -1) {
          table[slot] = i;
          hashes[slot] = hash;
          head[i] = 1;
          tail[i] = i;
          break;
        }
        if (hashes[slot] === hash && program[h] === pid && (rows[h].nik as IdValue).digits === k) {
          next[tail[h]] = i;
          tail[h] = i;
          break;
        }
        slot = (slot + 1) & (size - 1);
      }
    }

    const flagged = new Uint8Array(n);
    const group: number[] = [];
    // Period order per row; NaN when the period cannot be ordered (missing, or without a year: "?T1").
    const order = new Float64Array(n);
    const rawOf = (i: number) => rows[i].periode ?? '';
    const samePeriod = (a: number, b: number) =>
      order[a] === order[b] || (order[a] !== order[a] && order[b] !== order[b] && rawOf(a) === rawOf(b));
    const dated: number[] = [];
    // Ordered periods first, ascending; then unordered ones grouped by their text; sheet order last.
    const byPeriodOrder = (a: number, b: number): number => {
      const na = order[a] !== order[a];
      const nb = order[b] !== order[b];
      if (na !== nb) return na ? 1 : -1;
      if (!na && order[a] !== order[b]) return order[a] - order[b];
      const pa = rawOf(a);
      const pb = rawOf(b);
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    };

    for (let start = 0; start < n; start++) {
      if (!head[start] || next[start] === -1) continue;
      group.length = 0;
      for (let i = start; i !== -1; i = next[i]) {
        group.push(i);
        const p = rows[i].periode;
        // Without a period column the whole sheet is one period.
        order[i] = byPeriod ? (p === undefined ? NaN : (periodSortKey(p) ?? NaN)) : 0;
      }
      // Sheets usually list a person's periods in order already: sort only when they are not.
      for (let j = 1; j < group.length; j++) {
        if (byPeriodOrder(group[j - 1], group[j]) > 0) {
          group.sort(byPeriodOrder);
          break;
        }
      }

      let prevMax = -1; // highest stage the previous ordered period reached; -1 when none, or when it ended in a rejection
      let prevKey = '';
      for (let s = 0; s < group.length;) {
        const key = order[group[s]];
        const raw = rawOf(group[s]);
        const ordered = byPeriod && key === key;
        let e = s + 1;
        while (e < group.length && samePeriod(group[s], group[e])) e++;

        // (b) within the period: a stage dated before a lower stage.
        if (byDate && e - s > 1) {
          dated.length = 0;
          for (let j = s; j < e; j++) if (rows[group[j]].tanggal_verifikasi !== undefined) dated.push(group[j]);
          // Latest first: for each row, the lowest stage dated after it and before any later rejection.
          dated.sort((x, y) => (rows[y].tanggal_verifikasi as number) - (rows[x].tanggal_verifikasi as number));
          let low = Infinity;
          let lowDate = 0;
          for (let j = 0; j < dated.length;) {
            const d = rows[dated[j]].tanggal_verifikasi as number;
            let k = j;
            while (k < dated.length && rows[dated[k]].tanggal_verifikasi === d) k++;
            // A rejection restarts the process: a new proposal after it is not a step back.
            for (let q = j; q < k; q++) if (rows[dated[q]].status_verifikasi === 'ditolak') low = Infinity;
            for (let q = j; q < k; q++) {
              const r = rows[dated[q]];
              const st = STAGE.get(r.status_verifikasi as string);
              if (st === undefined || !(low < st)) continue;
              flagged[dated[q]] = 1;
              const params = {
                stage: human(VERIFICATION_ORDER[st]),
                date: formatDay(d),
                lowerStage: human(VERIFICATION_ORDER[low]),
                lowerDate: formatDay(lowDate),
              };
              report(r.row, 'status_verifikasi', params, { variant: 'date' });
            }
            for (let q = j; q < k; q++) {
              const st = STAGE.get(rows[dated[q]].status_verifikasi as string);
              if (st !== undefined && st <= low) {
                low = st;
                lowDate = d;
              }
            }
            j = k;
          }
        }

        // (a) across periods: lower than the stage the previous period reached. After a rejection a new proposal is normal.
        if (ordered) {
          let max = -1;
          let rejected = false;
          for (let j = s; j < e; j++) {
            const i = group[j];
            const v = rows[i].status_verifikasi as string;
            const st = STAGE.get(v);
            if (st === undefined) {
              if (v === 'ditolak') rejected = true;
              continue;
            }
            if (st > max) max = st;
            if (prevMax > st && !flagged[i]) {
              const params = {
                period: periodLabel(raw, ctx.lang),
                stage: human(v),
                previousPeriod: periodLabel(prevKey, ctx.lang),
                previousStage: human(VERIFICATION_ORDER[prevMax]),
              };
              report(rows[i].row, 'status_verifikasi', params);
            }
          }
          prevMax = rejected ? -1 : max;
          prevKey = raw;
        }
        s = e;
      }
    }
  },
});
