// What Sheets stores when a script writes a value, and how a stored value is displayed.
import { formatSheetsDate, formatSimpleDate, zonedParts, zonedToUtc } from './dates';

/*
 * Writing a value with setValue(s) behaves like a user typing it (Sheets "USER_ENTERED"). The add-on relies on
 * this to neutralise formula injection: it prefixes text that starts with = + - @ with an apostrophe.
 *
 *   JS number / boolean / Date      stored as is (a Date is copied)
 *   null, undefined, ''             empty cell
 *   '=…'                            formula; getFormulas() returns it, getValues() returns the cached result,
 *                                   which is '' unless a fixture supplied one with formula(text, value)
 *   "'…"                            text, apostrophe stripped ("'=1+1" -> '=1+1', "'0812" -> '0812')
 *   cell number format '@'          text verbatim, nothing below applies ('0812' stays '0812', '=x' stays text)
 *   plain decimal number            number: /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i, so '0812' -> 812 and
 *                                   '9275011708800001' -> 9275011708800000 (double precision, as in Sheets);
 *                                   '1.250.000', '1,5', ' 12' stay text (locale forms are not parsed here)
 *   'n%'                            number n/100
 *   'TRUE' / 'FALSE' (any case)     boolean
 *   'yyyy-mm-dd[ hh:mm[:ss]]'       Date, wall-clock time in the spreadsheet's time zone
 *   '+…' / '-…' not a number        formula '=+…' showing '#ERROR!' (Sheets reads a leading sign as a formula,
 *                                   the "- item" parse-error trap); a lone '+' or '-' stays text
 *   '@…'                            text
 *   any other object                String(value)
 */

export interface Stored {
  value: unknown;
  formula?: string;
}

export const TEXT_FORMAT = '@';
export const AUTOMATIC_FORMAT = '0.###############';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}

export function interpretWrite(input: unknown, numberFormat: string | undefined, timeZone: string): Stored {
  if (input === null || input === undefined || input === '') return { value: undefined };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input !== 'string') return { value: String(input) };
  const s = input;
  if (s.startsWith("'")) return { value: s.length > 1 ? s.slice(1) : undefined };
  if (numberFormat === TEXT_FORMAT) return { value: s };
  if (s.startsWith('=') && s.length > 1) return { value: '', formula: s };
  if (NUMBER.test(s)) return { value: Number(s) };
  const pct = PERCENT.exec(s);
  if (pct) return { value: Number(pct[1]) / 100 };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [y, mo, d, h, mi, sec] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60) {
      return { value: zonedToUtc(y, mo, d, h, mi, sec, timeZone) };
    }
  }
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { value: '#ERROR!', formula: `=${s}` };
  return { value: s };
}

/** Intl locale for a Sheets locale ('in_ID' -> 'id-ID'). */
export function intlLocale(sheetsLocale: string): string {
  const [lang, region] = sheetsLocale.split('_');
  const language = lang === 'in' ? 'id' : lang;
  return region ? `${language}-${region}` : language;
}

function decimalSeparator(sheetsLocale: string): string {
  return (1.5).toLocaleString(intlLocale(sheetsLocale)).includes(',') ? ',' : '.';
}

function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '');
  return /[ydhs]/i.test(unquoted) && !/[0#]/.test(unquoted);
}

/** "Automatic" number display: integers in full below 1e15, scientific above, 10 significant digits otherwise. */
function automaticNumber(n: number, sep: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e15) {
    const [mantissa, exp] = n.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    return `${trimmed.replace('.', sep)}E${exp.startsWith('-') ? exp : `+${exp.replace('+', '')}`}`;
  }
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10))).replace('.', sep);
}

function patternNumber(n: number, format: string, sheetsLocale: string): string {
  const section = format.split(';')[0];
  const percent = section.includes('%');
  const decimals = /\.([0#]+)/.exec(section)?.[1].length ?? 0;
  const minDecimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  const value = percent ? n * 100 : n;
  const body = value.toLocaleString(intlLocale(sheetsLocale), {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: decimals,
    useGrouping: section.includes(','),
  });
  return percent ? `${body}%` : body;
}

/**
 * Display value, simplified: text as is; booleans TRUE/FALSE; numbers through the cell's number format
 * (0, 0.00, #,##0, 0%, … with the spreadsheet locale's separators) or "automatic" (see above); dates through a
 * date format if the cell has one, else dd/MM/yyyy for in_ID, M/d/yyyy for en_US, yyyy-MM-dd otherwise, plus
 * ' HH:mm:ss' when the time is not midnight. Formula cells display their cached value.
 */
export function display(value: unknown, format: string | undefined, sheetsLocale: string, timeZone: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    if (format && format !== AUTOMATIC_FORMAT && isDateFormat(format)) return formatSheetsDate(value, timeZone, format);
    const datePattern = sheetsLocale === 'in_ID' ? 'dd/MM/yyyy' : sheetsLocale === 'en_US' ? 'M/d/yyyy' : 'yyyy-MM-dd';
    const p = zonedParts(value, timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    return formatSimpleDate(value, timeZone, midnight ? datePattern : `${datePattern} HH:mm:ss`);
  }
  if (typeof value === 'number') {
    if (format === TEXT_FORMAT) return String(value);
    if (!format || format === AUTOMATIC_FORMAT || format.toLowerCase() === 'general' || !/[0#]/.test(format)) {
      return automaticNumber(value, decimalSeparator(sheetsLocale));
    }
    return patternNumber(value, format, sheetsLocale);
  }
  return String(value);
}
