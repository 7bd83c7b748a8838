/**
 * The official Microsoft pages the Microsoft signatures cite, named once
 * so every entry points at exactly the same address.
 */
import type { Source } from '../../schema';

const NDR_BASE =
  'https://learn.microsoft.com/en-us/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online';

export const OUTLOOK_POSTMASTER: Source = {
  title: 'Outlook.com Postmaster: Troubleshooting',
  url: 'https://postmaster.live.com/pm/troubleshooting.aspx',
};

export const OUTLOOK_SUPPORT_FORM: Source = {
  title: 'Outlook.com sender support request form',
  url: 'https://support.microsoft.com/supportrequestform/8ad563e3-288e-2a61-8122-3ba03d6b8d75',
};

export const SNDS: Source = {
  title: 'Microsoft Smart Network Data Services (SNDS)',
  url: 'https://postmaster.live.com/snds',
};

export const JMRP: Source = {
  title: 'Microsoft Junk Mail Reporting Program (JMRP)',
  url: 'https://postmaster.live.com/snds/JMRP.aspx',
};

export const OUTLOOK_515: Source = {
  title: 'Fix NDR error 550 5.7.515 in Outlook.com',
  url: 'https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef',
};

export const SPAMHAUS_CHECK: Source = {
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org/',
};

export const EXO_NDR: Source = {
  title: 'Email non-delivery reports and SMTP errors in Exchange Online',
  url: `${NDR_BASE}/non-delivery-reports-in-exchange-online`,
};

export const EXO_AS: Source = {
  title: 'Fix error code 451 4.7.500-699 (ASxxx) in Exchange Online',
  url: `${NDR_BASE}/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online`,
};

export const EXO_700: Source = {
  title: 'Fix error codes 5.7.700 through 5.7.750 in Exchange Online',
  url: `${NDR_BASE}/fix-error-code-5-7-700-through-5-7-750`,
};

export const EXO_DELIST: Source = {
  title:
    'Use the delist portal to remove yourself from the blocked senders list',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis',
};

export const SENDER_PORTAL: Source = {
  title: 'Office 365 Anti-Spam IP Delist Portal',
  url: 'https://sender.office.com/',
};

/** A per-code "Fix error code …" page in the Exchange Online docs. */
export function exoFixPage(title: string, slug: string): Source {
  return { title, url: `${NDR_BASE}/${slug}` };
}
