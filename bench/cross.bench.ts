// Cross-register benchmark: 500k beneficiary rows over 20 sheets and 5 programmes plus 5,000 programme rows; engine, then cross checks and rollups.
import { checkRegisters, viewsOf } from '../src/core/cross';
import { checkSheet, type SheetResult } from '../src/core/engine';
import { DEFAULT_CONFIG } from '../src/core/model/config';
import { beneficiaryRollup } from '../src/core/rollup/beneficiary';
import { programRollup } from '../src/core/rollup/program';
import { beneficiarySheets, programSheets } from './synth';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const sizes = (process.argv[2] ?? '50000,500000').split(',').map(Number);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const cross: Record<number, number> = {};
console.log('rows      engine ms   cross+rollup ms   findings (cross)   max RSS MB');
for (const n of sizes) {
  const inputs = [...beneficiarySheets(n, 20), ...programSheets(5000)];
  const engineT: number[] = [];
  const crossT: number[] = [];
  let found = 0;
  for (let run = 0; run < 3; run++) {
    gc();
    let t = performance.now();
    const results = inputs.map((i) => checkSheet(i, { today: TODAY })).filter((r): r is SheetResult => r !== undefined);
    engineT.push(performance.now() - t);
    t = performance.now();
    const findings = checkRegisters(results, { today: TODAY, lang: 'id', config: DEFAULT_CONFIG, refs: {} });
    const prog = viewsOf(results, 'program');
    programRollup(prog.views, { expectedFisik: DEFAULT_CONFIG.expectedFisik });
    const ben = viewsOf(results, 'beneficiary');
    beneficiaryRollup(ben.views, []);
    crossT.push(performance.now() - t);
    found = findings.length;
  }
  cross[n] = median(crossT);
  console.log(
    `${String(n).padEnd(9)} ${median(engineT).toFixed(0).padStart(9)}   ${median(crossT).toFixed(0).padStart(15)}   ${String(found).padStart(16)}   ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(10)}`,
  );
}
if (cross[500000] && cross[50000])
  console.log(
    `cross time(500k)/time(50k) = ${(cross[500000] / cross[50000]).toFixed(2)} (budget <= 11; cross+rollup budget <= 1000 ms; peak <= 1.5 GB)`,
  );
