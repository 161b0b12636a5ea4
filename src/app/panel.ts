// The findings sidebar's data: findings grouped by rule with exact counts per severity and sheet, a bounded sample of rows to list.
import { CATALOGUES, hasMessage, t } from '../core/i18n';
import type { Lang, Severity } from '../core/model/types';
import type { PlaceToken } from './panel-cells';
import type { PanelFinding } from './panel-findings';
import type { Headline } from './rollup-sheet-headline';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One finding to list: severity and sheet as indexes into SEVERITIES and SidebarData.sheets, to keep the payload small. */
export interface SidebarItem {
  s: number;
  sh: number;
  cell: string;
  message: string;
  places: PlaceToken[];
}

export interface RuleGroup {
  /** The rule id as the findings sheet wrote it (e.g. "nik.format"). */
  id: string;
  /** A short human name of the rule, or the id when it has none. */
  title: string;
  count: number;
  /** Index into SEVERITIES of the group's most serious finding. */
  worst: number;
  /** Exact counts per [severity index, sheet index, count], so that filtered counts stay right when rows are capped. */
  counts: [number, number, number][];
  items: SidebarItem[];
}

export interface SidebarData {
  lang: Lang;
  /** False until a check has written the findings sheet. */
  checked: boolean;
  findingsSheet: string;
  total: number;
  /** Items sent (at most MAX_ITEMS); the rest are counted, not listed. */
  loaded: number;
  severities: Severity[];
  sheets: string[];
  rules: RuleGroup[];
  headline: Headline | null;
}

/** Rows listed per rule x severity x sheet, and in all: enough to work through, small enough for google.script.run. */
export const PER_BUCKET = 100;
export const MAX_ITEMS = 3000;

export function ruleTitle(lang: Lang, id: string): string {
  const key = 'panel.rule.' + id;
  return hasMessage(lang, key) ? t(lang, key) : id;
}

/**
 * Groups the findings by rule: errors' rules first, then by count, then by id. Every finding is counted; rows are
 * listed up to PER_BUCKET per rule, severity and sheet (so that any filter still shows some) and MAX_ITEMS in all.
 */
export function buildSidebarData(
  rows: readonly PanelFinding[] | null,
  headline: Headline | null,
  lang: Lang,
  findingsSheet: string,
): SidebarData {
  const sheets: string[] = [];
  const sheetIndex = new Map<string, number>();
  const groups = new Map<string, RuleGroup & { bucket: Map<number, number> }>();
  const seen = [false, false, false];
  let loaded = 0;
  for (const f of rows ?? []) {
    let sh = sheetIndex.get(f.sheet);
    if (sh === undefined) {
      sheetIndex.set(f.sheet, (sh = sheets.length));
      sheets.push(f.sheet);
    }
    const s = SEVERITIES.indexOf(f.severity);
    seen[s] = true;
    let g = groups.get(f.rule);
    if (!g)
      groups.set(
        f.rule,
        (g = { id: f.rule, title: ruleTitle(lang, f.rule), count: 0, worst: s, counts: [], items: [], bucket: new Map() }),
      );
    g.count++;
    if (s < g.worst) g.worst = s;
    const key = s * 1e6 + sh;
    const b = g.bucket.get(key);
    const slot = b === undefined ? g.counts.push([s, sh, 0]) - 1 : b;
    if (b === undefined) g.bucket.set(key, slot);
    const n = ++g.counts[slot][2];
    if (n <= PER_BUCKET && loaded < MAX_ITEMS) {
      g.items.push({ s, sh, cell: f.cell, message: f.message, places: f.places });
      loaded++;
    }
  }
  const rules = [...groups.values()]
    .sort((a, b) => a.worst - b.worst || b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ bucket: _bucket, ...g }) => g);
  return {
    lang,
    checked: rows !== null,
    findingsSheet,
    total: rows?.length ?? 0,
    loaded,
    severities: SEVERITIES.filter((_, i) => seen[i]),
    sheets,
    rules,
    headline,
  };
}

/** Words the sidebar's script shows (filled into its template, printed with <?= ?>): every panel.* and chunk.* message but the rule names and server replies. */
export function sidebarWords(lang: Lang): [string, string][] {
  return Object.keys(CATALOGUES.id)
    .filter((k) => (k.startsWith('panel.') || k.startsWith('chunk.')) && !k.startsWith('panel.rule.') && !k.startsWith('panel.jump.'))
    .map((k) => [k, t(lang, k)]);
}
