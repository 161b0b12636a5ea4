// English: reminders in the add-on: menu dialogs, preview, schedule sheet setup.
export const remindgas = {
  'remindgas.title': 'Scheduled reminders',
  'remindgas.failed': 'Setting up reminders stopped: {message}',
  'remindgas.sheet_created':
    'Sheet "{sheet}" created with the default schedule: reporting period, deadline and reminder days per register kind, and the TKPP email addresses. Change the values as needed.',
  'remindgas.on.daily':
    'Reminders are on for this spreadsheet. Every day at about {hour}:00 WIB Sinergi emails the contacts of sources that are late or still hold errors, following the schedule sheet. Every mail is recorded in the reminder log sheet.',
  'remindgas.on.hourly':
    "Reminders are on for this spreadsheet. Scheduled consolidation's hourly trigger also sends them, once a day at the first firing from {hour}:00 WIB (after that day's consolidation has finished). Every mail is recorded in the reminder log sheet.",
  'remindgas.already': 'Reminders are already on for this spreadsheet; there is still one trigger.',
  'remindgas.refused.too_many':
    "Reminders could not be turned on: this account already uses 20 triggers (Google's limit). Turn off schedules in other spreadsheets, then try again. ({message})",
  'remindgas.refused.addon_limit':
    'Reminders could not be turned on: Google allows an add-on one time-driven trigger per user per spreadsheet, and this spreadsheet already has another. ({message})',
  'remindgas.refused.other': 'Reminders could not be turned on: {message}',
  'remindgas.warn.schedule': 'These schedule lines could not be read; the defaults are used:',
  'remindgas.warn.no_tkpp': 'Note: the schedule sheet holds no TKPP email address yet, so escalations and the weekly summary are not sent.',
  'remindgas.warn.no_sources': 'Note: there is no "{sheet}" sheet yet. Run Consolidate sources (TKPP) to create it, then list the sources.',
  'remindgas.warn.no_active': 'Note: the "{sheet}" sheet lists no active source yet, so nobody is reminded.',
  'remindgas.warn.no_contacts':
    'Note: no source in the "{sheet}" sheet has a valid contact email. Fill in the Contact email column; without it reminders reach only TKPP, at the escalation step.',
  'remindgas.warn.some_contacts': 'Note: {count} of {total} active sources in the "{sheet}" sheet have no valid contact email.',
  'remindgas.off': 'Reminders are off for this spreadsheet; the trigger was removed.',
  'remindgas.off_kept': 'Reminders are off for this spreadsheet. The hourly trigger stays for scheduled consolidation.',
  'remindgas.off_other':
    'Reminders are off for this spreadsheet. Your account holds no trigger for them; a trigger another user set up stays in their account but sends nothing.',
  'remindgas.busy':
    'Sinergi is changing the schedule or running a scheduled job in this spreadsheet. Nothing was changed; try again in a few minutes.',
  'remindgas.off_none': 'Reminders were not on for this spreadsheet; nothing was changed.',
  'remindgas.consolidation_off_kept': 'Reminders stay on: their trigger now runs once a day at about {hour}:00 WIB.',
  'remindgas.preview.title': 'Reminder preview',
  'remindgas.preview.on': 'Reminders are on: the emails below go today at the first firing from {hour}:00 WIB.',
  'remindgas.preview.off': 'Reminders are off: nothing is sent until they are turned on. This is what today would send if they were on.',
  'remindgas.preview.done_today': "Today's reminders have already run; what was sent is not sent again.",
  'remindgas.preview.summary':
    "{date}: {send} emails would be sent, {deferred} deferred for want of quota, {skipped} skipped. Today's remaining email quota: {quota} recipients. This preview sends nothing.",
  'remindgas.preview.none': 'No email needs to go today.',
  'remindgas.preview.mail': 'Email {n} of {total}',
  'remindgas.preview.to': 'To',
  'remindgas.preview.cc': 'Cc',
  'remindgas.preview.subject': 'Subject',
  'remindgas.preview.deferred': 'Deferred to the next day (quota spent)',
  'remindgas.preview.skipped': 'Skipped',
  // The setup dialog takes every setup.* key: the schedule sheet's button and the header note of the sheet it creates.
  'setup.ref.schedule': 'Reminder schedule',
  'setup.refsheet.schedule.note':
    'Sinergi reminder schedule: per register kind, the reporting period (monthly/quarterly), the deadline in days after the period ends, the reminder days relative to the deadline (the last one copied to TKPP), and the TKPP email addresses. Agency contacts come from the "Sumber Data" sheet.',
} as const;
