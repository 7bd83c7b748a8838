/**
 * Steps for senders whose own Microsoft 365 organisation is the one
 * being held back: a restricted mailbox, a tenant ban, connectors and
 * authenticated submission.
 */
import type { Fix } from '../../schema';
import { EXO_700, exoFixPage } from '../../signatures/microsoft/sources';

const RESTRICTED_USERS = {
  title: 'Remove blocked users from the Restricted entities page',
  url: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users',
};

const COMPROMISED_ACCOUNT = {
  title: 'Respond to a compromised email account',
  url: 'https://learn.microsoft.com/en-us/defender-office-365/responding-to-a-compromised-email-account',
};

export const microsoft365TenantFixes: readonly Fix[] = [
  {
    id: 'secure-m365-sending-account',
    title: 'Secure a Microsoft 365 mailbox that was sending spam',
    phase: 'contain',
    scope: 'signature',
    steps: [
      'Reset the password of the mailbox that bounced, sign it out of every session, and turn on multifactor authentication.',
      'Remove inbox rules, forwarding and app permissions the owner did not set up; attackers add them to hide replies and keep access.',
      'Check the audit log and message trace for what the account sent, and warn anyone it targeted.',
    ],
    links: [COMPROMISED_ACCOUNT],
    causes: ['compromised-account-or-relay'],
  },
  {
    id: 'release-m365-restricted-user',
    title: 'Release a mailbox from the Microsoft 365 restricted users list',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      "Only an admin of the sender's own Microsoft 365 organisation can do this, and only after the account is secured.",
      'In the Microsoft Defender portal, open Email & collaboration, then Review, then Restricted entities; select the user and unblock them.',
      'Allow up to a day for every restriction to lift before the user sends again.',
    ],
    links: [
      RESTRICTED_USERS,
      exoFixPage(
        'Fix error code 5.1.8 in Exchange Online',
        'fix-error-code-5-1-8-in-exchange-online',
      ),
    ],
    causes: [],
  },
  {
    id: 'request-m365-tenant-unblock',
    title: 'Get Microsoft support to lift a block on your Microsoft 365 tenant',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      "Only your organisation's Microsoft 365 admin can clear this; forward the bounce to them.",
      'For 5.7.705, find and stop the spam first: hacked admin or user accounts, connectors nobody in your team created, an on-premises server relaying through Microsoft 365. Support will want to hear the cause and what you fixed.',
      'If the subscription had lapsed and was renewed, give the service up to a day to catch up before you open a case.',
      'For 5.7.708, the tenant is new and sends from a low-reputation pool of addresses; if you must send before you buy licences, ask support for a temporary exception.',
      'Open a service request from the Microsoft 365 admin center and paste the full bounce.',
    ],
    links: [EXO_700],
    causes: [],
  },
  {
    id: 'verify-m365-accepted-domains',
    title: 'Add and verify every domain your Microsoft 365 tenant sends from',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'In the Microsoft 365 admin center, add {domain} and every other domain you send from as an accepted domain, and complete the DNS verification.',
      'Alternatively, send through a certificate-based outbound connector whose certificate names an accepted, verified domain.',
      'Review the inbound connectors and delete any nobody in your team created; attackers add them to send spam through a tenant.',
    ],
    links: [EXO_700],
    causes: [
      'relay-or-submission-misconfigured',
      'compromised-account-or-relay',
    ],
  },
  {
    id: 'fix-m365-inbound-connector',
    title: 'Update the Exchange Online connector for your on-premises server',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Exchange Online no longer recognises mail from your own server or partner service as belonging to your organisation.',
      "Compare the inbound connector's settings (the sender IP addresses, or the certificate name) with the server's current public address {ip} and its TLS certificate, and correct whichever changed.",
      'Use Validate connector in the Exchange admin center, then resend.',
    ],
    links: [
      exoFixPage(
        'Fix error code 5.7.64 in Exchange Online',
        'fix-error-code-5-7-64-in-exchange-online',
      ),
    ],
    causes: ['relay-or-submission-misconfigured'],
  },
  {
    id: 'configure-m365-smtp-submission',
    title: 'Make a device or app sign in before sending through Microsoft 365',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'The printer, scanner or application connected to smtp.office365.com without signing in.',
      "Set it to submit on port 587 with STARTTLS and the mailbox's credentials, or OAuth where the software supports it.",
      'Check that authenticated SMTP is allowed for that mailbox and not switched off for the whole organisation.',
      'If the device cannot sign in at all, send through direct send or an SMTP relay connector instead.',
    ],
    links: [
      exoFixPage(
        'Fix error code 5.7.57 in Exchange Online',
        'fix-error-code-5-7-57-in-exchange-online',
      ),
    ],
    causes: ['relay-or-submission-misconfigured'],
  },
];
