// sinergi demo: write a synthetic Binjai workbook set (seeded, no real person's data), check it, and leave the reports in <dir>/out.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { generateDemo, writeDemo } from '../demo';
import type { Io } from '../main';
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
  await mkdir(opts.dir, { recursive: true });
  const files = await writeDemo(opts.dir, set);
  io.out(t(opts.lang, 'cli.demo.written', { dir: opts.dir, count: files.length }) + '\n\n');
  const out = join(opts.dir, 'out');
  await mkdir(out, { recursive: true });
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
