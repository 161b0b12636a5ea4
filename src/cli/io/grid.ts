// Makes a read grid look like Sheets' getValues(): rectangular to the used width, no trailing empty rows, '' for empty cells.

/** A value counts as present unless it is '' (null/undefined never reach a finished grid). */
const present = (v: unknown): boolean => v !== '' && v !== undefined && v !== null;

/** Used size: 1 + the last row and column holding a value. Sparse rows (holes) count as empty. */
export function usedSize(rows: readonly (readonly unknown[] | undefined)[]): { height: number; width: number } {
  let height = 0;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    let last = row.length - 1;
    while (last >= 0 && !present(row[last])) last--;
    if (last < 0) continue;
    height = r + 1;
    if (last + 1 > width) width = last + 1;
  }
  return { height, width };
}

/** Cuts or pads every row to `width` with `fill`, turns holes into rows of `fill`, and drops rows past `height`. In place. */
export function rectangular<T>(rows: (T[] | undefined)[], height: number, width: number, fill: T): T[][] {
  rows.length = height;
  for (let r = 0; r < height; r++) {
    let row = rows[r];
    if (!row) row = rows[r] = [];
    if (row.length > width) row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = fill;
  }
  return rows as T[][];
}
