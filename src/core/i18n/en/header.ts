// English: messages of the header rules.
import type { header as id } from '../id/header';

export const header = {
  'header.missing_field':
    'No {field} column was found. Accepted headers include {accepted}. Add the column, or choose the matching column in the column mapping.',
  'header.missing_field.program':
    'No programme column was found, and the sheet title does not name the programme. Add a column such as {accepted}, write the programme (for example PKH) in the sheet title, or choose the column in the column mapping.',
  'header.ambiguous':
    'Several columns could be {field}: {headers}. Sinergi uses {used}. If that is wrong, choose the right column in the column mapping.',
} as const satisfies Record<keyof typeof id, string>;
