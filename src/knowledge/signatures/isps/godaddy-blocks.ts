/**
 * GoDaddy (secureserver.net) refusals of the sending IP: public lists
 * (IB103–IB106), its own short blocks (IB110–IB113) and its internal RBL.
 */
import type { Signature } from '../../schema';
import {
  GODADDY_BOUNCES,
  GODADDY_CHECKSPAM,
  GODADDY_FIX_BOUNCES,
} from './sources';

const SOURCES = [GODADDY_FIX_BOUNCES, GODADDY_BOUNCES];

export const godaddyBlockSignatures: readonly Signature[] = [
  {
    id: 'godaddy-ib103',
    provider: 'godaddy',
    title: 'GoDaddy IB103: poor reputation on Cloudmark Sender Intelligence',
    match: { providers: ['godaddy'], tags: ['IB103'] },
    reason: 'badreputation',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103',
    happening:
      'GoDaddy refuses connections from IPs that Cloudmark CSI rates poorly, and yours is one. The reset is requested from Cloudmark.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Keep complaints low everywhere; Cloudmark pools reports from many mailbox providers.',
    ],
    related: ['cloudmark-csi-listing'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib104',
    provider: 'godaddy',
    title: 'GoDaddy IB104 / IB105: IP on the Spamhaus SBL or XBL',
    match: {
      providers: ['godaddy'],
      tags: ['IB104', 'IB105'],
      text: ['listed\\s+on\\s+the\\s+(?:Spamhaus|Exploits)\\s+Block\\s+List'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104',
    happening:
      'Your IP is on the Spamhaus Block List (IB104, spam sources) or the Exploits Block List (IB105, hijacked or infected machines). GoDaddy follows Spamhaus; removal is done there.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.35 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'complaints-spam-traps', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'An XBL listing means malware or an open proxy on that IP: clean the machine before requesting removal.',
    ],
    related: ['spamhaus-zen-listing', 'godaddy-ib106'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib106',
    provider: 'godaddy',
    title: 'GoDaddy IB106: IP on the Spamhaus Policy Block List (PBL)',
    match: {
      providers: ['godaddy'],
      tags: ['IB106'],
      text: ['listed\\s+on\\s+the\\s+Policy\\s+Block\\s+List'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106',
    happening:
      'The PBL lists addresses that their own network says should not send mail directly, such as home and dynamic lines. It is not a mark of spam: it says this IP should hand mail to a relay.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.7 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      "Send through your provider's smarthost, or move the server to a static IP whose owner has not put it in the PBL.",
    ],
    related: ['spamhaus-pbl-listing', 'godaddy-ib104'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib110',
    provider: 'godaddy',
    title: 'GoDaddy IB110 / IB111: IP blocked for an hour or a day for spam',
    match: { providers: ['godaddy'], tags: ['IB110', 'IB111'] },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110',
    happening:
      'Too many messages from your IP were scored as spam, so GoDaddy blocks it for an hour (IB110) or for the rest of the day (IB111). The block lapses by itself.',
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.35 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      "GoDaddy's advice: if you did not mean to send spam, something on your system is sending it; find it before the block lapses.",
    ],
    related: ['godaddy-ib112', 'godaddy-ib212'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib112',
    provider: 'godaddy',
    title:
      'GoDaddy IB112 / IB113: IP blocked for mailing too many invalid recipients',
    match: { providers: ['godaddy'], tags: ['IB112', 'IB113'] },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
    happening:
      'Your IP tried too many addresses that do not exist, so GoDaddy blocks it for an hour (IB112) or the rest of the day (IB113).',
    causes: [
      { cause: 'stale-or-purchased-list', prior: 0.6 },
      { cause: 'address-probing', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Remove addresses after their first hard bounce and never mail lists you did not collect yourself.',
    ],
    related: ['godaddy-ib110'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-rbl-reject',
    provider: 'godaddy',
    title: "GoDaddy 554 RBL Reject: IP on GoDaddy's internal blocklist",
    match: {
      providers: ['godaddy'],
      replyCodes: ['554'],
      text: ['checkspam\\.godaddy\\.com', '^\\s*554\\s+RBL\\s+Reject'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: '554 RBL Reject. https://checkspam.godaddy.com/',
    happening:
      "Your IP is on GoDaddy's own blocklist. GoDaddy asks senders to use the link in the bounce to request removal.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.4 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'shared-range-neighbours', prior: 0.3 },
    ],
    fixes: ['request-godaddy-review'],
    prevent: [
      'Fix whatever got the IP listed before requesting removal, or it will be listed again.',
    ],
    related: ['godaddy-ib110'],
    sources: [GODADDY_FIX_BOUNCES, GODADDY_CHECKSPAM],
    undocumented:
      'GoDaddy documents the text "554 RBL Reject" but not the exact line around it; the example is illustrative.',
    confidence: 'med',
  },
];
