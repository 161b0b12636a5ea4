// A progress bar on stderr for long reads and checks; silent when stderr is not a terminal or with --quiet.
import type { Progress } from '../app/ports';

export function terminalProgress(stream: NodeJS.WriteStream, words: Record<string, string>): Progress {
  let label = '';
  let total = 0;
  let last = -1;
  const draw = (done: number) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r${words[label] ?? label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}%`);
  };
  return {
    start(l, n) {
      label = l;
      total = n;
      last = -1;
      draw(0);
    },
    tick: draw,
    end() {
      draw(total);
      stream.write('\n');
    },
  };
}
