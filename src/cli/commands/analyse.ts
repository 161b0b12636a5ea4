// Shared by check, rollup and demo: load the files, run the check use-case, and write the requested reports.
import { basename, extname } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { runCheck, type CheckRun } from '../../app/check';
import type { WorkbookPort } from '../../app/ports';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { referenceKindOf } from '../../core/ref/references';
import { FILE_TZ_OFFSET_MINUTES, loadWorkbook } from '../io/load';
import { writeReportXlsx } from '../io/report-xlsx';
import { writeAtomically } from '../io/xlsx-write';
import { terminalProgress } from '../progress';
import { renderHtml } from '../report/html';
import { buildReport, type Report } from '../report/json';

export interface AnalyseOptions {
  lang: Lang;
  today: number;
  quarter?: 1 | 2 | 3 | 4;
  quiet: boolean;
  refs: string[];
  out?: string;
  html?: string;
  json?: string;
}

/** A reference file whose sheet names say nothing ("Sheet1") is named after the file, so "dtks-2025.csv" reads as the DTKS extract. */
function asReference(wb: WorkbookPort): WorkbookPort {
  const base = basename(wb.name, extname(wb.name));
  const rename = (s: string) => (referenceKindOf(s) ? s : `${base} ${s}`);
  const names = new Map(wb.sheetNames().map((s) => [rename(s), s]));
  return {
    id: wb.id,
    name: wb.name,
    sheetNames: () => [...names.keys()],
    readSheet: (n) => ({ ...wb.readSheet(names.get(n) ?? n), name: n }),
    writeTable: (s, table) => wb.writeTable(s, table),
  };
}

export async function analyse(files: readonly string[], opts: AnalyseOptions): Promise<{ run: CheckRun; report: Report }> {
  const workbooks: WorkbookPort[] = [];
  for (const f of files) workbooks.push(await loadWorkbook(f));
  for (const f of opts.refs) workbooks.push(asReference(await loadWorkbook(f)));
  const words = { read: t(opts.lang, 'cli.progress.read'), check: t(opts.lang, 'cli.progress.check') };
  const progress = !opts.quiet && process.stderr.isTTY ? terminalProgress(process.stderr, words) : undefined;
  // .xlsx dates are calendar days stored as UTC midnight: the engine reads them with offset 0.
  const run = runCheck(
    workbooks,
    { today: opts.today, lang: opts.lang, tzOffsetMinutes: FILE_TZ_OFFSET_MINUTES, quarter: opts.quarter },
    progress,
  );
  const report = buildReport(run, opts.lang);
  if (opts.out) await writeReportXlsx(opts.out, report, opts.lang);
  // Through writeAtomically like the .xlsx: never over an input, and a failure is an OutputError (exit 2), not a crash.
  const inputs = [...files, ...opts.refs];
  const html = opts.html;
  if (html) await writeAtomically(html, inputs, (tmp) => writeFile(tmp, renderHtml(report, opts.lang), 'utf8'));
  const json = opts.json;
  if (json) await writeAtomically(json, inputs, (tmp) => writeFile(tmp, JSON.stringify(report, null, 2) + '\n', 'utf8'));
  return { run, report };
}
