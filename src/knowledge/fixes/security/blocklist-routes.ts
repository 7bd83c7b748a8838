/**
 * Review and delisting routes for public DNS blocklists. Each one says
 * where to look the address up and what has to be true before asking.
 */
import type { Fix } from '../../schema';

export const blocklistRouteFixes: readonly Fix[] = [
  {
    id: 'request-spamhaus-removal',
    title:
      'Look up {ip} at Spamhaus and ask for removal once the cause is fixed',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open https://check.spamhaus.org/ and look up {ip}; for a domain listing, look up {domain} too.',
      'Read which list matched (SBL, XBL/CSS or PBL for an address, DBL for a domain) and the reason Spamhaus gives for it.',
      'Fix what the listing describes before asking for anything: clean an infected machine, close an open relay, stop the mailing that drew complaints, or remove the listed link from your messages.',
      'SBL, XBL and CSS: request removal from the lookup page once the cause is gone. Asking earlier tends to end in a quick relisting.',
      'PBL: the range is marked as one that should not send mail straight to other servers. Send through your ISP or mail provider instead, and only ask for removal if {ip} is a real mail server with a fixed address and matching reverse DNS.',
    ],
    links: [
      {
        title: 'Spamhaus IP and domain reputation checker',
        url: 'https://check.spamhaus.org/',
      },
      {
        title: 'Spamhaus FAQ: DNSBL usage',
        url: 'https://www.spamhaus.org/faq/section/DNSBL%20Usage',
      },
    ],
    causes: [],
  },
  {
    id: 'tell-recipient-admin-dnsbl-resolver',
    title:
      "Tell the recipient's admin their Spamhaus lookups go through a public resolver",
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Nothing on your side needs changing: the receiving server at {recipientDomain} got an error answer from Spamhaus and treated it as a listing.',
      'Reach the recipient by another channel (phone, a different address) and ask them to pass the full bounce to their mail administrator.',
      'The admin should make their mail server query Spamhaus through its own resolver or a Spamhaus Data Query Service key, not through a large public DNS service, and treat answers in 127.255.255.x as errors rather than listings.',
      'Resend once they confirm the change.',
    ],
    links: [
      {
        title:
          'Spamhaus: check your return codes when using the public mirrors',
        url: 'https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now',
      },
    ],
    causes: ['recipient-misconfigured-filter'],
  },
  {
    id: 'wait-for-spamcop-expiry',
    title: 'Stop the mail that triggered SpamCop and let the listing lapse',
    phase: 'monitor',
    scope: 'signature',
    steps: [
      'Look up {ip} at https://www.spamcop.net/bl.shtml to confirm the listing and see how recently reports arrived.',
      'Find the mail that people reported: a compromised account or script, a list without confirmed opt-in, or forwarded spam.',
      'Stop that mail. SpamCop drops a listing by itself once reports stop, usually within a day or so; there is no removal form to hurry it.',
      'Keep watching the lookup until {ip} is no longer listed, then resend.',
    ],
    links: [
      {
        title: 'SpamCop Blocking List lookup',
        url: 'https://www.spamcop.net/bl.shtml',
      },
    ],
    causes: ['complaints-spam-traps', 'compromised-account-or-relay'],
  },
  {
    id: 'handle-uceprotect-listing',
    title: 'Read the UCEPROTECT level before acting on it',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Look up {ip} at https://www.uceprotect.net/en/rblcheck.php and note the level in the bounce: 1, 2 or 3.',
      'Level 1 lists this address for spam seen from it. Find and stop the source; the listing then expires by itself after a quiet period.',
      'Level 2 lists the whole neighbourhood of addresses and level 3 the whole network (ASN) of your hosting or access provider. These listings are not about your own mail, and you cannot clear them yourself.',
      'For level 2 or 3, ask the recipient to stop rejecting on those levels, or send through a provider whose range is not listed. Telling your provider about the listing may also help.',
      'Major mailbox providers do not use UCEPROTECT, so a rejection from it concerns only the few receivers that chose to.',
    ],
    links: [
      {
        title: 'UCEPROTECT blacklist check',
        url: 'https://www.uceprotect.net/en/rblcheck.php',
      },
    ],
    causes: [],
  },
  {
    id: 'request-barracuda-removal',
    title: 'Check {ip} at Barracuda Central and ask for removal',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Look up {ip} at https://www.barracudacentral.org/lookups/lookup-reputation.',
      'If it is listed as poor, first find why: a compromised account, a sudden volume jump, or mail to addresses that never signed up.',
      'Once the cause is fixed, fill in the removal form at https://www.barracudacentral.org/rbl/removal-request with the address, a contact and a short explanation of what you changed.',
      'Barracuda reviews requests by hand, so allow a day or two before resending.',
    ],
    links: [
      {
        title: 'Barracuda Central reputation lookup',
        url: 'https://www.barracudacentral.org/lookups/lookup-reputation',
      },
      {
        title: 'Barracuda Reputation Block List removal request',
        url: 'https://www.barracudacentral.org/rbl/removal-request',
      },
    ],
    causes: [],
  },
  {
    id: 'request-cloudmark-reset',
    title: 'Ask Cloudmark to reset the reputation of {ip}',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Find out why the address scored badly first: complaints, a compromised account or a shared range with bad neighbours.',
      'Open https://csi.cloudmark.com/reset-request/ and submit {ip} with a working contact address and what you changed.',
      'Wait for the reply from Cloudmark before resending in bulk; a reset only lasts if the mail that caused it has stopped.',
    ],
    links: [
      {
        title: 'Cloudmark Sender Intelligence reset request',
        url: 'https://csi.cloudmark.com/reset-request/',
      },
    ],
    causes: [],
  },
  {
    id: 'check-ip-on-blocklists',
    title: 'Find out which blocklist names {ip}',
    phase: 'contain',
    scope: 'signature',
    steps: [
      'The bounce names a list but not one this guide knows. Copy the list name or the address of its lookup page from the bounce.',
      'Check {ip} against that list, and against the common public lists at https://mxtoolbox.com/blacklists.aspx.',
      'Follow the removal instructions of the list that names you, after fixing the cause it gives.',
      'If no public list shows {ip}, the list is private to the receiver: ask the recipient to have their admin look at the rejection.',
    ],
    links: [
      {
        title: 'MxToolbox blacklist check',
        url: 'https://mxtoolbox.com/blacklists.aspx',
      },
    ],
    causes: ['public-blocklist-listing'],
  },
];
