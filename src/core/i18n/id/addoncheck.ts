// Bahasa Indonesia: words of the addoncheck area.
export const addoncheck = {} as const;
