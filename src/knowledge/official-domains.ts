/**
 * Hosts the knowledge base may link to: the providers' and blocklist
 * operators' own pages, and the public checkers the checklist prepares
 * links for. A link anywhere else fails the content tests.
 */
export const OFFICIAL_DOMAINS = [
  // Microsoft
  'learn.microsoft.com',
  'support.microsoft.com',
  'postmaster.live.com',
  'sender.office.com',
  'aka.ms',
  // Google
  'support.google.com',
  'postmaster.google.com',
  // Yahoo and AOL
  'senders.yahooinc.com',
  'postmaster.yahooinc.com',
  // Apple
  'support.apple.com',
  // North-American ISPs
  'postmaster.comcast.net',
  'es.xfinity.com',
  'www.xfinity.com',
  'www.cox.com',
  'www.spectrum.net',
  'www.godaddy.com',
  'checkspam.godaddy.com',
  // European and other mailbox providers
  'postmaster.orange.fr',
  'postmaster.laposte.net',
  'postmaster.gmx.net',
  'postmaster.web.de',
  'postmaster.t-online.de',
  'help.mail.ru',
  'postmaster.mail.ru',
  'yandex.com',
  'service.mail.qq.com',
  // Gateways and reputation services
  'ipcheck.proofpoint.com',
  'csi.cloudmark.com',
  'www.barracudacentral.org',
  'www.barracudanetworks.com',
  'ers.trendmicro.com',
  'ipremoval.sms.symantec.com',
  'community.mimecast.com',
  'talosintelligence.com',
  // Public blocklists
  'check.spamhaus.org',
  'www.spamhaus.org',
  'www.spamcop.net',
  'www.uceprotect.net',
  // Standards
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'www.iana.org',
  // Public checkers the checklist prepares links for
  'mxtoolbox.com',
  'www.mail-tester.com',
] as const;
