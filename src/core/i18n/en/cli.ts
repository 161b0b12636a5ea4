// English: words of the cli area.
import type { cli as id } from '../id/cli';

export const cli = {} as const satisfies Record<keyof typeof id, string>;
