/**
 * Review routes for blocks set by Microsoft 365 (Exchange Online
 * Protection), which protects business tenants. Each code has exactly
 * one route, and people often pick the wrong one.
 */
import type { Fix } from '../../schema';
import {
  EXO_DELIST,
  EXO_NDR,
  SENDER_PORTAL,
} from '../../signatures/microsoft/sources';

export const microsoft365DelistFixes: readonly Fix[] = [
  {
    id: 'request-microsoft-365-delist',
    title: 'Remove your IP from the Microsoft 365 blocked senders list',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Make sure {ip} no longer sends spam or harmful mail: look for hacked accounts, open relays and web forms or scripts that send mail.',
      'Go to sender.office.com, the Office 365 Anti-Spam IP Delist Portal. It lifts only Microsoft 365 blocks with codes 5.7.606 to 5.7.649; Outlook.com consumer blocks go through a different form.',
      'Enter an email address you can read right away and the IP {ip} exactly as the bounce shows it. One address and one IP per request.',
      'Open the confirmation email Microsoft sends to that address and follow its link back to the portal.',
      'Select Delist IP. The block can take up to 24 hours to clear, so wait before you judge the result.',
      'No confirmation email? Check the spam folder and that the mailbox accepts mail from outside, then submit again later.',
    ],
    links: [SENDER_PORTAL, EXO_DELIST],
    causes: [],
  },
  {
    id: 'mail-microsoft-delist-511',
    title: 'Ask Microsoft by email to lift a 5.7.511 ban',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'A 5.7.511 ban cannot be lifted through sender.office.com; the portal will not help.',
      'Forward the complete bounce, unchanged, to delist@messaging.microsoft.com (or to the address the bounce itself names).',
      'In the email, give the IP address {ip}, quote the full error line, and explain what caused the abuse and how you stopped it.',
      'Microsoft says it replies within 48 hours with the next steps; keep mail from {ip} to Microsoft recipients to a minimum until then.',
    ],
    links: [EXO_DELIST],
    causes: [],
  },
  {
    id: 'ask-m365-recipient-to-unblock',
    title:
      "Ask the recipient's Microsoft 365 admin to take your IP off their block list",
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'This block was set by the receiving organisation ({recipientDomain}) for its own mailboxes, not by Microsoft, so no Microsoft form can remove it.',
      'Reach the recipient another way (phone, another address, a contact form) and ask them to pass the bounce to their email administrator.',
      "Their admin removes {ip} from the organisation's own IP block list; in Exchange Online Protection that is the IP Block List of the connection filter policy.",
      'Ask them to confirm once the change is made, then resend.',
    ],
    links: [EXO_NDR],
    causes: ['recipient-policy'],
  },
];
