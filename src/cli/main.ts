// The `sinergi` command: the engine on .xlsx and .csv files. Exit 0 without error findings, 1 with, 2 on a usage or input error.
import { Command, CommanderError, Option } from 'commander';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { VERSION } from '../core/version';
import { analyse, type AnalyseOptions } from './commands/analyse';
import { consolidateFiles } from './commands/consolidate';
import { DEMO_TODAY, runDemo } from './commands/demo';
import { DEFAULT_QUOTA, remindPreview } from './commands/remind';
import { DEFAULT_SEED } from './demo';
import { InputError, OutputError } from './io/errors';
import { summaryText } from './summary';
import { parseToday } from './today';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

class UsageError extends Error {}

const STD: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

interface CommonFlags {
  lang: string;
  quiet?: boolean;
  today?: string;
  quarter?: string;
  ref: string[];
  out?: string;
  html?: string;
  json?: string;
  format: string;
}

function common(flags: CommonFlags): AnalyseOptions & { format: 'text' | 'json' } {
  const lang = flags.lang as Lang;
  const today = parseToday(flags.today);
  if (today === undefined) throw new UsageError(t(lang, 'cli.bad_option', { option: '--today', value: String(flags.today) }));
  const quarter = flags.quarter === undefined ? undefined : /^[1-4]$/.test(flags.quarter) ? Number(flags.quarter) : NaN;
  if (quarter !== undefined && ![1, 2, 3, 4].includes(quarter))
    throw new UsageError(t(lang, 'cli.bad_option', { option: '--quarter', value: String(flags.quarter) }));
  if (flags.format !== 'text' && flags.format !== 'json')
    throw new UsageError(t(lang, 'cli.bad_option', { option: '--format', value: flags.format }));
  return {
    lang,
    today,
    quarter: quarter as 1 | 2 | 3 | 4 | undefined,
    quiet: Boolean(flags.quiet),
    refs: flags.ref,
    out: flags.out,
    html: flags.html,
    json: flags.json,
    format: flags.format,
  };
}

function withCommon(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option('--format <format>', t(lang, 'cli.opt.format')).choices(['text', 'json']).default('text'))
    .option('--out <file.xlsx>', t(lang, 'cli.opt.out'))
    .option('--html <file.html>', t(lang, 'cli.opt.html'))
    .option('--json <file.json>', t(lang, 'cli.opt.json'))
    .addOption(new Option('--lang <lang>', t(lang, 'cli.opt.lang')).choices(['id', 'en']).default('id'))
    .option('-q, --quiet', t(lang, 'cli.opt.quiet'))
    .option('--today <YYYY-MM-DD>', t(lang, 'cli.opt.today'))
    .option('--quarter <1-4>', t(lang, 'cli.opt.quarter'))
    .option('--ref <file>', t(lang, 'cli.opt.ref'), (v: string, prev: string[]) => [...prev, v], [] as string[]);
}

export async function main(argv: readonly string[], io: Io = STD): Promise<number> {
  const i = argv.indexOf('--lang');
  const lang: Lang = i >= 0 && argv[i + 1] === 'en' ? 'en' : 'id';
  let code = 0;
  const program = new Command('sinergi')
    .description(t(lang, 'cli.description'))
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    // One line pointing at --help, not the whole usage text after every mistake.
    .showHelpAfterError(t(lang, 'cli.help_hint'));

  withCommon(program.command('check').description(t(lang, 'cli.check.description')).argument('<files...>'), lang).action(
    async (files: string[], flags: CommonFlags) => {
      const opts = common(flags);
      const { report } = await analyse(files, opts);
      io.out(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : summaryText(report, opts.lang));
      for (const p of [opts.out, opts.html, opts.json])
        if (p && opts.format === 'text') io.out(t(opts.lang, 'cli.summary.written', { path: p }) + '\n');
      code = report.registers.length === 0 ? 2 : report.summary.errors > 0 ? 1 : 0;
      if (report.registers.length === 0) io.err(t(opts.lang, 'cli.no_register') + '\n');
    },
  );

  withCommon(program.command('rollup').description(t(lang, 'cli.rollup.description')).argument('<files...>'), lang).action(
    async (files: string[], flags: CommonFlags) => {
      const opts = common(flags);
      const { report } = await analyse(files, opts);
      if (opts.format === 'json') io.out(JSON.stringify(report.rollups, null, 2) + '\n');
      else for (const table of report.rollups.tables) io.out(formatTable(table.title, table.header, table.rows));
      code = report.registers.length === 0 ? 2 : 0;
      if (report.registers.length === 0) io.err(t(opts.lang, 'cli.no_register') + '\n');
    },
  );

  program
    .command('consolidate')
    .description(t(lang, 'cli.consolidate.description'))
    .argument('<sources...>')
    .option('--out <master.xlsx>')
    .addOption(new Option('--lang <lang>', t(lang, 'cli.opt.lang')).choices(['id', 'en']).default('id'))
    .option('--today <YYYY-MM-DD>', t(lang, 'cli.opt.today'))
    .action(async (sources: string[], flags: { out?: string; lang: string; today?: string }) => {
      const l = flags.lang as Lang;
      if (!flags.out) throw new UsageError(t(l, 'sync.cli.need_out'));
      const today = parseToday(flags.today);
      if (today === undefined) throw new UsageError(t(l, 'cli.bad_option', { option: '--today', value: String(flags.today) }));
      code = await consolidateFiles(sources, { out: flags.out, lang: l, today }, io);
    });

  program
    .command('remind')
    .description(t(lang, 'cli.remind.description'))
    .argument('[master]', t(lang, 'remindcli.opt.master'))
    .option('--preview', t(lang, 'cli.opt.preview'))
    .option('--today <YYYY-MM-DD>', t(lang, 'remindcli.opt.today'))
    .option('--quota <n>', t(lang, 'remindcli.opt.quota'))
    .addOption(new Option('--lang <lang>', t(lang, 'cli.opt.lang')).choices(['id', 'en']).default('id'))
    .addOption(new Option('--format <format>', t(lang, 'remindcli.opt.format')).choices(['text', 'json']).default('text'))
    .addHelpText('after', '\n' + t(lang, 'remindcli.help_after'))
    .action(
      async (master: string | undefined, flags: { preview?: boolean; today?: string; quota?: string; lang: string; format: string }) => {
        const l = flags.lang as Lang;
        // Mail goes only from the add-on's trigger, which keeps the log that stops a second send; the CLI has no log to write.
        if (!flags.preview) throw new UsageError(t(l, 'remindcli.need_preview'));
        if (!master) throw new UsageError(t(l, 'remindcli.need_master'));
        const today = parseToday(flags.today);
        if (today === undefined) throw new UsageError(t(l, 'cli.bad_option', { option: '--today', value: String(flags.today) }));
        // The default is in the option's words (why 100), so commander does not add its own "(default)".
        const quota = flags.quota ?? String(DEFAULT_QUOTA);
        if (!/^\d{1,7}$/.test(quota)) throw new UsageError(t(l, 'cli.bad_option', { option: '--quota', value: quota }));
        const format = flags.format === 'json' ? 'json' : 'text';
        code = await remindPreview(master, { lang: l, today, quota: Number(quota), format }, io);
      },
    );

  program
    .command('demo')
    .description(t(lang, 'cli.demo.description'))
    .option('--dir <dir>', t(lang, 'cli.opt.dir'), 'demo')
    .option('--seed <n>', t(lang, 'cli.opt.seed'), String(DEFAULT_SEED))
    .addOption(new Option('--lang <lang>', t(lang, 'cli.opt.lang')).choices(['id', 'en']).default('id'))
    .option('-q, --quiet', t(lang, 'cli.opt.quiet'))
    .option('--today <YYYY-MM-DD>', t(lang, 'cli.opt.today'))
    .action(async (flags: { dir: string; seed: string; lang: string; quiet?: boolean; today?: string }) => {
      const l = flags.lang as Lang;
      if (!/^\d+$/.test(flags.seed)) throw new UsageError(t(l, 'cli.bad_option', { option: '--seed', value: flags.seed }));
      // The demo's data describe the 2025 reporting year, so it is checked as of its own date unless --today says otherwise.
      const today = parseToday(flags.today ?? DEMO_TODAY);
      if (today === undefined) throw new UsageError(t(l, 'cli.bad_option', { option: '--today', value: String(flags.today) }));
      code = await runDemo({ dir: flags.dir, seed: Number(flags.seed), lang: l, today, quiet: Boolean(flags.quiet) }, io);
    });

  try {
    await program.parseAsync(['node', 'sinergi', ...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`sinergi: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof OutputError) {
      io.err(`sinergi: ${e.describe(lang)}\n`);
      return 2;
    }
    throw e;
  }
}

function formatTable(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toLocaleString('id-ID') : c)))];
  const widths = header.map((_, i) => Math.min(40, Math.max(...cells.map((r) => String(r[i] ?? '').length))));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) =>
        String(c ?? '')
          .slice(0, 40)
          .padEnd(widths[i]),
      )
      .join('  ');
  return [title, line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line), ''].join('\n') + '\n';
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`sinergi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
