// dtks.not_listed: social aid goes to families in the DTKS/DTSEN; a recipient's NIK missing from the extract needs checking.
//
// Silent without an extract. Rows without a trusted NIK are skipped (an untrusted number lost its last digit and would
// be "missing" for that reason alone; nik.* rules flag those rows), and so are rows that receive nothing.
import { maskId } from '../text/mask';
import { people } from './person';
import { defineCrossRule } from './types';

export const rule = defineCrossRule({
  id: 'dtks.not_listed',
  kind: 'beneficiary',
  severity: 'error',
  check(registers, ctx, report) {
    const dtks = ctx.refs.dtks;
    if (!dtks) return;
    const p = people(registers);
    const { keys, of } = p.nik;
    // One look-up per person, not per row.
    const listed = new Uint8Array(keys.length);
    for (let g = 0; g < keys.length; g++) listed[g] = dtks.has(keys[g]) ? 1 : 0;
    const receiving = p.receiving;
    for (let o = 0; o < p.total; o++) {
      const g = of[o];
      if (g < 0 || listed[g] === 1 || receiving[o] === 0) continue;
      const prog = p.row(o).program;
      report([p.place(o, 'nik')], { nik: maskId(keys[g]), ...(prog === undefined ? {} : { program: prog }) });
    }
  },
});
