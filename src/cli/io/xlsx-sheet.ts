// One worksheet's XML, event by event, into a grid of cell values plus the style id of each value (resolved when the file is read).

/** Column index (0-based) of an A1 reference, or -1 when it has no letters. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** Row index (0-based) of an A1 reference, or -1. */
function refRow(ref: string): number {
  let row = 0;
  let digits = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      digits++;
    }
  }
  return digits === 0 ? -1 : row - 1;
}

/** Excel escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_; a literal "_x" is _x005F_x). */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An ISO 8601 cell (t="d"): a zone-less time is UTC, as every other date of the file. */
function isoDate(text: string): Date | string {
  const s = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(s) || !s.includes('T');
  const d = new Date(zoned ? s : s + 'Z');
  return Number.isNaN(d.getTime()) ? text : d;
}

export interface RawSheet {
  /** Rows of values; holes are empty rows; a row's missing cells are ''. */
  values: (unknown[] | undefined)[];
  /** Style id of each value (0 = none), same shape; a hole = no styles in that row. */
  styles: (number[] | undefined)[];
  /** Merged ranges as written ("A1:C1"). */
  merges: string[];
  /** Whether the closing </worksheet> was seen: a cut-off file never shows it. */
  complete: boolean;
  /** Whether a cell refers to the shared strings table (which must then exist). */
  usesSharedStrings: boolean;
}

/** Feeds on SAX events of a sheet XML; local names only, since some writers prefix every element (x:row, x:c). */
export class SheetCollector {
  readonly raw: RawSheet = { values: [], styles: [], merges: [], complete: false, usesSharedStrings: false };
  private row = -1;
  private col = -1;
  private t = '';
  private s = 0;
  private text = '';
  private hasValue = false;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private inPhonetic = false;
  private inSheetData = false;

  constructor(private readonly strings: readonly string[] | undefined) {}

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 'c': {
        const ref = attrs.r;
        const col = ref === undefined ? -1 : refColumn(ref);
        this.col = col >= 0 ? col : this.col + 1;
        if (ref !== undefined) {
          const row = refRow(ref);
          if (row >= 0) this.row = row;
        }
        this.t = attrs.t ?? '';
        const s = attrs.s;
        this.s = s === undefined ? 0 : +s || 0;
        this.text = '';
        this.hasValue = false;
        break;
      }
      case 'v':
        this.inValue = true;
        this.hasValue = true;
        break;
      case 'is':
        this.inInline = true;
        this.hasValue = true;
        break;
      case 't':
        this.inText = this.inInline && !this.inPhonetic;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 'row': {
        const r = attrs.r === undefined ? NaN : +attrs.r;
        this.row = r >= 1 ? r - 1 : this.row + 1;
        this.col = -1;
        break;
      }
      case 'sheetData':
        this.inSheetData = true;
        break;
      case 'mergeCell':
        if (attrs.ref) this.raw.merges.push(attrs.ref);
        break;
    }
  }

  onText(s: string): void {
    // Inline strings: every <t> of the <is> (rich text runs), phonetic guides excluded.
    if (this.inValue || this.inText) this.text += s;
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        if (this.inSheetData && this.hasValue) this.store(this.cellValue());
        break;
      case 'v':
        this.inValue = false;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 't':
        this.inText = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'sheetData':
        this.inSheetData = false;
        break;
      case 'worksheet':
        this.raw.complete = true;
        break;
    }
  }

  /** The cached value, never the formula: what the sheet shows (Sheets' getValues). */
  private cellValue(): unknown {
    const text = this.text;
    switch (this.t) {
      case 's': {
        if (text.trim() === '') return '';
        this.raw.usesSharedStrings = true;
        return this.strings?.[+text] ?? '';
      }
      case 'str':
      case 'inlineStr':
        return decodeEscapes(text);
      case 'b':
        return text.trim() === '1' || text.trim().toLowerCase() === 'true';
      case 'e':
        return text.trim();
      case 'd':
        return text === '' ? '' : isoDate(text);
      default: {
        if (text === '') return '';
        const n = Number(text);
        return Number.isNaN(n) ? text : n;
      }
    }
  }

  private store(v: unknown): void {
    if (v === '' || this.row < 0 || this.col < 0) return;
    const { values, styles } = this.raw;
    const r = this.row;
    const c = this.col;
    let vals = values[r];
    if (!vals) vals = values[r] = [];
    if (vals.length === c) vals.push(v);
    else {
      while (vals.length < c) vals.push('');
      vals[c] = v;
    }
    if (this.s > 0) {
      let sty = styles[r];
      if (!sty) sty = styles[r] = [];
      while (sty.length < c) sty.push(0);
      sty[c] = this.s;
    }
  }
}
