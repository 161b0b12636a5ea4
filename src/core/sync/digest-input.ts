// The text a source's content digest is taken over: its register sheets' raw values plus what else changes the findings.

/** Sheets' raw cells, each tagged by type (so 12 and '12' differ), with the context that changes the outcome of a check. */
export function digestInput(context: string, sheets: readonly { name: string; values: readonly (readonly unknown[])[] }[]): string {
  const parts: string[] = [context];
  for (const s of sheets) {
    parts.push('\u001d' + s.name);
    for (const row of s.values) {
      let line = '\u001e';
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        line +=
          (v === null || v === undefined || v === ''
            ? ''
            : typeof v === 'number'
              ? 'n' + v
              : typeof v === 'boolean'
                ? 'b' + v
                : v instanceof Date
                  ? 'd' + v.getTime()
                  : 's' + String(v)) + '\u001f';
      }
      parts.push(line);
    }
  }
  return parts.join('');
}
