/**
 * Microsoft 365 holding back mail from the sender's own tenant or
 * mailbox: the problem, and the fix, sit with the sending organisation.
 */
import type { Signature } from '../../schema';
import { EXO_700, EXO_NDR, exoFixPage } from './sources';

export const m365TenantSignatures: readonly Signature[] = [
  {
    id: 'm365-5-7-705-tenant-threshold',
    provider: 'microsoft-365',
    title:
      '5.7.705: Microsoft 365 stopped your tenant sending after too much spam',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.705'],
      text: ['tenant\\s+has\\s+exceeded\\s+threshold'],
    },
    reason: 'ratelimited',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 [BY2NAM03FT045.eop-NAM03.prod.protection.outlook.com]',
    happening:
      'So much spam or bulk mail left your Microsoft 365 organisation that Microsoft blocked all its outgoing mail. Only your admin, working with Microsoft support, can get it lifted.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.7 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['secure-m365-sending-account', 'request-m365-tenant-unblock'],
    prevent: [
      'Alert on new connectors and on accounts that suddenly send far more than usual.',
      'Renew the subscription before it expires; a lapse can block sending for up to a day after renewal.',
    ],
    related: [
      'm365-5-7-708-low-reputation-ip',
      'm365-5-1-8-bad-outbound-sender',
    ],
    sources: [EXO_700, EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-708-low-reputation-ip',
    provider: 'microsoft-365',
    title:
      '5.7.708: Microsoft 365 will not relay from its low-reputation pool for your tenant',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.708'],
      text: ['traffic\\s+not\\s+accepted\\s+from\\s+this\\s+IP'],
    },
    reason: 'ratelimited',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 [CO1NAM11FT004.eop-nam11.prod.protection.outlook.com]',
    happening:
      'Your Microsoft 365 organisation is new or on a trial, so its outgoing mail goes through a pool of addresses with a poor reputation, and Microsoft refuses to send this mail from them.',
    causes: [
      { cause: 'cold-ip-volume-spike', prior: 0.6 },
      { cause: 'compromised-account-or-relay', prior: 0.4 },
    ],
    fixes: ['request-m365-tenant-unblock'],
    prevent: [
      'Buy licences and verify your domains before sending real volume from a new tenant.',
    ],
    related: ['m365-5-7-705-tenant-threshold'],
    sources: [EXO_700],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-750-unregistered-domains',
    provider: 'microsoft-365',
    title:
      '5.7.750: Microsoft 365 blocked sending from domains your tenant has not verified',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.750'],
      text: ['blocked\\s+from\\s+sending\\s+from\\s+unregistered\\s+domains?'],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 [DM6NAM10FT067.eop-nam10.prod.protection.outlook.com]',
    happening:
      'Your Microsoft 365 organisation sent a lot of mail from domains it has not added and verified. Microsoft tolerates a little of that, but past a point it blocks the tenant from sending.',
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.7 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
    ],
    fixes: ['verify-m365-accepted-domains'],
    prevent: [
      'Add and verify a domain in Microsoft 365 before any server or service starts sending as it through your tenant.',
    ],
    related: [
      'm365-5-7-705-tenant-threshold',
      'm365-5-7-64-tenant-attribution',
    ],
    sources: [EXO_700, EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-1-8-bad-outbound-sender',
    provider: 'microsoft-365',
    title:
      '5.1.8: Microsoft 365 blocked a mailbox for sending spam (bad outbound sender)',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550', '554', '501'],
      statuses: ['5.1.8'],
      text: ['bad\\s+outbound\\s+sender'],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.8 Access denied, bad outbound sender. AS(42004) [CH2PR04MB7030.namprd04.prod.outlook.com]',
    happening:
      'Microsoft 365 saw spam going out from this mailbox and has stopped it from sending at all. Usually the account was taken over through phishing or a leaked password.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.85 },
      { cause: 'stale-or-purchased-list', prior: 0.15 },
    ],
    fixes: ['secure-m365-sending-account', 'release-m365-restricted-user'],
    prevent: [
      'Require multifactor authentication for every mailbox and turn off legacy sign-in methods that bypass it.',
    ],
    related: ['m365-5-7-705-tenant-threshold', 'm365-5-2-2-submission-quota'],
    sources: [
      EXO_NDR,
      exoFixPage(
        'Fix error code 5.1.8 in Exchange Online',
        'fix-error-code-5-1-8-in-exchange-online',
      ),
    ],
    confidence: 'hi',
  },
];
