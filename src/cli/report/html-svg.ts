// Horizontal bar charts as inline SVG strings: grouped bars and 100% stacked bars, with titles, axes and accessible text.
import { escapeHtml as esc } from '../../core/text/html';

export interface Series {
  name: string;
  color: string;
  /** One value per category; undefined draws no bar and a "no data" note. */
  values: (number | undefined)[];
}

interface Frame {
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  format: (n: number) => string;
  noData: string;
}

export interface GroupedBarChart extends Frame {
  series: Series[];
  /** A dashed line per series, e.g. the city average. */
  reference?: { label: string; values: (number | undefined)[] };
}

export interface StackedBarChart extends Frame {
  segments: { name: string; color: string }[];
  /** Per category, one percentage per segment (summing to about 100). */
  shares: number[][];
  /** Per category, a short note after the bar, e.g. "120 penerima". */
  notes: string[];
}

const W = 1100;
const LEFT = 285;
const RIGHT = 90;
const PLOT = W - LEFT - RIGHT;
const FONT = 'font-size="13"';
/** A white outline under value labels keeps them readable where they cross a grid or reference line. */
const HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke"';

/** Long OPD names are cut for the axis; the whole name stays in the bar's tooltip and the table. */
function clip(s: string, max = 36): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

const f1 = (n: number): string => String(Math.round(n * 10) / 10);

function open(c: Frame, height: number): string {
  const t = `${c.id}-title`;
  const d = `${c.id}-desc`;
  return (
    `<svg class="chart" id="${esc(c.id)}" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-labelledby="${t} ${d}" ` +
    `aria-label="${esc(c.title + '. ' + c.desc)}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${t}">${esc(c.title)}</title><desc id="${d}">${esc(c.desc)}</desc>` +
    `<text x="0" y="20" font-size="16" font-weight="600" fill="#1f2937">${esc(c.title)}</text>`
  );
}

/** Legend items left to right from the plot's edge, wrapping onto new lines; returns the markup and the y under it. */
function legend(items: { name: string; color: string; dashed?: boolean }[], y0: number): { svg: string; bottom: number } {
  let x = LEFT;
  let y = y0;
  let out = '';
  for (const it of items) {
    const w = 20 + it.name.length * 7.2 + 26;
    if (x > LEFT && x + w > W) {
      x = LEFT;
      y += 20;
    }
    out += it.dashed
      ? `<line x1="${x}" y1="${y - 4}" x2="${x + 14}" y2="${y - 4}" stroke="${it.color}" stroke-width="2" stroke-dasharray="4 3"/>`
      : `<rect x="${x}" y="${y - 10}" width="14" height="12" rx="2" fill="${it.color}"/>`;
    out += `<text x="${x + 20}" y="${y}" ${FONT} fill="#374151">${esc(it.name)}</text>`;
    x += w;
  }
  return { svg: out, bottom: y + 18 };
}

/** Vertical grid lines with tick labels, the x-axis title under them, and the y-axis title turned along the labels. */
function axes(c: Frame, top: number, bottom: number, max: number, step: number): string {
  let out = '';
  for (let v = 0; v <= max + 1e-9; v += step) {
    const x = LEFT + (v / max) * PLOT;
    out += `<line x1="${f1(x)}" y1="${top}" x2="${f1(x)}" y2="${bottom}" stroke="${v === 0 ? '#6b7280' : '#e5e7eb'}"/>`;
    out += `<text x="${f1(x)}" y="${bottom + 16}" ${FONT} text-anchor="middle" fill="#4b5563">${esc(c.format(v))}</text>`;
  }
  out += `<text class="axis-label" x="${LEFT + PLOT / 2}" y="${bottom + 38}" ${FONT} text-anchor="middle" fill="#1f2937">${esc(c.xLabel)}</text>`;
  const my = (top + bottom) / 2;
  out += `<text class="axis-label" x="14" y="${my}" ${FONT} text-anchor="middle" fill="#1f2937" transform="rotate(-90 14 ${my})">${esc(c.yLabel)}</text>`;
  return out;
}

function categoryLabel(label: string, y: number): string {
  return `<text x="${LEFT - 8}" y="${f1(y)}" ${FONT} text-anchor="end" dominant-baseline="middle" fill="#111827"><title>${esc(label)}</title>${esc(clip(label))}</text>`;
}

/** Grouped horizontal bars, one group per category; the x axis runs 0-100 or to the next 20 above the largest value. */
export function groupedBarChart(c: GroupedBarChart): string {
  const bar = 13;
  const gap = 3;
  const groupH = c.series.length * (bar + gap) + 14;
  let largest = 100;
  for (const s of c.series) for (const v of s.values) if (v !== undefined && v > largest) largest = v;
  const max = Math.ceil(largest / 20) * 20;
  const step = max <= 100 ? 20 : max <= 200 ? 40 : Math.ceil(max / 5 / 10) * 10;
  const scale = (v: number): number => (Math.max(0, v) / max) * PLOT;
  const legendItems: { name: string; color: string; dashed?: boolean }[] = c.series.map((s) => ({ name: s.name, color: s.color }));
  if (c.reference) legendItems.push({ name: c.reference.label, color: '#4b5563', dashed: true });
  const lg = legend(legendItems, 44);
  const top = lg.bottom;
  const bottom = top + c.categories.length * groupH;
  let out = open(c, bottom + 48) + lg.svg + axes(c, top, bottom, max, step);
  c.categories.forEach((cat, i) => {
    const y0 = top + i * groupH + 6;
    out += categoryLabel(cat, y0 + (c.series.length * (bar + gap) - gap) / 2);
    c.series.forEach((s, k) => {
      const y = y0 + k * (bar + gap);
      const v = s.values[i];
      if (v === undefined) {
        out += `<text x="${LEFT + 4}" y="${y + bar - 2}" font-size="11" fill="#6b7280" font-style="italic">${esc(s.name)}: ${esc(c.noData)}</text>`;
        return;
      }
      const w = scale(v);
      out +=
        `<rect class="bar" x="${LEFT}" y="${y}" width="${f1(w)}" height="${bar}" rx="2" fill="${s.color}">` +
        `<title>${esc(`${cat} · ${s.name}: ${c.format(v)}`)}</title></rect>` +
        `<text x="${f1(LEFT + w + 4)}" y="${y + bar - 1}" font-size="12" fill="#1f2937" ${HALO}>${esc(c.format(v))}</text>`;
    });
  });
  if (c.reference) {
    c.series.forEach((s, k) => {
      const v = c.reference!.values[k];
      if (v === undefined) return;
      const x = f1(LEFT + scale(v));
      out +=
        `<line class="reference" x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="${s.color}" stroke-width="2" stroke-dasharray="4 3">` +
        `<title>${esc(`${c.reference!.label} · ${s.name}: ${c.format(v)}`)}</title></line>`;
    });
  }
  return out + '</svg>';
}

/** Text on a segment is dark or white, whichever reads better on its colour. */
function inkOn(color: string): string {
  const n = parseInt(color.slice(1), 16);
  const lum = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum > 150 ? '#111827' : '#ffffff';
}

/** One 100% bar per category, split into segments; the percentage is printed on segments wide enough to hold it. */
export function stackedBarChart(c: StackedBarChart): string {
  const bar = 26;
  const rowH = bar + 12;
  const lg = legend(c.segments, 44);
  const top = lg.bottom;
  const bottom = top + c.categories.length * rowH;
  let out = open(c, bottom + 48) + lg.svg + axes(c, top, bottom, 100, 20);
  c.categories.forEach((cat, i) => {
    const y = top + i * rowH + 6;
    out += categoryLabel(cat, y + bar / 2);
    let x = LEFT;
    c.segments.forEach((seg, k) => {
      const v = c.shares[i]?.[k] ?? 0;
      if (!(v > 0)) return;
      const w = (Math.min(v, 100) / 100) * PLOT;
      out +=
        `<rect class="bar" x="${f1(x)}" y="${y}" width="${f1(w)}" height="${bar}" fill="${seg.color}">` +
        `<title>${esc(`${cat} · ${seg.name}: ${c.format(v)}`)}</title></rect>`;
      if (w >= 40)
        out += `<text x="${f1(x + w / 2)}" y="${y + bar / 2}" font-size="12" text-anchor="middle" dominant-baseline="middle" fill="${inkOn(seg.color)}">${esc(c.format(v))}</text>`;
      x += w;
    });
    out += `<text x="${LEFT + PLOT + 6}" y="${y + bar / 2}" font-size="12" dominant-baseline="middle" fill="#4b5563">${esc(c.notes[i] ?? '')}</text>`;
  });
  return out + '</svg>';
}
