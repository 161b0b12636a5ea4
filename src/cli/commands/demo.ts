// sinergi demo: write a synthetic Binjai workbook set (seeded, no real person's data), check it, and leave the reports in <dir>/out.
import { mkdir } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { generateDemo, writeDemo } from '../demo';
import { demoRemindDay, writeDemoMaster } from '../demo/master';
import { isoDay } from '../../core/remind/calendar';
import type { Io } from '../main';
import { OutputError } from '../io/errors';
import { writeError } from '../io/xlsx-write';
import { summaryText } from '../summary';
import { analyse } from './analyse';

/** The date the demo's data describe (2025 reporting year, second-half figures in). */
export const DEMO_TODAY = '2025-12-01';
/**
 * The demo master's consolidation run: 07:00 in Binjai on 10 December 2025, the deadline of November's reports and the day the
 * demo suggests previewing reminders on, so the statuses are fresh for it (reminders skip "not delivered" on statuses more
 * than two days old). Fixed, whatever the clock says, so the master is reproducible; the data still describe DEMO_TODAY.
 */
export const DEMO_SYNCED_AT = new Date('2025-12-10T07:00:00+07:00').toISOString();

/** How to run this CLI again from the current folder: "node dist/cli/sinergi.js" from a checkout, "sinergi" when installed. */
function invokedAs(): string {
  const script = process.argv[1] ?? '';
  if (basename(script) !== 'sinergi.js') return 'sinergi';
  const rel = relative(process.cwd(), script);
  return `node ${shellWord(rel.startsWith('..') || isAbsolute(rel) ? script : rel)}`;
}

/** A path as one word for a POSIX shell, so a --dir with spaces still gives a command that runs when pasted. */
const shellWord = (s: string): string => (/^[\w./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

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
  const master = join(out, 'master.xlsx');
  await writeDemoMaster(master, set, files, { lang: opts.lang, today: opts.today, syncedAt: DEMO_SYNCED_AT });
  io.out(t(opts.lang, 'cli.demo.master', { path: master }) + '\n');
  io.out(t(opts.lang, 'cli.demo.done', { html }) + '\n');
  const remind = ['remind', '--preview', '--today', isoDay(demoRemindDay(DEMO_SYNCED_AT)), ...(opts.lang === 'en' ? ['--lang', 'en'] : [])];
  io.out(t(opts.lang, 'cli.demo.remind_hint', { command: `${invokedAs()} ${remind.join(' ')} ${shellWord(master)}` }) + '\n');
  return 0;
}
