/**
 * Microsoft 365 refusing to pass mail on: relaying without permission,
 * unauthenticated submission, and connectors that no longer match.
 */
import type { Signature } from '../../schema';
import { EXO_NDR, exoFixPage } from './sources';

export const m365RelaySignatures: readonly Signature[] = [
  {
    id: 'm365-5-7-57-anonymous-submission',
    provider: 'microsoft-365',
    title:
      '5.7.57: client was not authenticated to send anonymous mail during MAIL FROM',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['530', '550'],
      statuses: ['5.7.57'],
      text: [
        'not\\s+authenticated\\s+to\\s+send\\s+anonymous\\s+mail',
        // The shorter wording newer front ends use for the same refusal.
        'Client\\s+not\\s+authenticated\\s+to\\s+send\\s+mail',
      ],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [LO2P265CA0123.GBRP265.PROD.OUTLOOK.COM]',
    happening:
      'A device or application tried to send through smtp.office365.com without signing in first. That endpoint only accepts mail from signed-in mailboxes.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['configure-m365-smtp-submission'],
    prevent: [
      'Keep a list of the devices and apps that send through Microsoft 365 and how each one signs in, so a password change or policy change does not silently break them.',
    ],
    related: ['m365-5-7-1-unable-to-relay'],
    sources: [
      exoFixPage(
        'Fix error code 5.7.57 in Exchange Online',
        'fix-error-code-5-7-57-in-exchange-online',
      ),
      EXO_NDR,
    ],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-64-tenant-attribution',
    provider: 'microsoft-365',
    title:
      '5.7.64: TenantAttribution; Relay Access Denied, the inbound connector no longer matches',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.64'],
      text: ['TenantAttribution;\\s*Relay\\s+Access\\s+Denied'],
    },
    reason: 'norelaying',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT018.eop-nam02.prod.protection.outlook.com]',
    happening:
      'Your own mail server (or a partner service) relays through your Microsoft 365 tenant using an inbound connector, and something changed on your side, such as its public IP or its certificate, so the connector no longer recognises it.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['fix-m365-inbound-connector'],
    prevent: [
      'Update the Exchange Online connector before changing the public IP or renewing the certificate of a server that relays through it.',
    ],
    related: [
      'm365-5-7-1-unable-to-relay',
      'm365-5-7-750-unregistered-domains',
    ],
    sources: [
      exoFixPage(
        'Fix error code 5.7.64 in Exchange Online',
        'fix-error-code-5-7-64-in-exchange-online',
      ),
      EXO_NDR,
    ],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-1-unable-to-relay',
    provider: 'microsoft-365',
    title:
      '5.7.1: Unable to relay or client was not authenticated at Microsoft 365',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: ['Unable\\s+to\\s+relay', 'Client\\s+was\\s+not\\s+authenticated'],
    },
    reason: 'norelaying',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Unable to relay for user@example.net [BL2NAM02FT015.eop-nam02.prod.protection.outlook.com]',
    happening:
      "Microsoft 365 will not pass this message on: either the recipient's domain is not one it handles here (a wrong or stale MX record), or your device sent without signing in to a server that only relays for authenticated users.",
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.7 },
      { cause: 'recipient-misconfigured-filter', prior: 0.3 },
    ],
    fixes: ['configure-m365-smtp-submission'],
    prevent: [
      'Point devices at the right host with authentication turned on, and check the MX records of domains you move to or from Microsoft 365.',
    ],
    related: ['generic-relay-denied', 'm365-5-7-57-anonymous-submission'],
    sources: [
      exoFixPage(
        'Fix error code 550 5.7.1 in Exchange Online',
        'fix-error-code-550-5-7-1-in-exchange-online',
      ),
      EXO_NDR,
    ],
    confidence: 'hi',
  },
];
