// CLI benchmark: `sinergi check` on a generated 100k-row .xlsx (20 columns), wall time and peak memory of the command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbookXlsx } from '../src/cli/io';
import { beneficiaryGrid } from './synth';

async function main() {
  const rows = Number(process.argv[2] ?? 100000);
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-bench-'));
  const file = join(dir, `penerima-${rows}.xlsx`);
  const grid = beneficiaryGrid(rows);
  await writeWorkbookXlsx(file, [{ name: 'Penerima', rows: grid, textColumns: [1, 2] }]);
  const times: number[] = [];
  const rss: number[] = [];
  console.log(`sinergi check on ${rows} rows x ${grid[3].length} columns (${file})`);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '-r',
        join(__dirname, '..', '..', 'bench', 'rss-hook.cjs'),
        'dist/cli/sinergi.js',
        'check',
        file,
        '--quiet',
        '--format',
        'json',
        '--today',
        '2026-11-28',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    times.push(performance.now() - t);
    rss.push(Number(/maxRSS_MB=(\d+)/.exec(r.stderr)?.[1] ?? NaN));
    if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  console.log(`wall ms (median of 3): ${med(times).toFixed(0)}   peak RSS MB (median): ${med(rss)}   (budget <= 20000 ms, <= 1024 MB)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
