// English: words of the addoncheck area.
import type { addoncheck as id } from '../id/addoncheck';

export const addoncheck = {} as const satisfies Record<keyof typeof id, string>;
