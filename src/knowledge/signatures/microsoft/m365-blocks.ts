/**
 * Microsoft 365 (Exchange Online Protection) refusing the sending IP.
 * Each block has its own way out: the delist portal, a mail to
 * Microsoft, Spamhaus, or the recipient's own admin.
 */
import type { Signature } from '../../schema';
import { EXO_DELIST, EXO_NDR, SENDER_PORTAL, SPAMHAUS_CHECK } from './sources';

export const m365BlockSignatures: readonly Signature[] = [
  {
    id: 'm365-5-7-606-banned-ip',
    provider: 'microsoft-365',
    title: '5.7.606–5.7.649: Microsoft 365 banned your sending IP (AS16012609)',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      tags: ['AS16012609'],
      replyCodes: ['550'],
      statuses: ['5.7.606-5.7.649'],
      text: ['banned\\s+sending\\s+IP'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.606 Access denied, banned sending IP [192.0.2.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
    happening:
      "Microsoft 365 has put your sending IP on its blocked senders list, which covers every business tenant it protects. Mail from that IP to any of them is refused until you ask for removal on Microsoft's delist portal.",
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.35 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'cold-ip-volume-spike', prior: 0.15 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['request-microsoft-365-delist'],
    prevent: [
      'Watch outbound mail for sudden volume from one account or script, the usual sign of a takeover.',
      'After delisting, keep the IP clean: a second block soon after the first is common when the cause is still there.',
    ],
    related: ['m365-5-7-511-banned-sender', 'outlook-s3140'],
    sources: [EXO_NDR, EXO_DELIST, SENDER_PORTAL],
    undocumented:
      'Microsoft documents the 5.7.606–5.7.649 range, but not the AS number in brackets, which reads as an internal rule id.',
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-511-banned-sender',
    provider: 'microsoft-365',
    title: '5.7.511: Microsoft 365 banned your IP; delisting is by email only',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      tags: ['AS(508)'],
      replyCodes: ['550'],
      // Older bounces gave 5.7.1 "blocked using Blocklist 1", same route.
      statuses: ['5.7.511', '5.7.1'],
      text: [
        'banned\\s+sender\\s*\\[',
        'blocked\\s+using\\s+Blocklist\\s+1',
        'delist@(?:messaging\\.)?microsoft\\.com',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.511 Access denied, banned sender[192.0.2.4]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508)',
    happening:
      'Microsoft 365 has banned your IP more firmly than a portal block: the self-service delist portal cannot lift it. Microsoft wants the bounce sent to it by email so that a person can investigate. Older bounces of this kind read 5.7.1 "blocked using Blocklist 1" and take the same route.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.5 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
    ],
    fixes: ['mail-microsoft-delist-511'],
    prevent: [
      'Find and stop the source of the abuse before writing to Microsoft; they will ask what changed.',
    ],
    related: ['m365-5-7-606-banned-ip'],
    sources: [EXO_DELIST, EXO_NDR],
    undocumented:
      'The AS(508) marker some of these bounces carry has no published meaning.',
    confidence: 'hi',
  },
  {
    id: 'm365-as16012611-spamhaus',
    provider: 'microsoft-365',
    title:
      'AS16012611: Microsoft 365 refused your IP because Spamhaus lists it',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      tags: ['AS16012611'],
      replyCodes: ['550'],
      text: ['Client\\s+host\\s+\\[[^\\]]*\\]\\s+blocked\\s+using\\s+Spamhaus'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable, Client host [192.0.2.40] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.40 (AS16012611) [DM3NAM02FT011.eop-nam02.prod.protection.outlook.com]',
    happening:
      'Microsoft 365 looked your IP up in Spamhaus, found it listed, and refused the connection. Removal is a matter for Spamhaus; Microsoft has no list to take you off here.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
      { cause: 'complaints-spam-traps', prior: 0.1 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Check your sending IPs on Spamhaus regularly and find out why a listing happened before asking for removal.',
    ],
    related: ['spamhaus-zen-listing', 'spamhaus-pbl-listing', 'outlook-ou-001'],
    sources: [SPAMHAUS_CHECK, EXO_NDR],
    undocumented:
      'Microsoft does not document the AS16012611 number; the bounce text itself names Spamhaus.',
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-513-customer-block-list',
    provider: 'microsoft-365',
    title: "5.7.513: the recipient's organisation blocked your IP (AS16012607)",
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      tags: ['AS16012607'],
      replyCodes: ['550'],
      statuses: ['5.7.513'],
      text: ['using\\s+Customer\\s+Block\\s+list'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 5.7.513 Service unavailable, Client host [192.0.2.50] blocked by example.net using Customer Block list (AS16012607) [SN1NAM02FT022.eop-nam02.prod.protection.outlook.com]',
    happening:
      "The organisation you wrote to has added your IP to its own block list in Microsoft 365. Microsoft is only carrying out that organisation's choice, so only their email admin can undo it.",
    causes: [
      { cause: 'recipient-policy', prior: 0.6 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
    ],
    fixes: ['ask-m365-recipient-to-unblock'],
    prevent: [
      'If you send from a shared IP, ask your provider for one not shared with senders that recipients tend to block.',
    ],
    related: ['m365-5-7-1-delivery-not-authorized'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-506-bad-helo',
    provider: 'microsoft-365',
    title:
      "5.7.506: Microsoft 365 refused a HELO that claims to be Microsoft's own host",
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.506'],
      text: ['Access\\s+denied,\\s+bad\\s+HELO'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 5.7.506 Access Denied, Bad HELO',
    happening:
      "Your server greeted Microsoft 365 with the receiving server's name instead of its own. Spam robots do this, so the connection is refused.",
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.7 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      "Set the server's HELO/EHLO name to its own fully qualified host name, one that resolves and matches the IP's reverse DNS.",
    ],
    related: ['generic-rdns-required'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
];
