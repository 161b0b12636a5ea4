// dup.nik.cross_program: a NIK in several programmes is allowed (exclusive.program says when not), but worth seeing once per person.
import { maskId } from '../text/mask';
import { people } from './person';
import { defineCrossRule } from './types';

export const rule = defineCrossRule({
  id: 'dup.nik.cross_program',
  kind: 'beneficiary',
  severity: 'info',
  check(registers, _ctx, report) {
    const p = people(registers);
    const { keys, first, next, size } = p.nik;
    for (let g = 0; g < keys.length; g++) {
      if (size[g] < 2) continue;
      let seen: string | undefined;
      let differ = false;
      for (let o = first[g]; o >= 0 && !differ; o = next[o]) {
        const prog = p.row(o).program;
        if (prog === undefined) continue;
        if (seen === undefined) seen = prog;
        else differ = prog !== seen;
      }
      if (!differ) continue;
      const rows: number[] = [];
      const programs = new Set<string>();
      for (let o = first[g]; o >= 0; o = next[o]) {
        const prog = p.row(o).program;
        if (prog === undefined) continue;
        rows.push(o);
        programs.add(prog);
      }
      report(p.places(rows, 'program'), { nik: maskId(keys[g]), count: programs.size, programs: [...programs].sort().join(', ') });
    }
  },
});
