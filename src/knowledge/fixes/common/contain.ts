/**
 * First moves: stop the mail that is doing the damage before repairing
 * anything, or every repair is undone by the next hour of sending.
 */
import type { Fix } from '../../schema';
import { MXTOOLBOX_SMTP_TEST, RFC_SMTP, RFC_SUBMISSION } from './sources';

export const containFixes: readonly Fix[] = [
  {
    id: 'lock-compromised-account',
    title: 'Find and lock the account or script that sends the unwanted mail',
    phase: 'contain',
    steps: [
      'In the MTA log, count outgoing messages per authenticated user and per local script over the last days; the one sending far more than the rest, or to strangers, is the likely source.',
      "Change that account's password, sign it out of every session and revoke its app passwords and tokens, then turn on two-step verification.",
      'Look in the mailbox for forwarding rules and filters you did not create, and remove them.',
      'If the mail came from a web form, plugin or script on {domain}, take it offline until it is patched, and check the web server for files you did not put there.',
      'Scan any desktop or server that may be infected with malware before it is allowed to send again.',
    ],
    links: [RFC_SUBMISSION],
    causes: ['compromised-account-or-relay'],
  },
  {
    id: 'purge-unwanted-queue',
    title: 'Hold the mail queue and delete the spam still waiting in it',
    phase: 'contain',
    steps: [
      'Put the outgoing queue on hold so nothing more leaves while you look (Postfix: `postsuper -h ALL`; on Exim, stop the queue runner).',
      'List the queue (`postqueue -p` on Postfix, `exim -bp` on Exim) and pick out the messages that are not yours by sender, subject or recipient.',
      'Delete those messages, release the rest, and watch the queue for an hour to be sure the flow has stopped.',
    ],
    links: [RFC_SMTP],
    causes: ['compromised-account-or-relay'],
  },
  {
    id: 'close-open-relay',
    title: 'Make sure the server relays only for your own users',
    phase: 'contain',
    steps: [
      'Run an open-relay test against the server that sends as {ip}; it must refuse mail from outside for outside addresses.',
      'Relay only for logged-in users and for the addresses of your own network; in Postfix that means `smtpd_relay_restrictions` ending in `reject_unauth_destination`.',
      'Take any web proxy, SOCKS proxy or test mail service on the same IP off the public internet.',
      'Require a login on the submission ports (587 and 465) and do not accept logins over unencrypted connections.',
    ],
    links: [MXTOOLBOX_SMTP_TEST, RFC_SUBMISSION],
    causes: [
      'compromised-account-or-relay',
      'relay-or-submission-misconfigured',
    ],
  },
  {
    id: 'pause-bulk-sending',
    title: 'Pause bulk and campaign mail to the blocking provider',
    phase: 'contain',
    steps: [
      'Stop campaigns, newsletters and imports to {recipientDomain} until the causes below are fixed; keep only mail people are waiting for, such as password resets and receipts.',
      'Every new message refused or reported while the block is on extends it, so do not try to push mail through from other IPs or domains.',
      'Write down what was sent in the days before the bounces started: the list, the volume and the content are the evidence you will need.',
    ],
    links: [],
    causes: [
      'complaints-spam-traps',
      'stale-or-purchased-list',
      'cold-ip-volume-spike',
      'sending-too-fast',
      'content-or-links-flagged',
    ],
  },
  {
    id: 'stop-address-probing',
    title: 'Stop checking addresses by probing receiving servers',
    phase: 'contain',
    steps: [
      'Turn off SMTP-based address verification: the sign-up form checks, list-cleaning tools and sender-verification callouts that open a session and issue RCPT TO without sending.',
      'Confirm new addresses by mailing them a link instead; a real message that someone clicks is the only reliable check.',
      'If a cleaning service was used, ask it which IP it probed from; if that was {ip}, say so when you ask the provider for a review.',
    ],
    links: [RFC_SMTP],
    causes: ['address-probing'],
  },
];
