// Time-zone arithmetic via Intl, Java SimpleDateFormat (Utilities.formatDate) and Sheets date formats (display values).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year;
  const month = parts.month;
  const day = parts.day;
  return {
    year,
    month,
    day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Offset of the zone from UTC at that instant, in minutes (Asia/Jakarta: +420). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` reads the given time. */
export function zonedToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60000;
  return new Date(t);
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function zoneOffset(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const mm = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function dayOfYear(p: ZonedParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
}

/** Split a pattern into runs of one letter and literal text ('quoted', '' for an apostrophe). */
function tokenize(pattern: string): Array<{ letter?: string; count: number; text?: string }> {
  const out: Array<{ letter?: string; count: number; text?: string }> = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ text: "'", count: 0 });
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out.push({ text: pattern.slice(i + 1, stop).replace(/''/g, "'"), count: 0 });
      i = stop + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out.push({ letter: ch, count: j - i });
      i = j;
    } else {
      out.push({ text: ch, count: 0 });
      i++;
    }
  }
  return out;
}

/**
 * Java SimpleDateFormat as Utilities.formatDate uses it, English names. Supported letters:
 * y M L d D E u a H k K h m s S z Z X. Others throw like Java ("Illegal pattern character").
 */
export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const offset = () => offsetMinutes(date, timeZone);
  return tokenize(pattern)
    .map((t) => {
      if (t.text !== undefined) return t.text;
      const n = t.count;
      switch (t.letter) {
        case 'y':
        case 'Y':
          return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        case 'M':
        case 'L':
          return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        case 'd':
          return pad(p.day, n);
        case 'D':
          return pad(dayOfYear(p), n);
        case 'E':
          return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        case 'u':
          return pad(p.weekday === 0 ? 7 : p.weekday, n);
        case 'a':
          return p.hour < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(p.hour, n);
        case 'k':
          return pad(p.hour === 0 ? 24 : p.hour, n);
        case 'K':
          return pad(p.hour % 12, n);
        case 'h':
          return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        case 'm':
          return pad(p.minute, n);
        case 's':
          return pad(p.second, n);
        case 'S':
          return pad(p.millisecond, n);
        case 'Z':
          return zoneOffset(offset(), 'Z');
        case 'X':
          return zoneOffset(offset(), n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        case 'z': {
          const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
            .formatToParts(date)
            .find((x) => x.type === 'timeZoneName');
          return name ? name.value : zoneOffset(offset(), 'XXX');
        }
        default:
          throw new Error(`Illegal pattern character '${t.letter}'`);
      }
    })
    .join('');
}

/**
 * Sheets number-format date patterns (yyyy, yy, mm, m, mmm, mmmm, dd, d, ddd, dddd, hh, h, ss, am/pm) for
 * display values. As in Sheets, 'm' after an hour or before seconds means minutes.
 */
export function formatSheetsDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = pattern.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi) ?? [];
  const twelve = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const out: string[] = [];
  tokens.forEach((tok, i) => {
    const t = tok.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[a-z]/i.test(x))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find((x) => /^[a-z]/i.test(x))
        ?.toLowerCase() ?? '';
    const minute = (t === 'm' || t === 'mm') && (prev.startsWith('h') || next.startsWith('s'));
    const hour = twelve ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
    if (tok.startsWith('"')) out.push(tok.slice(1, -1));
    else if (tok.startsWith('\\')) out.push(tok.slice(1));
    else if (t === 'yyyy') out.push(pad(p.year, 4));
    else if (t === 'yy') out.push(pad(p.year % 100, 2));
    else if (t === 'mmmm') out.push(MONTHS[p.month - 1]);
    else if (t === 'mmm') out.push(MONTHS[p.month - 1].slice(0, 3));
    else if (minute) out.push(pad(p.minute, t.length));
    else if (t === 'mm' || t === 'm') out.push(pad(p.month, t.length));
    else if (t === 'dddd') out.push(DAYS[p.weekday]);
    else if (t === 'ddd') out.push(DAYS[p.weekday].slice(0, 3));
    else if (t === 'dd' || t === 'd') out.push(pad(p.day, t.length));
    else if (t === 'hh' || t === 'h') out.push(pad(hour, t.length));
    else if (t === 'ss' || t === 's') out.push(pad(p.second, t.length));
    else if (t === 'am/pm') out.push(p.hour < 12 ? 'AM' : 'PM');
    else if (t === 'a/p') out.push(p.hour < 12 ? 'A' : 'P');
    else out.push(tok);
  });
  return out.join('');
}
