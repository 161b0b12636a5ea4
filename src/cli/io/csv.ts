// CSV as Excel and Google Sheets write it: UTF-8 (BOM or not, else Windows-1252) or UTF-16, `,` `;` or tab, RFC 4180 quotes.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Text of a CSV file: BOM dropped; UTF-16 by its BOM; bytes that are not UTF-8 read as Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const CANDIDATES = [44, 59, 9]; // , ; tab
const SAMPLE_RECORDS = 30;

/**
 * The delimiter whose count outside quotes is the most consistent over the first records (Excel pads every record of a
 * sheet to the same number of delimiters), then the most frequent; `,` when nothing tells.
 */
export function detectDelimiter(text: string): string {
  const counts: number[][] = CANDIDATES.map(() => []);
  const line = CANDIDATES.map(() => 0);
  let quoted = false;
  let nonEmpty = false;
  const endRecord = () => {
    if (nonEmpty) CANDIDATES.forEach((_, k) => counts[k].push(line[k]));
    line.fill(0);
    nonEmpty = false;
  };
  for (let i = 0; i < text.length && counts[0].length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) endRecord();
    else {
      nonEmpty = true;
      const k = CANDIDATES.indexOf(c);
      if (k >= 0) line[k]++;
    }
  }
  endRecord();
  let best = 0;
  let bestScore = -1;
  CANDIDATES.forEach((_, k) => {
    const freq = new Map<number, number>();
    let total = 0;
    for (const n of counts[k]) {
      total += n;
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    let modeFreq = 0;
    for (const f of freq.values()) modeFreq = Math.max(modeFreq, f);
    // Consistency first, total count second; a candidate that never occurs scores 0.
    const score = modeFreq * 1e9 + total;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  return String.fromCharCode(CANDIDATES[best]);
}

/**
 * Records of RFC 4180 CSV: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF or CR end a record.
 * Lenient like spreadsheets: a stray quote inside an unquoted field is kept as a character. Every value stays a string.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const d = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let value: string;
    if (c === QUOTE) {
      let out = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          // Unclosed quote: the rest of the file is the field, as spreadsheets do.
          out += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        out += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Characters between the closing quote and the delimiter are kept, as spreadsheets do.
      const rest = i;
      while (i < n && (c = text.charCodeAt(i)) !== d && c !== LF && c !== CR) i++;
      value = rest < i ? out + text.slice(rest, i) : out;
    } else {
      const from = i;
      while (i < n && (c = text.charCodeAt(i)) !== d && c !== LF && c !== CR) i++;
      value = text.slice(from, i);
    }
    row.push(value);
    if (i >= n) break;
    c = text.charCodeAt(i);
    i++;
    if (c === d) {
      if (i >= n) row.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
