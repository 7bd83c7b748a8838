/**
 * After the repair: ask for the block to be lifted, then keep watching
 * the signals that would show the problem coming back.
 */
import type { Fix } from '../../schema';
import {
  GOOGLE_POSTMASTER_TOOLS,
  MICROSOFT_JMRP,
  MXTOOLBOX_BLOCKLISTS,
  RFC_DMARC,
  SPAMHAUS_CHECK,
  YAHOO_BEST_PRACTICES,
} from './sources';

export const reviewAndMonitorFixes: readonly Fix[] = [
  {
    id: 'request-blocklist-removal',
    title: 'Find which blocklist has you and ask it to remove the listing',
    phase: 'request-review',
    steps: [
      'Check {ip} and {domain} at the Spamhaus checker and at a multi-list checker; note each list that has you and the reason it gives.',
      'Fix that reason first: most lists re-list quickly, and some refuse further requests after repeated relistings.',
      "Use the removal form on the list's own website; never pay a third party to delist you.",
      'A Spamhaus PBL listing means the range is not meant to send mail directly; relay through a smarthost rather than asking for removal, unless {ip} really is a static mail server.',
    ],
    links: [SPAMHAUS_CHECK, MXTOOLBOX_BLOCKLISTS],
    causes: ['public-blocklist-listing', 'dynamic-or-residential-ip'],
  },
  {
    id: 'ask-provider-review',
    title: 'After fixing the cause, ask the provider to review the block',
    phase: 'request-review',
    scope: 'provider-review',
    steps: [
      'Only ask once the cause is fixed and the bad mail has stopped; a review of a sender that still misbehaves is refused and can make the next one harder.',
      "Use the provider's own sender-support or delisting route for {recipientDomain} (the checklist lists it where it is known) and include the full bounce, {ip} and the date.",
      'Say briefly what went wrong and what you changed; keep the request factual and short.',
      'Expect a reply within a few days; meanwhile keep volume to that provider low and steady.',
    ],
    links: [],
    causes: [
      'cold-ip-volume-spike',
      'complaints-spam-traps',
      'shared-range-neighbours',
      'compromised-account-or-relay',
      'stale-or-purchased-list',
      'address-probing',
      'content-or-links-flagged',
    ],
  },
  {
    id: 'join-feedback-loops',
    title: 'Sign up for complaint feedback and reputation dashboards',
    phase: 'monitor',
    steps: [
      'Add {domain} to Google Postmaster Tools to see the spam rate and reputation Gmail records for your mail.',
      "Join Outlook.com's Junk Mail Reporting Program and Yahoo's Complaint Feedback Loop, which send a report each time a user marks your mail as spam.",
      'Unsubscribe every address that complains, automatically if you can.',
      'Watch for a sudden rise in complaints; it is the earliest sign of a compromised account or a bad list.',
    ],
    links: [GOOGLE_POSTMASTER_TOOLS, MICROSOFT_JMRP, YAHOO_BEST_PRACTICES],
    causes: ['complaints-spam-traps', 'compromised-account-or-relay'],
  },
  {
    id: 'recheck-blocklists',
    title: 'Re-check the blocklists for your IP and domain regularly',
    phase: 'monitor',
    steps: [
      'Check {ip} and {domain} again a day after removal, then weekly; a quick relisting means the cause is still there.',
      'Many checkers can alert you by email when an address gets listed.',
      'A listing of neighbouring addresses in the same range is a warning that the whole range may be blocked next.',
    ],
    links: [SPAMHAUS_CHECK, MXTOOLBOX_BLOCKLISTS],
    causes: [
      'public-blocklist-listing',
      'compromised-account-or-relay',
      'shared-range-neighbours',
    ],
  },
  {
    id: 'read-dmarc-reports',
    title: 'Read your DMARC aggregate reports',
    phase: 'monitor',
    steps: [
      'Make sure the DMARC record at `_dmarc.{domain}` has a `rua=mailto:` address that receives the daily aggregate reports.',
      'The reports list every IP that sent mail as {domain} and whether SPF and DKIM passed; a report reader or DMARC service makes them easier to read.',
      'Sources of yours that fail need fixing; sources you do not recognise are someone spoofing your domain.',
      'Failures from mailing lists and forwarders are normal; only DKIM can protect those.',
    ],
    links: [RFC_DMARC],
    causes: [
      'authentication-failing',
      'forwarding-breaks-authentication',
      'sender-domain-dns-broken',
    ],
  },
  {
    id: 'watch-bounces-and-deferrals',
    title: 'Track bounce and deferral rates per provider',
    phase: 'monitor',
    steps: [
      'Count hard bounces, temporary refusals and messages still queued per receiving provider each day, from your MTA log or email service.',
      'A rise in "user unknown" bounces points to an ageing list; a rise in 4xx deferrals from {recipientDomain} means you are sending faster than it accepts.',
      'Suppress an address automatically after it hard-bounces, and after repeated soft bounces over several weeks.',
    ],
    links: [],
    causes: [
      'stale-or-purchased-list',
      'sending-too-fast',
      'recipient-address-invalid',
      'recipient-mailbox-full',
      'greylisting',
      'recipient-server-unreachable',
    ],
  },
];
