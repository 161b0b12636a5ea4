// Counts calls into the fake's services, because in real Apps Script every service call is a slow round trip.

/** A log of calls: `count('getValues')` or `count('Range.getValues')`, `total()`, `reset()`, `log`. */
export class CallCounter {
  /** Method names in call order, e.g. ['getActiveSpreadsheet', 'getSheetByName', 'getValues']. */
  readonly log: string[] = [];
  /** The same calls qualified by the object kind, e.g. 'Range.getValues'. */
  readonly qualified: string[] = [];

  record(kind: string, method: string): void {
    this.log.push(method);
    this.qualified.push(`${kind}.${method}`);
  }

  /** Calls of one method; a name containing '.' matches the qualified form ('Range.getValues'). */
  count(name: string): number {
    const source = name.includes('.') ? this.qualified : this.log;
    let n = 0;
    for (const entry of source) if (entry === name) n++;
    return n;
  }

  total(): number {
    return this.log.length;
  }

  /** Calls per qualified method, handy in a failing assertion's diff. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const entry of this.qualified) out[entry] = (out[entry] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.log.length = 0;
    this.qualified.length = 0;
  }
}
