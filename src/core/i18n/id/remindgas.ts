// Bahasa Indonesia: reminders in the add-on: menu dialogs, preview, schedule sheet setup.
export const remindgas = {
} as const;
