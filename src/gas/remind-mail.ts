// MailApp behind the Mailer port: the remaining daily quota, and one sendEmail per planned mail; a spent quota becomes QuotaExceeded.
import { QuotaExceeded, type Mailer } from '../app/remind';

/**
 * Apps Script's words when the day's mail quota is spent ("Service invoked too many times for one day: email."). Only
 * those stop the day's sending: "Limit Exceeded: Email Body Size." or "Invalid email: …" concern that one mail, which fails
 * alone (and is retried) while the rest still go.
 */
export const QUOTA_MESSAGE = /too many times for one day|service invoked too many times/i;

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const mailAppMailer: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(mail) {
    try {
      MailApp.sendEmail({
        to: mail.to.join(','),
        ...(mail.cc.length > 0 ? { cc: mail.cc.join(',') } : {}),
        subject: mail.subject,
        body: mail.text,
        htmlBody: mail.html,
        name: 'Sinergi',
      });
    } catch (e) {
      if (QUOTA_MESSAGE.test(messageOf(e))) throw new QuotaExceeded(messageOf(e));
      throw e;
    }
  },
};
