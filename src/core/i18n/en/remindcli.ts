// English: the sinergi remind command.
export const remindcli = {
} as const;
