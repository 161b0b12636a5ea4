// Excel number formats: which ones show a date or time, and the date a serial number stands for.

/**
 * Whether a format code shows a date or time: a y, m, d, h or s outside quoted text, [brackets] (colours, locales,
 * conditions; [h] elapsed hours count), and escaped (\x), padding (_x) or fill (*x) characters.
 */
export function isDateFormat(fmt: string): boolean {
  if (fmt === '' || fmt === '@' || fmt.toLowerCase() === 'general') return false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt.charCodeAt(i);
    if (c === 34) {
      const end = fmt.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (c === 91) {
      const end = fmt.indexOf(']', i + 1);
      if (end < 0) return false;
      const inner = fmt.slice(i + 1, end).toLowerCase();
      if (inner === 'h' || inner === 'hh' || inner === 'm' || inner === 'mm' || inner === 's' || inner === 'ss') return true;
      i = end;
    } else if (c === 92 || c === 95 || c === 42) {
      i++;
    } else {
      const l = c | 0x20;
      // y m d h s (either case); 'e' and 'b' years are locale extras too rare to guess from.
      if (l === 121 || l === 109 || l === 100 || l === 104 || l === 115) return true;
    }
  }
  return false;
}

/** The format as the engine sees it: '' for General (no format), the code otherwise ('@', '0%', 'dd/mm/yyyy', ...). */
export const formatCode = (fmt: string | undefined): string => (!fmt || fmt.toLowerCase() === 'general' ? '' : fmt);

const MS_PER_DAY = 86400000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system starts 1462 days later. */
const EPOCH_1900 = 25569;
const OFFSET_1904 = 1462;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2958465;

/** The UTC instant of an Excel serial (dates at UTC midnight, as exceljs gives them); undefined outside Excel's calendar. */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY));
}
