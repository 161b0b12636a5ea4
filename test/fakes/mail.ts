// MailApp: records each message; the daily quota counts recipients, and an exhausted quota throws as Apps Script does.
import { Env, fail, metered } from './env';

export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  recipients: string[];
  at: Date;
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

export class MailBox {
  sent: SentMail[] = [];
  constructor(public remaining: number) {}
  /** Start a new quota day with `quota` recipients. */
  resetQuota(quota: number): void {
    this.remaining = quota;
  }
}

const split = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function createMailApp(env: Env, box: MailBox) {
  const send = (o: MailOptions): void => {
    const recipients = [...split(o.to), ...split(o.cc), ...split(o.bcc)];
    if (recipients.length === 0) fail(env, 'Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL.test(r)) fail(env, `Invalid email: ${r}`);
    if (box.remaining < recipients.length) fail(env, QUOTA_MESSAGE);
    box.remaining -= recipients.length;
    box.sent.push({
      to: o.to ?? '',
      cc: o.cc ?? '',
      bcc: o.bcc ?? '',
      subject: String(o.subject ?? ''),
      body: String(o.body ?? ''),
      htmlBody: o.htmlBody,
      name: o.name,
      replyTo: o.replyTo,
      noReply: o.noReply,
      attachments: o.attachments,
      recipients,
      at: env.clock.now(),
    });
  };
  return metered(env, 'MailApp', {
    /** sendEmail(to, subject, body, options?) or sendEmail({to, subject, body, htmlBody, ...}). */
    sendEmail: (a: string | MailOptions, subject?: string, body?: string, options?: MailOptions) => {
      if (typeof a === 'object' && a !== null) send(a);
      else send({ ...(options ?? {}), to: String(a), subject, body });
    },
    getRemainingDailyQuota: () => box.remaining,
  });
}
