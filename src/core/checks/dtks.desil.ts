// dtks.desil: each programme serves families up to a welfare decile (desil); a recipient above the programme's limit needs checking.
//
// The desil is the row's own desil column, else the DTKS/DTSEN extract's desil for the NIK. Silent without an extract.
// The limit is the programme's own (ctx.config.programs[p].desilMax), else ctx.config.desilMax, else 4.
import { people } from './person';
import { defineCrossRule } from './types';

const FROM_EXTRACT = { variant: 'extract' } as const;
const DEFAULT_DESIL_MAX = 4;

export const rule = defineCrossRule({
  id: 'dtks.desil',
  kind: 'beneficiary',
  severity: 'warning',
  check(registers, ctx, report) {
    const dtks = ctx.refs.dtks;
    if (!dtks) return;
    const base = ctx.config.desilMax ?? DEFAULT_DESIL_MAX;
    const policies = ctx.config.programs ?? {};
    const p = people(registers);
    const program = p.program;
    // The limit of each programme, by programme id.
    const limit = program.keys.map((k) => (Object.prototype.hasOwnProperty.call(policies, k) ? policies[k].desilMax : undefined) ?? base);
    const { keys, of } = p.nik;
    const receiving = p.receiving;
    for (let g = 0, o = 0; g < registers.length; g++) {
      for (const r of registers[g].rows) {
        let desil = r.desil;
        const own = desil !== undefined;
        if (!own && of[o] >= 0) desil = dtks.get(keys[of[o]]);
        const id = program.of[o];
        const max = id < 0 ? base : limit[id];
        if (desil !== undefined && Number.isFinite(desil) && desil > max && receiving[o] === 1) {
          const params = { desil, max, ...(r.program === undefined ? {} : { program: r.program }) };
          if (own) report([p.place(o, 'desil')], params);
          else report([p.place(o, 'nik')], params, FROM_EXTRACT);
        }
        o++;
      }
    }
  },
});
