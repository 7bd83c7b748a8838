/**
 * Repairs to the sending server and its network: how it is named, where
 * it sends from, how it connects and how fast.
 */
import type { Fix } from '../../schema';
import {
  GOOGLE_SENDER_GUIDELINES,
  RFC_DNS_ERRORS,
  RFC_SMTP,
  RFC_STARTTLS,
  RFC_SUBMISSION,
} from './sources';

export const serverFixes: readonly Fix[] = [
  {
    id: 'set-reverse-dns',
    title: 'Give the sending IP a reverse DNS name that resolves back',
    phase: 'fix',
    steps: [
      'Look up the PTR record of {ip}. Only the owner of the address block can set it, so ask your hosting provider or ISP (many cloud panels have a "reverse DNS" field).',
      'Choose a name under your own domain, such as mail.{domain}, and publish an A (or AAAA) record for that name pointing to {ip}.',
      'Make the server introduce itself with the same name in HELO/EHLO.',
      'Check both directions again from outside: PTR of {ip} gives the name, and the name gives {ip}.',
    ],
    links: [RFC_DNS_ERRORS, GOOGLE_SENDER_GUIDELINES],
    causes: ['reverse-dns-missing', 'dynamic-or-residential-ip'],
  },
  {
    id: 'relay-through-smarthost',
    title: "Send through your ISP's or an email service's relay",
    phase: 'fix',
    steps: [
      "Stop delivering straight to recipients' servers from {ip}: addresses on home and office lines are listed as not meant for direct mail, and that cannot be fixed from your side.",
      "Configure your server or app to hand all outgoing mail to a relay (smarthost): your ISP's mail server or an email service, on port 587 with a login and TLS.",
      'Add the relay to the SPF record of {domain} and set up DKIM with it, so the mail still authenticates as yours.',
    ],
    links: [RFC_SUBMISSION],
    causes: ['dynamic-or-residential-ip', 'reverse-dns-missing'],
  },
  {
    id: 'leave-shared-range',
    title: 'Move your mail away from a badly shared IP or range',
    phase: 'fix',
    steps: [
      'Ask your host or email service whether {ip} or its range is blocked because of other customers, and whether they can move you to a clean address or pool.',
      'If the whole range keeps being blocked, relay through an email service with a good record, or take a dedicated IP (and warm it up).',
      'Do not rotate through more addresses in the same range: providers block ranges precisely because spammers do that.',
    ],
    links: [],
    causes: ['shared-range-neighbours'],
  },
  {
    id: 'enable-starttls',
    title: 'Turn on TLS for outgoing connections',
    phase: 'fix',
    steps: [
      'Enable opportunistic TLS for delivery to other servers (Postfix: `smtp_tls_security_level = may`), so the server uses STARTTLS whenever the receiver offers it.',
      'For mail sent by apps and devices, use port 587 with STARTTLS or port 465 with TLS from the start, as the submission server expects.',
      'Use a current TLS version and a certificate that has not expired; a failed handshake counts as no TLS.',
      'Check the log of the next delivery to {remoteMta} for a line confirming the TLS connection.',
    ],
    links: [RFC_STARTTLS, GOOGLE_SENDER_GUIDELINES],
    causes: ['tls-not-offered'],
  },
  {
    id: 'fix-submission-settings',
    title: 'Correct the relay and submission settings of the sending app',
    phase: 'fix',
    steps: [
      'Check the host, port and encryption the app or device uses against what the mail service documents: usually port 587 with STARTTLS and a login.',
      'Enter the right user name and password, or an app password where the account uses two-step verification.',
      'Send with a From address the account is allowed to use; many services refuse other addresses or domains.',
      'For a server that relays by IP instead of a login, make sure {ip} is registered with the relay.',
      'If the bounce says "relay access denied" for mail to {recipientDomain}, check that its MX records point where you deliver.',
    ],
    links: [RFC_SUBMISSION, RFC_SMTP],
    causes: ['relay-or-submission-misconfigured'],
  },
  {
    id: 'fix-sender-domain-dns',
    title: 'Make the sending domain resolve in public DNS',
    phase: 'fix',
    steps: [
      'Look up MX, A and SOA records for {domain} through a public resolver; the envelope-sender domain must have at least an MX or an A record.',
      'If the server sends as an internal name such as localhost.localdomain or a .local domain, set its sender domain to {domain}.',
      'Check that all the name servers of {domain} answer and agree; a dead or lame name server makes lookups fail for part of the world.',
    ],
    links: [RFC_SMTP, RFC_DNS_ERRORS],
    causes: ['sender-domain-dns-broken'],
  },
  {
    id: 'slow-down-sending',
    title: 'Send to the provider more slowly and back off on deferrals',
    phase: 'fix',
    steps: [
      'Lower the number of parallel connections and messages per connection to {recipientDomain} (Postfix: per-destination concurrency and recipient limits in a dedicated transport).',
      'Treat a 4xx reply as "later": let the queue retry with growing gaps instead of reconnecting at once.',
      'Spread large sends over hours rather than minutes; providers publish few exact limits, so start low and raise slowly.',
    ],
    links: [RFC_SMTP],
    causes: ['sending-too-fast', 'cold-ip-volume-spike'],
  },
];
