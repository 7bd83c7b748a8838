/**
 * Google's own routes and checks. Gmail has no delisting form, so none of
 * these ask Google to lift a block: they fix the cause and watch the
 * numbers Google publishes to the sender.
 */
import type { Fix } from '../../schema';
import {
  GMAIL_SENDER_FAQ,
  GMAIL_SENDER_GUIDELINES,
  GOOGLE_APP_PASSWORDS,
  GOOGLE_POSTMASTER_TOOLS,
  WORKSPACE_RELAY_ERRORS,
} from '../../signatures/google/sources';

export const googleFixes: readonly Fix[] = [
  {
    id: 'use-google-postmaster-tools',
    title: 'Watch your domain in Google Postmaster Tools',
    phase: 'monitor',
    scope: 'signature',
    steps: [
      'Sign in at postmaster.google.com, add {domain} and publish the TXT record Google shows you to prove you own it.',
      'Watch the user-reported spam rate: Google asks senders to keep it under 0.3% and to aim for less than 0.1%.',
      'Check the compliance status and the authentication and encryption charts after every change to your set-up.',
      'Expect empty charts at low volume: Google shows data only once enough of your mail reaches Gmail users each day.',
      'There is no form to ask Gmail to lift a block. Blocks ease on their own as these numbers recover, so keep the cause fixed and keep watching.',
    ],
    links: [GOOGLE_POSTMASTER_TOOLS, GMAIL_SENDER_GUIDELINES],
    causes: [],
  },
  {
    id: 'check-gmail-sender-requirements',
    title: "Check your set-up against Gmail's sender requirements",
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Confirm SPF passes for the envelope sender domain from {ip}, and DKIM passes with a key under {domain} (look up {selector}._domainkey.{domain}).',
      'Confirm the sending IP {ip} has a PTR record whose host name resolves back to {ip}.',
      'Confirm your server uses TLS when it delivers to Gmail.',
      'If you send about 5,000 or more messages a day to Gmail accounts, also publish a DMARC record at _dmarc.{domain}, align SPF or DKIM with the From: domain, and offer one-click unsubscribe.',
      "Send a test message to a Gmail address and read its Authentication-Results header to see Gmail's own verdict.",
    ],
    links: [GMAIL_SENDER_GUIDELINES, GMAIL_SENDER_FAQ],
    causes: [],
  },
  {
    id: 'throttle-gmail-delivery',
    title: 'Slow down delivery to Gmail while you fix the cause',
    phase: 'contain',
    scope: 'signature',
    steps: [
      'Lower the number of parallel connections and messages per hour your server sends to Gmail and Google-hosted domains.',
      'Pause bulk or marketing sends to Gmail until deferrals stop; keep transactional mail flowing slowly.',
      'Do not rotate to fresh IPs or domains to get round the limit: Gmail tracks that too, and new identities start with no reputation.',
    ],
    links: [GMAIL_SENDER_GUIDELINES],
    causes: [],
  },
  {
    id: 'register-workspace-smtp-relay',
    title: 'Fix the Google Workspace SMTP relay settings',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'In the Google Admin console, open the SMTP relay service settings for Gmail (Apps, Google Workspace, Gmail, Routing).',
      'Add the public IP {ip} of the sending device to the allowed senders, or require SMTP authentication and give the device a Workspace account.',
      'Make sure the device says HELO or EHLO with, or sends MAIL FROM, one of your Workspace domains, and that the sending account is active.',
      'Settings can take a while to apply; send a test once they have.',
    ],
    links: [WORKSPACE_RELAY_ERRORS],
    causes: [],
  },
  {
    id: 'set-up-gmail-smtp-submission',
    title: 'Set up sending through smtp.gmail.com correctly',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Use smtp.gmail.com on port 587 with STARTTLS, or port 465 with TLS from the start.',
      'If the program supports Google sign-in (OAuth), use that instead of a password.',
      'Otherwise, with 2-Step Verification on, create an app password for this program in the Google account and use it in place of the normal password.',
      'If Google asks you to sign in with a web browser, do so from the same network once, then try the program again.',
    ],
    links: [GOOGLE_APP_PASSWORDS],
    causes: [],
  },
  {
    id: 'ask-recipient-workspace-admin',
    title: "Ask the recipient's administrator how mail should reach them",
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Tell the recipient that their Google Workspace refused your mail because it only accepts mail through their own gateway.',
      'Check that you deliver to the MX hosts {recipientDomain} publishes now, not to a stored or hard-coded Google address.',
      'If you do, their administrator has to allow your IP {ip} or fix their inbound gateway settings.',
    ],
    links: [],
    causes: [],
  },
];
