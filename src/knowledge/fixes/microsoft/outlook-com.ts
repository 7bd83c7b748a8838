/**
 * Routes and checks for Outlook.com, Hotmail, Live and MSN recipients.
 * The review route here is Outlook.com's own sender support form: the
 * Microsoft 365 delist portal cannot lift a consumer block.
 */
import type { Fix } from '../../schema';
import {
  JMRP,
  OUTLOOK_515,
  OUTLOOK_POSTMASTER,
  OUTLOOK_SUPPORT_FORM,
  SNDS,
} from '../../signatures/microsoft/sources';

export const outlookComFixes: readonly Fix[] = [
  {
    id: 'request-outlook-com-review',
    title: 'Ask Outlook.com sender support to review the block on your IP',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Fix the cause before you ask: a review of an IP that still sends unwanted or unauthenticated mail is normally turned down.',
      'Open the Outlook.com sender support form. It covers mail to outlook.com, hotmail.com, live.com and msn.com addresses; sender.office.com only handles Microsoft 365 business blocks and will say your IP is not listed.',
      'Give the blocked address {ip}, paste the whole bounce including the code in brackets, and say in two or three sentences what you found and what you changed (for example a closed relay, a cleaned list, new SPF or DKIM records).',
      'Use a contact address that receives outside mail: the answer and the ticket number arrive by email.',
      'A reply saying the IP is "not qualified for mitigation" is common and usually means the automatic check found nothing it could lift. Answer that same email, say the rejections go on, add a fresh bounce with its date and time, and ask for a person to look at the case.',
      'Until the block is gone, send Outlook.com only mail people asked for, at a steady, modest rate; a new burst can renew the block.',
    ],
    links: [OUTLOOK_SUPPORT_FORM, OUTLOOK_POSTMASTER],
    causes: [],
  },
  {
    id: 'enrol-snds',
    title: "Watch your IP's Outlook.com reputation in SNDS",
    phase: 'monitor',
    scope: 'signature',
    steps: [
      'Sign in to Smart Network Data Services (SNDS) with a Microsoft account and request access to {ip}, or to the range it belongs to.',
      'SNDS proves you control the range by mailing an address linked to it (from the WHOIS record or the reverse-DNS domain of {ip}), so make sure one of those mailboxes works.',
      'Once access is granted, read the daily data for {ip}: the filter verdict colour, the complaint rate and the spam-trap hits show how Outlook.com rates your mail.',
      'Check the IP status view as well: it lists addresses in your ranges that Outlook.com is blocking.',
      'An IP that sends only a little mail may show no data at all; an empty page is normal and does not prove the IP is in good standing.',
    ],
    links: [SNDS],
    causes: [],
  },
  {
    id: 'enrol-jmrp',
    title: 'Receive Outlook.com junk complaints through JMRP',
    phase: 'monitor',
    scope: 'signature',
    steps: [
      'Join the Junk Mail Reporting Program (JMRP) on the SNDS site and register {ip} and every other address that sends to Outlook.com.',
      'Choose a mailbox for the reports: each one is a copy of a message an Outlook.com user marked as junk, in the standard ARF format.',
      'Stop mailing every address that complains, automatically if your software can, and look at which mailings draw the most complaints.',
      'Update the registration whenever you add or change sending IPs, or the complaints for the new ones will not reach you.',
    ],
    links: [JMRP, SNDS],
    causes: ['complaints-spam-traps', 'stale-or-purchased-list'],
  },
  {
    id: 'meet-outlook-com-sender-requirements',
    title:
      "Meet Outlook.com's SPF, DKIM and DMARC rule for high-volume senders",
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Outlook.com expects domains that send more than 5,000 messages a day to its consumer addresses to pass SPF and DKIM and to publish DMARC; since May 2025 it rejects mail that falls short with 550 5.7.515.',
      'Publish an SPF record for {domain} that names every service that sends for it, and confirm that mail from {ip} passes.',
      'Sign outgoing mail with DKIM, publish the key at {selector}._domainkey.{domain}, and confirm that the signature verifies.',
      'Publish a DMARC record at _dmarc.{domain}. A policy of p=none meets the rule, but SPF or DKIM has to pass for the same domain that appears in the From header.',
      'Send a test to an Outlook.com mailbox, check the Authentication-Results header for spf=pass, dkim=pass and dmarc=pass, then resend.',
    ],
    links: [OUTLOOK_515],
    causes: ['authentication-failing'],
  },
];
