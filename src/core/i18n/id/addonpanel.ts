// Bahasa Indonesia: words of the addonpanel area.
export const addonpanel = {} as const;
