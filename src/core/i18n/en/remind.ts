// English: scheduled reminders: mail subjects and bodies, late reasons, log words, schedule sheet.
export const remind = {
} as const;
