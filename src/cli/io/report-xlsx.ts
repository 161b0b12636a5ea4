// The .xlsx report (`--out`): findings, rollup tables and the registers found, as sheets of a new workbook in the report's language.
import type { Worksheet } from 'exceljs';
import { hasMessage, t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import type { Report, ReportFinding, ReportTable } from '../report/json';
import { columnWidths, MAX_CELL_CHARS, MAX_ROWS, newWriter, outValue, sheetName, writeAtomically } from './xlsx-write';

const RUPIAH_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.00';

type Writer = ReturnType<typeof newWriter>;

/** Places as people read them ("bansos.xlsx › Penerima!B7"), cut to what one cell can hold. */
export function placesText(places: ReportFinding['places'], lang: Lang): string {
  if (!places || places.length === 0) return '';
  let out = '';
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    const one = (p.file ? `${p.file} › ` : '') + `${p.sheet}!${p.cell}`;
    const more = ' ' + t(lang, 'io.more_places', { count: places.length - i });
    if (out.length + one.length + 2 + more.length > MAX_CELL_CHARS) return out + more;
    out += (i > 0 ? '; ' : '') + one;
  }
  return out;
}

function addSheet(wb: Writer, name: string, header: string[] | undefined, widths: number[]): Worksheet {
  const ws = wb.addWorksheet(name, header ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
  ws.columns = widths.map((width) => ({ width }));
  if (header) {
    const row = ws.addRow(header);
    row.font = { bold: true };
    row.commit();
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  }
  return ws;
}

function writeFindings(wb: Writer, used: Set<string>, findings: readonly ReportFinding[], lang: Lang): void {
  const header = ['rule', 'severity', 'file', 'sheet', 'cell', 'row', 'column', 'message', 'places'].map((c) => t(lang, `io.col.${c}`));
  const rowOf = (f: ReportFinding): unknown[] => [
    f.rule,
    t(lang, `severity.${f.severity}`),
    f.file ?? '',
    f.sheet,
    f.cell,
    f.row > 0 ? f.row : '',
    f.column,
    f.message,
    placesText(f.places, lang),
  ];
  const sample = [header, ...findings.slice(0, 2000).map(rowOf)];
  const widths = columnWidths(sample, 8, 100);
  // More findings than one Excel sheet holds continue on "Temuan (2)", ...
  const perSheet = MAX_ROWS - 1;
  for (let start = 0; start === 0 || start < findings.length; start += perSheet) {
    const ws = addSheet(wb, sheetName(t(lang, 'io.sheet.findings'), used), header, widths);
    const end = Math.min(findings.length, start + perSheet);
    for (let i = start; i < end; i++) ws.addRow(rowOf(findings[i]).map(outValue)).commit();
    ws.commit();
  }
}

const PERCENT_KEY = /(_pct|_rate|\.rate|\.stage_[a-z_]+)$/;
const RUPIAH_KEY = /\.(pagu|realisasi_keuangan|[a-z_]+_pagu)$/;

/** Rupiah or percentage, from the column key (same in every language), else from the heading's "(Rp)" or "(%...)". */
export function columnFormat(key: string | undefined, heading: string): string | undefined {
  if (key && PERCENT_KEY.test(key)) return PERCENT_FORMAT;
  if (key && RUPIAH_KEY.test(key)) return RUPIAH_FORMAT;
  if (heading.includes('(Rp)')) return RUPIAH_FORMAT;
  if (heading.includes('(%')) return PERCENT_FORMAT;
  return undefined;
}

function writeRollups(wb: Writer, used: Set<string>, tables: readonly ReportTable[], lang: Lang): void {
  const all: unknown[][] = tables.flatMap((tb) => [tb.header, ...tb.rows]);
  const widths = columnWidths(all, 10, 40).map((w, c) => (c === 0 ? Math.max(w, 24) : w));
  const ws = addSheet(wb, sheetName(t(lang, 'io.sheet.rollup'), used), undefined, widths);
  if (tables.length === 0) ws.addRow([t(lang, 'io.no_rollups')]).commit();
  tables.forEach((tb, i) => {
    if (i > 0) ws.addRow([]).commit();
    const title = ws.addRow([tb.title]);
    title.font = { bold: true, size: 12 };
    title.commit();
    const head = ws.addRow(tb.header);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    head.commit();
    const formats = tb.header.map((h, c) => columnFormat(tb.columns?.[c], h));
    for (const cells of tb.rows) {
      const row = ws.addRow(cells.map(outValue));
      row.eachCell((cell, col) => {
        const fmt = formats[col - 1];
        if (fmt && typeof cell.value === 'number') cell.numFmt = fmt;
      });
      row.commit();
    }
  });
  ws.commit();
}

function writeRegisters(wb: Writer, used: Set<string>, registers: Report['registers'], lang: Lang): void {
  const header = ['file', 'sheet', 'kind', 'header_row', 'rows', 'field', 'field_id', 'source_column'].map((c) => t(lang, `io.col.${c}`));
  const rows: unknown[][] = [];
  for (const r of registers) {
    const base = [r.file ?? '', r.sheet, t(lang, `io.kind.${r.kind}`), r.headerRow, r.rows];
    const mapping = Object.entries(r.mapping);
    if (mapping.length === 0) rows.push(base);
    for (const [field, label] of mapping) {
      const key = `field.${field}`;
      rows.push([...base, hasMessage(lang, key) ? t(lang, key) : field, field, label]);
    }
  }
  const ws = addSheet(wb, sheetName(t(lang, 'io.sheet.registers'), used), header, columnWidths([header, ...rows], 8, 50));
  for (const cells of rows) ws.addRow(cells.map(outValue)).commit();
  ws.commit();
}

/**
 * Writes the report as a new workbook: Temuan/Findings (one row per finding, filter on), Rekap/Rollup (every table under
 * its title), Register/Registers (one row per mapped column). Refuses to replace any input file of the report.
 */
export async function writeReportXlsx(path: string, report: Report, lang: Lang): Promise<void> {
  await writeAtomically(
    path,
    report.inputs.map((i) => i.file),
    async (tmp) => {
      const wb = newWriter(tmp);
      const used = new Set<string>();
      writeFindings(wb, used, report.findings, lang);
      writeRollups(wb, used, report.rollups.tables, lang);
      writeRegisters(wb, used, report.registers, lang);
      await wb.commit();
    },
  );
}
