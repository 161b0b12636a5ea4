// The `sinergi` command: the engine on .xlsx and .csv files. Commands arrive with the CLI issue; for now, usage.
import { t } from '../core/i18n';
import { VERSION } from '../core/version';

const USAGE = `sinergi ${VERSION}
${t('id', 'app.tagline')}

Pemakaian / usage:
  sinergi check <berkas...>        periksa register (.xlsx, .csv)
  sinergi rollup <berkas...>       rekap progres
  sinergi consolidate <sumber...>  konsolidasi ke satu master
  sinergi remind --preview         pratinjau pengingat
  sinergi demo [--dir DIR]         buat data contoh Binjai dan jalankan semuanya
  sinergi --help | --version
`;

export function main(argv: readonly string[]): number {
  const [cmd] = argv;
  if (cmd === '--version' || cmd === '-V') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(`sinergi: perintah "${cmd}" belum tersedia / not available yet\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
