// The report's two charts, from the rollup tables: realisation per OPD, and verification stages per kecamatan.
import { t } from '../../core/i18n';
import { formatNumber, formatPercent } from '../../core/i18n/format';
import type { Lang } from '../../core/model/types';
import { STAGES } from '../../core/rollup/beneficiary';
import { realisationData, verificationData } from './html-chart-data';
import type { ReportTable } from './json';
import { groupedBarChart, stackedBarChart } from './html-svg';

/** Okabe-Ito colours: told apart with colour-blindness too; the stages run light to dark, then green, red and grey. */
const KEUANGAN = '#0072B2';
const FISIK = '#E69F00';
const STAGE_COLORS: Record<(typeof STAGES)[number], string> = {
  diusulkan: '#A6CEE3',
  diverifikasi_kelurahan: '#56B4E9',
  disetujui_dinsos: '#0072B2',
  ditetapkan: '#009E73',
  ditolak: '#D55E00',
  unknown: '#BDBDBD',
};

export function realisationChart(tables: readonly ReportTable[], lang: Lang): string | undefined {
  const data = realisationData(tables);
  if (!data) return undefined;
  const keu = t(lang, 'report.chart.realisation.keuangan');
  const fis = t(lang, 'report.chart.realisation.fisik');
  return groupedBarChart({
    id: 'chart-realisation',
    title: t(lang, 'report.chart.realisation.title'),
    desc: t(lang, 'report.chart.realisation.desc', { count: data.rows.length }),
    xLabel: t(lang, 'report.chart.realisation.x'),
    yLabel: t(lang, 'report.chart.realisation.y'),
    categories: data.rows.map((r) => r.label),
    format: (n) => formatPercent(n, lang),
    noData: t(lang, 'report.chart.no_data'),
    series: [
      { name: keu, color: KEUANGAN, values: data.rows.map((r) => r.keuangan) },
      { name: fis, color: FISIK, values: data.rows.map((r) => r.fisik) },
    ],
    ...(data.city ? { reference: { label: t(lang, 'report.chart.realisation.city'), values: [data.city.keuangan, data.city.fisik] } } : {}),
  });
}

export function verificationChart(tables: readonly ReportTable[], lang: Lang): string | undefined {
  const data = verificationData(tables);
  if (!data) return undefined;
  return stackedBarChart({
    id: 'chart-verification',
    title: t(lang, 'report.chart.verification.title'),
    desc: t(lang, 'report.chart.verification.desc', { count: data.length }),
    xLabel: t(lang, 'report.chart.verification.x'),
    yLabel: t(lang, 'report.chart.verification.y'),
    categories: data.map((r) => r.kecamatan),
    format: (n) => formatPercent(n, lang),
    noData: t(lang, 'report.chart.no_data'),
    segments: STAGES.map((s) => ({ name: t(lang, 'report.stage.' + s), color: STAGE_COLORS[s] })),
    shares: data.map((r) => STAGES.map((s) => r.shares[s])),
    notes: data.map((r) => t(lang, 'report.chart.verification.recipients', { count: formatNumber(r.recipients, lang, 0) })),
  });
}
