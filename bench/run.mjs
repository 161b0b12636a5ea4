// npm run bench: bundles the TypeScript benchmark with esbuild, then runs it with --expose-gc for memory figures.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/engine.bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/bench/engine.bench.js',
  logLevel: 'warning',
});
const r = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', 'dist/bench/engine.bench.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
