// Bahasa Indonesia: words of the addonsetup area.
export const addonsetup = {} as const;
