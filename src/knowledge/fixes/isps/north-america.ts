/**
 * Review routes at the North-American ISPs, and the SenderScore check
 * that Comcast's and Cox's list codes point to.
 */
import type { Fix } from '../../schema';
import {
  COMCAST_CODES,
  COX_CODES,
  GODADDY_CHECKSPAM,
  GODADDY_FIX_BOUNCES,
  XFINITY_ERRORS,
} from '../../signatures/isps/sources';

export const northAmericaFixes: readonly Fix[] = [
  {
    id: 'request-comcast-review',
    title: 'Ask Comcast to review a block on your IP',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Fix the cause first: Comcast refuses removal when the same IP is blocked again and again.',
      'Open the Comcast postmaster site and use its blocklist removal request, giving {ip}, the full bounce line and what you changed.',
      'Wait for the answer before sending to Comcast addresses again; resending during review adds to the record.',
    ],
    links: [COMCAST_CODES, XFINITY_ERRORS],
    causes: [],
  },
  {
    id: 'request-cox-review',
    title: 'Ask Cox to unblock your IP (AUP#CXBL)',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Stop the traffic that looked like spam and check {ip} on the public blocklists.',
      'Find the CXBL row in the Cox error-code table and send the request through the contact form it links to, with {ip} and the bounce line.',
      'Cox decides at its own discretion and gives no deadline; keep mail to Cox addresses paused meanwhile.',
    ],
    links: [COX_CODES],
    causes: [],
  },
  {
    id: 'request-godaddy-review',
    title: 'Ask GoDaddy to remove your IP from its internal blocklist',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Check {ip} at checkspam.godaddy.com, the page GoDaddy bounces link to.',
      'If it is listed, fill in the removal request there after fixing what caused the listing.',
    ],
    links: [GODADDY_CHECKSPAM, GODADDY_FIX_BOUNCES],
    causes: [],
  },
  {
    id: 'check-senderscore-blocklist',
    title: "Check your IP on Validity's SenderScore blocklist",
    phase: 'fix',
    scope: 'signature',
    steps: [
      "Look {ip} up with Validity's Sender Score tool at senderscore.org; the blocklist was formerly Return Path's.",
      'This list is driven by recent spam-trap hits and complaints; stop mailing old or unconfirmed addresses, then look again after a few days.',
    ],
    links: [],
    causes: ['complaints-spam-traps', 'stale-or-purchased-list'],
  },
];
