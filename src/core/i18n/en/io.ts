// English: words of the io area.
import type { io as id } from '../id/io';

export const io = {} as const satisfies Record<keyof typeof id, string>;
