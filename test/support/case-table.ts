// The one runner behind every rule's table of passing and failing cases (per-register rules and both kinds of cross checks).

export interface TableCase<E> {
  name: string;
  /** For failing cases: what each finding must match, in order. */
  expect?: readonly E[];
}

export interface TableOptions<C, R, E> {
  /** Runs one case and returns what the rule reported. */
  run: (c: C) => R[];
  /** Asserts that one reported finding matches one expectation (default: toMatchObject). */
  match?: (got: R, expected: E) => void;
  /** Further checks of the table as a whole, made in its first test. */
  guard?: () => void;
  /** Name of that first test. */
  guardName?: string;
}

/** Declares jest tests: each passing case reports nothing; each failing case reports what `expect` says (or at least one finding). */
export function caseTable<C extends TableCase<E>, R, E>(
  id: string,
  table: { pass: readonly C[]; fail: readonly C[] },
  opts: TableOptions<C, R, E>,
): void {
  const match = opts.match ?? ((got: R, e: E) => expect(got).toMatchObject(e as object));
  describe(id, () => {
    test(opts.guardName ?? 'has passing and failing cases', () => {
      expect(table.pass.length).toBeGreaterThan(0);
      expect(table.fail.length).toBeGreaterThan(0);
      opts.guard?.();
    });
    for (const c of table.pass) {
      test(`passes: ${c.name}`, () => {
        expect(opts.run(c)).toEqual([]);
      });
    }
    for (const c of table.fail) {
      test(`fails: ${c.name}`, () => {
        const got = opts.run(c);
        if (!c.expect) {
          expect(got.length).toBeGreaterThan(0);
          return;
        }
        expect(got).toHaveLength(c.expect.length);
        c.expect.forEach((e, i) => match(got[i], e));
      });
    }
  });
}
