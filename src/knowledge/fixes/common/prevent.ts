/**
 * Habits that keep the same bounce from coming back once it is cleared.
 */
import type { Fix } from '../../schema';
import {
  GOOGLE_POSTMASTER_TOOLS,
  GOOGLE_SENDER_GUIDELINES,
  RFC_ONE_CLICK,
  RFC_SUBMISSION,
  YAHOO_BEST_PRACTICES,
} from './sources';

export const preventFixes: readonly Fix[] = [
  {
    id: 'warm-up-new-ip',
    title: 'Warm up a new IP or domain gradually',
    phase: 'prevent',
    steps: [
      'Start a new IP or sending domain with a small daily volume to the recipients most likely to want the mail, and raise it step by step over several weeks.',
      'No provider publishes an exact schedule; a common practice is to roughly double the daily volume every few days while bounces and complaints stay low.',
      'Hold the volume, or step back, whenever a provider starts deferring; carry on only once the deferrals stop.',
      'Keep the volume steady afterwards: a long pause cools an IP down again.',
    ],
    links: [GOOGLE_SENDER_GUIDELINES],
    causes: ['cold-ip-volume-spike', 'sending-too-fast'],
  },
  {
    id: 'keep-complaints-low',
    title: "Keep the spam-complaint rate well under the providers' limits",
    phase: 'prevent',
    steps: [
      'Google asks senders to keep the spam rate shown in Postmaster Tools below 0.1% and never to reach 0.3%; treat that as the limit everywhere.',
      'Put a one-click unsubscribe (the List-Unsubscribe and List-Unsubscribe-Post headers) in marketing and bulk mail, and honour it within two days, as Gmail and Yahoo require of bulk senders.',
      'Make the sender name and subject recognisable, and send only what people signed up for, at the frequency they expect.',
    ],
    links: [GOOGLE_SENDER_GUIDELINES, YAHOO_BEST_PRACTICES, RFC_ONE_CLICK],
    causes: ['complaints-spam-traps', 'content-or-links-flagged'],
  },
  {
    id: 'confirm-opt-in',
    title: 'Confirm new sign-ups before mailing them',
    phase: 'prevent',
    steps: [
      'Send each new address a confirmation message and add it to the list only after the link in it is clicked.',
      "That single message weeds out typos, fake addresses and spam traps without probing anyone's server.",
      'Never add addresses from purchased, rented or shared lists, or from pre-ticked boxes.',
    ],
    links: [GOOGLE_SENDER_GUIDELINES],
    causes: [
      'stale-or-purchased-list',
      'complaints-spam-traps',
      'address-probing',
      'recipient-address-invalid',
    ],
  },
  {
    id: 'sunset-inactive-recipients',
    title: 'Stop mailing people who no longer read your mail',
    phase: 'prevent',
    steps: [
      'Define "inactive" for your mail (for example no open or click in six to twelve months) and stop regular sends to those addresses.',
      'Before removing them, send one message asking whether they still want your mail.',
      'Old, unused addresses are the ones providers turn into spam traps, so leaving them in costs more than it brings.',
    ],
    links: [YAHOO_BEST_PRACTICES],
    causes: ['stale-or-purchased-list', 'complaints-spam-traps'],
  },
  {
    id: 'secure-sending-accounts',
    title: 'Protect the accounts and scripts that can send mail',
    phase: 'prevent',
    steps: [
      'Require two-step verification for mailbox logins and use app passwords or tokens for devices, never a shared main password.',
      'Set a per-user limit on outgoing messages per hour, so one stolen account cannot send thousands.',
      'Keep web forms, plugins and the server software up to date, and add a captcha to forms that send mail.',
      'Alert on sudden jumps in outgoing volume from {ip}; compare with Postmaster Tools and your feedback loops.',
    ],
    links: [RFC_SUBMISSION, GOOGLE_POSTMASTER_TOOLS],
    causes: ['compromised-account-or-relay'],
  },
];
