// NIK and KK numbers built the way Dukcapil issues them: region, birth (or recording) date, serial; unique within one demo.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 6-digit region + ddmmyy (+40 on the day for a woman) + 4-digit serial. */
export function nikOf(region6: string, birth: Ymd, female: boolean, serial: number): string {
  return region6 + pad(birth.d + (female ? 40 : 0), 2) + pad(birth.m, 2) + pad(birth.y % 100, 2) + pad(serial, 4);
}

/** 6-digit region + ddmmyy of recording + 4-digit family serial. */
export function kkOf(region6: string, recorded: Ymd, serial: number): string {
  return region6 + pad(recorded.d, 2) + pad(recorded.m, 2) + pad(recorded.y % 100, 2) + pad(serial, 4);
}

/** Hands out numbers that no one else in the demo holds. */
export class IdPool {
  private readonly used = new Set<string>();

  /** Draws serials until the id is new; `make` builds the id from a serial. */
  take(make: (serial: number) => string, draw: () => number): string {
    for (;;) {
      const id = make(draw());
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  reserve(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}

export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day drawn uniformly between two years, inclusive. */
export function drawDate(int: (a: number, b: number) => number, fromYear: number, toYear: number): Ymd {
  const y = int(fromYear, toYear);
  const m = int(1, 12);
  return { y, m, d: int(1, daysIn(y, m)) };
}

/** Midnight UTC of the day: what exceljs reads back from a date cell, so the engine runs with tzOffsetMinutes 0. */
export const utcDate = (b: Ymd): Date => new Date(Date.UTC(b.y, b.m - 1, b.d));

/** Whole years from `birth` to `on`. */
export function ageOn(birth: Ymd, on: Ymd): number {
  return on.y - birth.y - (on.m < birth.m || (on.m === birth.m && on.d < birth.d) ? 1 : 0);
}
