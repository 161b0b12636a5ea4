// Engine benchmark: header mapping + coercion + per-row rules over 10k/50k/100k/500k synthetic rows, beside a bare pass (the floor).
import { checkSheet } from '../src/core/engine';
import { beneficiaryGrid } from './synth';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const sizes = (process.argv[2] ?? '10000,50000,100000,500000').split(',').map(Number);
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The floor: touch every cell once, as any engine must. */
function barePass(grid: unknown[][]): number {
  let n = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== '' && row[c] !== undefined) n++;
  }
  return n;
}

const results: Record<number, number> = {};
console.log('rows      engine ms (median of 3)   rows/s      bare ms   findings   heap delta MB   max RSS MB');
for (const n of sizes) {
  const grid = beneficiaryGrid(n);
  gc();
  const base = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const bare: number[] = [];
  let findings = 0;
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = performance.now();
    barePass(grid);
    bare.push(performance.now() - t);
    t = performance.now();
    const res = checkSheet({ sheet: 'Penerima', values: grid }, { today: TODAY });
    times.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    findings = res?.findings.length ?? -1;
  }
  const ms = median(times);
  results[n] = ms;
  console.log(
    `${String(n).padEnd(9)} ${ms.toFixed(0).padStart(10)}                ${Math.round(n / (ms / 1000))
      .toLocaleString('en')
      .padStart(
        10,
      )}   ${median(bare).toFixed(1).padStart(7)}   ${String(findings).padStart(8)}   ${(peak / 1e6).toFixed(0).padStart(9)}   ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(9)}`,
  );
}
if (results[500000] && results[50000])
  console.log(`time(500k)/time(50k) = ${(results[500000] / results[50000]).toFixed(2)} (budget <= 11; 500k budget <= 2000 ms)`);
