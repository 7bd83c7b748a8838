/**
 * The official pages the ISP signatures and their fixes cite, kept in one
 * place so a moved page is corrected once.
 */
import type { Source } from '../../schema';

export const COMCAST_CODES: Source = {
  title: 'Comcast postmaster: mail delivery error codes',
  url: 'https://postmaster.comcast.net/mail-error-codes.html',
};
export const COMCAST_SMTP_CODES: Source = {
  title: 'Comcast postmaster: SMTP error codes',
  url: 'https://postmaster.comcast.net/smtp-error-codes.php',
};
export const XFINITY_ERRORS: Source = {
  title: 'Xfinity: email error codes and how to fix them',
  url: 'https://es.xfinity.com/support/articles/email-errors',
};
export const COX_CODES: Source = {
  title: 'Cox: email error codes',
  url: 'https://www.cox.com/residential/support/email-error-codes.html',
};
export const COX_POSTMASTER: Source = {
  title: 'Cox postmaster administration',
  url: 'https://www.cox.com/business/support/cox-postmaster-administration.html',
};
export const SPECTRUM_CODES: Source = {
  title: 'Spectrum: understanding email error codes',
  url: 'https://www.spectrum.net/support/internet/understanding-email-error-codes',
};
export const GODADDY_BOUNCES: Source = {
  title: 'GoDaddy: what does my email bounceback mean?',
  url: 'https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568',
};
export const GODADDY_FIX_BOUNCES: Source = {
  title: 'GoDaddy: fix rejected email with a bounce error',
  url: 'https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
};
export const GODADDY_CHECKSPAM: Source = {
  title: 'GoDaddy: blocklist check and removal request',
  url: 'https://checkspam.godaddy.com/',
};
export const ORANGE_POSTMASTER: Source = {
  title: 'Orange postmaster (error codes and contact)',
  url: 'https://postmaster.orange.fr/',
};
export const LAPOSTE_POSTMASTER: Source = {
  title: 'La Poste postmaster (laposte.net)',
  url: 'https://postmaster.laposte.net/',
};
export const GMX_ERRORS: Source = {
  title: 'GMX postmaster: error messages',
  url: 'https://postmaster.gmx.net/en/error-messages',
};
export const WEBDE_ERRORS: Source = {
  title: 'WEB.DE postmaster: error messages',
  url: 'https://postmaster.web.de/en/error-messages',
};
export const T_ONLINE_POSTMASTER: Source = {
  title: 'postmaster.t-online.de: notes for mail server operators',
  url: 'https://postmaster.t-online.de/index.en.html',
};
export const MAIL_RU_NOTSPAM: Source = {
  title: 'Mail.ru: message rejected as spam',
  url: 'https://help.mail.ru/notspam-support/error',
};
export const MAIL_RU_DMARC: Source = {
  title: 'Mail.ru postmaster: DMARC',
  url: 'https://help.mail.ru/mail-help/postmaster/dmarc',
};
export const YANDEX_BOUNCES: Source = {
  title: 'Yandex Mail: non-delivery reports from Yandex',
  url: 'https://yandex.com/support/mail/bounces/yandex.html',
};
export const YANDEX_SPAM: Source = {
  title: 'Yandex Mail: the message looks like spam',
  url: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html',
};
export const QQ_ERRORS: Source = {
  title: 'QQ Mail: delivery error explanations',
  url: 'https://service.mail.qq.com/detail/122',
};
