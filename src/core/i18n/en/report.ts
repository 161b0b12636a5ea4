// English: words of the report area.
import type { report as id } from '../id/report';

export const report = {} as const satisfies Record<keyof typeof id, string>;
