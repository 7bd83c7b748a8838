/**
 * The pages the shared fixes cite: the standards themselves, the big
 * providers' published sender rules, and the public checkers.
 */
import type { Source } from '../../schema';

function rfc(number: number, title: string): Source {
  return {
    title: `RFC ${number}: ${title}`,
    url: `https://www.rfc-editor.org/rfc/rfc${number}`,
  };
}

export const RFC_SMTP = rfc(5321, 'Simple Mail Transfer Protocol');
export const RFC_MESSAGE = rfc(5322, 'Internet Message Format');
export const RFC_SPF = rfc(7208, 'Sender Policy Framework (SPF)');
export const RFC_DKIM = rfc(6376, 'DomainKeys Identified Mail (DKIM)');
export const RFC_DMARC = rfc(7489, 'DMARC');
export const RFC_ARC = rfc(8617, 'Authenticated Received Chain (ARC)');
export const RFC_STARTTLS = rfc(3207, 'SMTP over TLS (STARTTLS)');
export const RFC_SUBMISSION = rfc(6409, 'Message Submission for Mail');
export const RFC_GREYLISTING = rfc(6647, 'Email Greylisting');
export const RFC_ONE_CLICK = rfc(8058, 'One-Click Unsubscribe');
export const RFC_DNS_ERRORS = rfc(1912, 'Common DNS Operational Errors');

export const GOOGLE_SENDER_GUIDELINES: Source = {
  title: 'Google: Email sender guidelines',
  url: 'https://support.google.com/mail/answer/81126',
};

export const GOOGLE_POSTMASTER_TOOLS: Source = {
  title: 'Google Postmaster Tools',
  url: 'https://postmaster.google.com/',
};

export const YAHOO_BEST_PRACTICES: Source = {
  title: 'Yahoo Sender Hub: best practices',
  url: 'https://senders.yahooinc.com/best-practices/',
};

export const MICROSOFT_JMRP: Source = {
  title: 'Outlook.com Junk Mail Reporting Program (JMRP)',
  url: 'https://postmaster.live.com/snds/JMRP.aspx',
};

export const SPAMHAUS_CHECK: Source = {
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org/',
};

export const MXTOOLBOX_BLOCKLISTS: Source = {
  title: 'MXToolbox blocklist check',
  url: 'https://mxtoolbox.com/blacklists.aspx',
};

export const MXTOOLBOX_SMTP_TEST: Source = {
  title: 'MXToolbox SMTP test (includes an open-relay check)',
  url: 'https://mxtoolbox.com/diagnostic.aspx',
};

export const MAIL_TESTER: Source = {
  title: 'mail-tester: score a real test message',
  url: 'https://www.mail-tester.com/',
};
