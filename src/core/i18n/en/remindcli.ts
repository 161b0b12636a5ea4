// English: the sinergi remind command.
export const remindcli = {
  'remindcli.opt.master': 'the master spreadsheet (.xlsx downloaded from Google Sheets, or written by sinergi consolidate)',
  'remindcli.opt.today': 'the day to preview (YYYY-MM-DD); default: today in Asia/Jakarta',
  'remindcli.opt.quota':
    "recipients the day's mail may use (default 100: MailApp's daily limit for a consumer Google account; the add-on's trigger uses the quota MailApp reports)",
  'remindcli.opt.format': 'output: text, or json (the whole plan)',
  'remindcli.help_after':
    "The command line only shows the plan; mail is sent by the add-on's daily trigger in the master spreadsheet (menu Reminders ▸ Turn on).",
  'remindcli.need_preview':
    "The command line does not send mail: reminders go from the add-on's daily trigger (menu Reminders ▸ Turn on). Use --preview to see the mail that would go.",
  'remindcli.need_master': 'Name the master .xlsx file, for example: sinergi remind --preview master.xlsx',
  'remindcli.head': 'Reminder preview of {master} for {day}. No mail is sent from here.',
  'remindcli.quota': 'Recipient quota: {quota}; mails that would go: {mails}, using {used} of the quota.',
  'remindcli.no_sources': 'This master lists no sources: fill in the "Sumber Data" sheet or run a consolidation first.',
  'remindcli.none': 'No mail goes today.',
  'remindcli.mail': 'Mail {n} of {total}',
  'remindcli.to': 'To: {list}',
  'remindcli.cc': 'Cc: {list}',
  'remindcli.subject': 'Subject: {subject}',
  'remindcli.deferred': 'Deferred for want of quota, sent on the next run: {count}',
  'remindcli.deferred_line': '  To {to}: {subject} (quota: {cost})',
  'remindcli.skipped': 'Not sent:',
  'remindcli.skipped_line': '  {reason}: {count} ({opds})',
  'remindcli.skipped_line_bare': '  {reason}: {count}',
  'remindcli.more': ' and {count} more',
  'remindcli.problems': 'Problems in the "{sheet}" sheet (defaults used):',
  'remindcli.problem_line': '  row {row}: {message}',
} as const;
