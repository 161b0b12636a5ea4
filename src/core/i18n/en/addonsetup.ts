// English: words of the addonsetup area.
import type { addonsetup as id } from '../id/addonsetup';

export const addonsetup = {} as const satisfies Record<keyof typeof id, string>;
