// The hand-written row builders must hold exactly the schema's fields, each in its slot.
import { BeneficiaryRowSchema, ProgramRowSchema } from '../../../src/core/model/schemas';
import { BUILDER_FIELDS, beneficiaryRow, programRow } from '../../../src/core/parse/row-builders';

test.each([
  ['beneficiary', beneficiaryRow, BeneficiaryRowSchema.shape],
  ['program', programRow, ProgramRowSchema.shape],
] as const)('%s builder puts slot i into field i', (kind, build, shape) => {
  const fields = BUILDER_FIELDS[kind];
  const row = build(
    7,
    fields.map((f) => `value of ${f}`),
  ) as unknown as Record<string, unknown>;
  expect(Object.keys(row).sort()).toEqual(Object.keys(shape).sort());
  expect(row.row).toBe(7);
  for (const f of fields) expect(row[f]).toBe(`value of ${f}`);
});
