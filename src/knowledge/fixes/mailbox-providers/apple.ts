/**
 * Apple iCloud Mail routes: its postmaster address, its bulk-mail
 * practices, and pacing mail to its servers.
 */
import type { Fix } from '../../schema';
import { ICLOUD_POSTMASTER } from '../../signatures/apple/sources';

export const appleFixes: readonly Fix[] = [
  {
    id: 'contact-icloud-postmaster',
    title: 'Write to the iCloud Mail postmaster team',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      "Read Apple's postmaster page for iCloud Mail and fix anything it asks for that you do not yet do.",
      'Mail icloudadmin@apple.com with your company name, your domain {domain}, the IPs of the affected servers ({ip}), the exact SMTP errors iCloud returned, and when the problem started.',
      'Describe what you have already changed. Apple runs no allow list, so ask for a review, not for an exception.',
    ],
    links: [ICLOUD_POSTMASTER],
    causes: [],
  },
  {
    id: 'follow-icloud-bulk-practices',
    title: "Follow Apple's practices for bulk mail to iCloud",
    phase: 'prevent',
    scope: 'signature',
    steps: [
      'Mail only people who explicitly subscribed, and give every message an unsubscribe link that works at once.',
      'Authenticate with SPF and DKIM, publish reverse DNS for {ip}, and keep your sending IPs, domains and From: address consistent.',
      'Keep marketing and transactional mail on separate streams.',
      'Remove inactive subscribers regularly: Apple offers no feedback loop, so you will not hear about complaints.',
    ],
    links: [ICLOUD_POSTMASTER],
    causes: [],
  },
  {
    id: 'throttle-icloud-delivery',
    title: 'Spread delivery to iCloud over time',
    phase: 'contain',
    scope: 'signature',
    steps: [
      'Let the deferred messages retry on their own; they usually go through.',
      'Lower the connections and message rate your server uses for iCloud mail hosts.',
      'Schedule large sends to start at different minutes rather than all on the hour.',
    ],
    links: [ICLOUD_POSTMASTER],
    causes: [],
  },
];
