/**
 * Outlook.com refusals about the sending host itself (dynamic or
 * infected machines) and about the sending domain's authentication.
 */
import type { Signature } from '../../schema';
import {
  OUTLOOK_515,
  OUTLOOK_POSTMASTER,
  OUTLOOK_SUPPORT_FORM,
  SPAMHAUS_CHECK,
} from './sources';

export const consumerHostAuthSignatures: readonly Signature[] = [
  {
    id: 'outlook-dy-001',
    provider: 'outlook-com',
    title: 'DY-001: Outlook.com does not take mail straight from dynamic IPs',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['DY-001'],
      replyCodes: ['550'],
      text: ['do\\s+not\\s+accept\\s+email\\s+from\\s+dynamic\\s+IP'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      "550 DY-001 (SNT004-MC4F32) Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server. http://www.spamhaus.org maintains lists of dynamic and residential IP addresses.",
    happening:
      'Your mail left from an address that looks like a home or dial-up connection, the kind that Spamhaus and Outlook.com treat as dynamic. Outlook.com does not accept mail delivered directly from such addresses.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.6 },
      { cause: 'public-blocklist-listing', prior: 0.25 },
      { cause: 'reverse-dns-missing', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      "Send through your provider's or an email service's authenticated smarthost instead of straight to the recipient's MX.",
      'If the address really is static and yours, give it a reverse DNS name that names your mail server rather than a generic pool name.',
    ],
    related: [
      'spamhaus-pbl-listing',
      'generic-rdns-required',
      'outlook-ou-001',
    ],
    sources: [OUTLOOK_POSTMASTER, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
  {
    id: 'outlook-dy-002',
    provider: 'outlook-com',
    title: 'DY-002: Outlook.com sees a compromised or infected sender',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['DY-002'],
      replyCodes: ['550'],
      text: ['compromised\\s+or\\s+virus\\s+infected\\s+server'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 DY-002 (COL004-MC1F18) Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.',
    happening:
      'The traffic from your IP looks like a botnet: a machine behind that address is probably infected or taken over and sending spam, and Outlook.com blocks the whole IP.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.7 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
    ],
    fixes: ['request-outlook-com-review'],
    prevent: [
      'Block outgoing port 25 for every machine except the mail server, so an infected PC cannot send by itself.',
      'Keep servers and web applications patched and watch the mail queue for sudden growth.',
    ],
    related: ['outlook-sc-003', 'outlook-sc-002'],
    sources: [OUTLOOK_POSTMASTER, OUTLOOK_SUPPORT_FORM],
    confidence: 'hi',
  },
  {
    id: 'outlook-5-7-515-auth-level',
    provider: 'outlook-com',
    title:
      '5.7.515: Outlook.com requires SPF, DKIM and DMARC from high-volume senders',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      replyCodes: ['550'],
      // 5.7.15 is a misprint some vendor articles carry; people paste it.
      statuses: ['5.7.515', '5.7.15'],
      text: [
        'does\\s+not\\s+meet\\s+the\\s+required\\s+authentication\\s+level',
      ],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
    happening:
      'Outlook.com counts your domain among those sending more than 5,000 messages a day to its users, and such domains must pass SPF and DKIM and publish an aligned DMARC record. This message did not, so it was refused.',
    causes: [
      { cause: 'authentication-failing', prior: 0.75 },
      { cause: 'forwarding-breaks-authentication', prior: 0.1 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: ['meet-outlook-com-sender-requirements'],
    prevent: [
      'Check SPF, DKIM and DMARC results for every service that sends as your domain before it goes live.',
      'Read DMARC aggregate reports to spot a sending source that fails before Outlook.com does.',
    ],
    related: ['generic-dmarc-reject', 'm365-5-7-509-dmarc'],
    sources: [OUTLOOK_515],
    confidence: 'hi',
  },
  {
    id: 'outlook-sender-id-failure',
    provider: 'outlook-com',
    title: 'Outlook.com: command rejected due to Sender ID validation failure',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      replyCodes: ['550'],
      text: ['rejected\\s+due\\s+to\\s+Sender\\s+ID\\s+validation\\s+failure'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 command rejected due to Sender ID validation failure.',
    happening:
      'The sending domain publishes an SPF record that allows no server at all to send for it (for example "v=spf1 -all"), so Outlook.com refuses anything that claims to come from it.',
    causes: [
      { cause: 'authentication-failing', prior: 0.8 },
      { cause: 'sender-domain-dns-broken', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'When a parked domain starts sending mail, replace its "-all only" SPF record with one that lists the real senders, and allow up to 48 hours for the change to spread.',
    ],
    related: ['m365-5-7-23-spf'],
    sources: [OUTLOOK_POSTMASTER],
    confidence: 'hi',
  },
];
