// sinergi demo: write a synthetic Binjai workbook set (seeded, no real person's data), check it, and leave the reports in <dir>/out.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { generateDemo, writeDemo } from '../demo';
import type { Io } from '../main';
import { OutputError } from '../io/errors';
import { writeError } from '../io/xlsx-write';
import { summaryText } from '../summary';
import { analyse } from './analyse';

/** The date the demo's data describe (2025 reporting year, second-half figures in). */
export const DEMO_TODAY = '2025-12-01';

export interface DemoOptions {
  dir: string;
  seed: number;
  lang: Lang;
  today: number;
  quiet: boolean;
}

export async function runDemo(opts: DemoOptions, io: Io): Promise<number> {
  const set = generateDemo({ seed: opts.seed });
  const out = join(opts.dir, 'out');
  let files: string[];
  try {
    await mkdir(opts.dir, { recursive: true });
    files = await writeDemo(opts.dir, set);
    await mkdir(out, { recursive: true });
  } catch (e) {
    // --dir naming a file or a read-only place: a usage problem worded for people (exit 2), not a crash.
    throw e instanceof OutputError ? e : writeError(opts.dir, e);
  }
  io.out(t(opts.lang, 'cli.demo.written', { dir: opts.dir, count: files.length }) + '\n\n');
  const html = join(out, 'report.html');
  const { report } = await analyse(files, {
    lang: opts.lang,
    today: opts.today,
    quiet: opts.quiet,
    refs: [],
    out: join(out, 'report.xlsx'),
    html,
    json: join(out, 'report.json'),
  });
  io.out(summaryText(report, opts.lang));
  for (const p of ['report.xlsx', 'report.html', 'report.json']) io.out(t(opts.lang, 'cli.summary.written', { path: join(out, p) }) + '\n');
  io.out(t(opts.lang, 'cli.demo.done', { html }) + '\n');
  return 0;
}
