// npm run bench [engine|cross|cli|remind] [sizes]: bundles each TypeScript benchmark with esbuild and runs it in its own process with --expose-gc.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const named = args.filter((a) => !/^\d/.test(a));
const sizes = args.filter((a) => /^\d/.test(a));
for (const name of named.length > 0 ? named : ['engine', 'cross', 'cli', 'remind']) {
  await build({
    entryPoints: [`bench/${name}.bench.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: `dist/bench/${name}.bench.js`,
    logLevel: 'warning',
  });
  console.log(`\n== ${name} ==`);
  // One process per benchmark, so that one's heap does not weigh on the other's figures.
  const r = spawnSync(process.execPath, ['--expose-gc', `dist/bench/${name}.bench.js`, ...sizes], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
