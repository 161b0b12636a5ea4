// A1 addresses for findings: 0-based column index + 1-based row -> "AB12".

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const a1 = (row: number, colIndex: number): string => columnLetter(colIndex) + row;
