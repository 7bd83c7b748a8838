/** Barracuda appliances and Cisco Secure Email (IronPort) gateways. */
import type { Signature } from '../../schema';

const BARRACUDA_LOOKUP = {
  title: 'Barracuda Central reputation lookup',
  url: 'https://www.barracudacentral.org/lookups/lookup-reputation',
};
const TALOS = {
  title: 'Cisco Talos reputation center',
  url: 'https://talosintelligence.com/reputation_center',
};

export const barracudaCiscoSignatures: readonly Signature[] = [
  {
    id: 'barracuda-user-unknown',
    provider: 'barracuda',
    title: '550 5.1.1 cuda_nsu: Barracuda says the user is unknown',
    match: {
      providers: ['barracuda'],
      tags: ['cuda_nsu'],
      statuses: ['5.1.1'],
    },
    reason: 'userunknown',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.1 <kijitora@example.com>: Recipient address rejected: cuda_nsu 5.1.1 <kijitora@example.com>... User unknown',
    happening:
      "The recipient's Barracuda filter checked the address against the mail server behind it and was told no such mailbox exists.",
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.8 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
    ],
    fixes: [],
    prevent: ['Remove the address from your lists and confirm new sign-ups.'],
    related: ['generic-user-unknown'],
    sources: [BARRACUDA_LOOKUP],
    confidence: 'hi',
  },
  {
    id: 'barracuda-content-rejected',
    provider: 'barracuda',
    title: '550 5.7.1 Message content rejected, UBE: Barracuda spam filter',
    match: {
      providers: ['barracuda'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['message content rejected, ube'],
    },
    reason: 'spamdetected',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example: '550 5.7.1 Message content rejected, UBE, id=00000-22-225',
    happening:
      'A Barracuda spam filter scored the message itself as unsolicited bulk mail (UBE) and refused it after reading it.',
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.6 },
      { cause: 'public-blocklist-listing', prior: 0.2 },
      { cause: 'authentication-failing', prior: 0.2 },
    ],
    fixes: ['ask-recipient-admin-allowlist'],
    prevent: [
      'Keep a plain-text part, avoid link shorteners and check that every linked domain has a clean record.',
    ],
    related: ['barracuda-brbl-listing', 'generic-spam-detected'],
    sources: [BARRACUDA_LOOKUP],
    undocumented:
      'Barracuda does not publish which rule scored the message; only the recipient admin can see it in the message log.',
    confidence: 'hi',
  },
  {
    id: 'barracuda-greylisted',
    provider: 'barracuda',
    title: '451 4.7.1 Greylisted for 5 minutes by a Barracuda filter',
    match: {
      providers: ['barracuda'],
      replyCodes: ['450', '451'],
      statuses: ['4.7.1'],
      text: ['greylisted for \\d+ minutes'],
    },
    reason: 'blocked',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '451 4.7.1 <kijitora@example.com>: Recipient address rejected: Greylisted for 5 minutes',
    happening:
      'The Barracuda filter delays first contact from an unfamiliar sender and expects a retry after the stated wait. Normal mail servers retry on their own and get through.',
    causes: [{ cause: 'greylisting', prior: 1 }],
    fixes: [],
    prevent: [
      'Keep retries on, from the same sending address, for at least several hours.',
    ],
    related: ['generic-greylisted'],
    sources: [BARRACUDA_LOOKUP],
    confidence: 'hi',
  },
  {
    id: 'barracuda-message-blocked',
    provider: 'barracuda',
    title: '550 Permanent failure for one or more recipients (address:blocked)',
    match: {
      providers: ['barracuda'],
      replyCodes: ['550', '554'],
      text: [
        'permanent failure for one or more recipients \\([^)]*:blocked\\)',
      ],
    },
    reason: 'blocked',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 permanent failure for one or more recipients (kijitora@example.com:blocked)',
    happening:
      "A Barracuda filter refused this message for the listed recipient. The word 'blocked' is all it shares: the rule may be a block list entry, a content rule or the sender's reputation.",
    causes: [
      { cause: 'recipient-policy', prior: 0.4 },
      { cause: 'content-or-links-flagged', prior: 0.3 },
      { cause: 'public-blocklist-listing', prior: 0.3 },
    ],
    fixes: ['ask-recipient-admin-allowlist', 'request-barracuda-removal'],
    prevent: ['Check your address at Barracuda Central before large mailings.'],
    related: ['barracuda-brbl-listing', 'barracuda-content-rejected'],
    sources: [BARRACUDA_LOOKUP],
    undocumented:
      "Barracuda does not document this reply; which rule fired is visible only in the recipient admin's message log.",
    confidence: 'med',
  },
  {
    id: 'cisco-poor-reputation',
    provider: 'cisco',
    title:
      "554 Access rejected due to the sending MTA's poor reputation (Cisco)",
    match: {
      providers: ['cisco'],
      replyCodes: ['554', '550'],
      text: [
        "sending mta's poor reputation",
        'access to (?:submit messages to )?this e-?mail system has been rejected',
        'access to this mail system has been rejected',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    happening:
      "A Cisco Secure Email gateway looked up your sending address in Cisco Talos, which scores senders from -10 to +10. The score was below the recipient's threshold, so the connection was refused before any message was sent.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
    ],
    fixes: ['check-talos-reputation', 'ask-recipient-admin-allowlist'],
    prevent: [
      'Send from a static address with matching reverse DNS, and keep complaint and bounce rates low.',
    ],
    related: ['cisco-spf-unauthorized'],
    sources: [TALOS],
    confidence: 'hi',
  },
  {
    id: 'cisco-spf-unauthorized',
    provider: 'cisco',
    title: '550 #5.7.1 SPF unauthorized mail is prohibited (Cisco gateway)',
    match: {
      providers: ['cisco'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['spf unauthori[sz]ed mail is prohibited'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 #5.7.1 SPF unauthorized mail is prohibited.',
    happening:
      "The recipient's Cisco gateway checked the SPF record of your envelope sender domain. The sending address is not allowed by it, and the gateway is set to reject such mail.",
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'List every service that sends for your domain in its SPF record, and re-check it after any change of provider.',
    ],
    related: ['generic-spf-fail', 'cisco-poor-reputation'],
    sources: [
      {
        title: 'RFC 7208: Sender Policy Framework',
        url: 'https://www.rfc-editor.org/rfc/rfc7208',
      },
    ],
    confidence: 'hi',
  },
];
