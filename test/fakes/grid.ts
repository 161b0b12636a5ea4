// Sparse 0-based cell layer; a sheet keeps one per attribute so 500,000 mostly-empty rows stay cheap.

export class Grid<T> {
  private rows: Array<Array<T | undefined> | undefined> = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, value: T | undefined): void {
    let row = this.rows[r];
    if (value === undefined) {
      if (row && c < row.length) row[c] = undefined;
      return;
    }
    if (!row) row = this.rows[r] = [];
    row[c] = value;
  }

  /** Replace a whole row (fixtures): undefined entries are empty cells. */
  setRow(r: number, row: Array<T | undefined>): void {
    this.rows[r] = row;
  }

  /** Apply fn to every set cell inside the rectangle (0-based, inclusive start, exclusive end). */
  forEachIn(r0: number, c0: number, r1: number, c1: number, fn: (r: number, c: number, v: T) => void): void {
    const rEnd = Math.min(r1, this.rows.length);
    for (let r = r0; r < rEnd; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const cEnd = Math.min(c1, row.length);
      for (let c = c0; c < cEnd; c++) {
        const v = row[c];
        if (v !== undefined) fn(r, c, v);
      }
    }
  }

  clearRect(r0: number, c0: number, r1: number, c1: number): void {
    this.forEachIn(r0, c0, r1, c1, (r, c) => {
      (this.rows[r] as Array<T | undefined>)[c] = undefined;
    });
  }

  insertRows(at: number, n: number, copyFrom?: number): void {
    if (at > this.rows.length) return;
    const source = copyFrom === undefined ? undefined : this.rows[copyFrom];
    const fresh: Array<Array<T | undefined> | undefined> = new Array(n);
    if (source && source.some((v) => v !== undefined)) for (let i = 0; i < n; i++) fresh[i] = source.slice();
    this.rows = this.rows.slice(0, at).concat(fresh, this.rows.slice(at));
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number, copyFrom?: number): void {
    for (const row of this.rows) {
      if (!row || at > row.length) continue;
      const v = copyFrom === undefined ? undefined : row[copyFrom];
      row.splice(at, 0, ...new Array<T | undefined>(n).fill(v));
    }
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** 1-based index of the last row holding a value, 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1-based index of the last column holding a value, 0 when empty. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  clone(): Grid<T> {
    const g = new Grid<T>();
    g.rows = this.rows.map((row) => (row ? row.slice() : undefined));
    return g;
  }
}
