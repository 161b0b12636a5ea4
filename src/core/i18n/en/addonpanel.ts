// English: words of the addonpanel area.
import type { addonpanel as id } from '../id/addonpanel';

export const addonpanel = {} as const satisfies Record<keyof typeof id, string>;
