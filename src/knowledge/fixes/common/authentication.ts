/**
 * Setting up SPF, DKIM and DMARC so the receiver can tell the mail really
 * comes from the domain in its From line.
 */
import type { Fix } from '../../schema';
import {
  GOOGLE_SENDER_GUIDELINES,
  RFC_ARC,
  RFC_DKIM,
  RFC_DMARC,
  RFC_SPF,
} from './sources';

export const authenticationFixes: readonly Fix[] = [
  {
    id: 'fix-spf-record',
    title: 'Publish an SPF record that covers every server sending for you',
    phase: 'fix',
    steps: [
      'Look up the TXT records of {domain} (the envelope-sender domain) and find the one starting `v=spf1`; there must be exactly one.',
      'Make sure it covers {ip} and every service that sends as {domain}: your own servers with `ip4:`/`ip6:`, and each email service with the `include:` it documents.',
      'Keep the record to 10 DNS lookups or fewer in total (each `include`, `a`, `mx` and `redirect` counts), or receivers treat it as an error.',
      'End it with `~all` or `-all`, never `+all`, which lets anyone send as you and is itself a spam signal.',
      'Send a test message and check that the receiving side shows `spf=pass` for {domain}.',
    ],
    links: [RFC_SPF, GOOGLE_SENDER_GUIDELINES],
    causes: [
      'authentication-failing',
      'relay-or-submission-misconfigured',
      'sender-domain-dns-broken',
    ],
  },
  {
    id: 'set-up-dkim',
    title: 'Sign outgoing mail with DKIM for your own domain',
    phase: 'fix',
    steps: [
      "Turn on DKIM signing in your mail server or email service, with `d={domain}` rather than the service's own domain.",
      'Use an RSA key of 2048 bits where your DNS host accepts it; 1024 bits is the minimum receivers still accept.',
      'Publish the public key as a TXT record at `{selector}._domainkey.{domain}` exactly as the signer prints it, without extra quotes or line breaks.',
      'Send a test message and check for `dkim=pass` with `header.d={domain}` in the Authentication-Results header.',
      'Do not change the message after it is signed (footers, disclaimers or link rewriting added later break the signature).',
    ],
    links: [RFC_DKIM, GOOGLE_SENDER_GUIDELINES],
    causes: ['authentication-failing', 'forwarding-breaks-authentication'],
  },
  {
    id: 'publish-dmarc',
    title: 'Publish a DMARC record and make SPF or DKIM line up with From',
    phase: 'fix',
    steps: [
      'Look up the TXT record at `_dmarc.{domain}`; if there is none, publish `v=DMARC1; p=none; rua=mailto:` followed by an address that can receive reports.',
      "DMARC passes only when SPF or DKIM passes for {domain} itself (or a subdomain of it) — the domain in the visible From line, not your email service's domain.",
      'With an email service, set up its custom return-path (bounce domain) or DKIM signing on {domain}, so at least one of the two lines up.',
      'Move to `p=quarantine` and then `p=reject` only after the aggregate reports show all your real mail passing.',
    ],
    links: [RFC_DMARC, GOOGLE_SENDER_GUIDELINES],
    causes: ['authentication-failing'],
  },
  {
    id: 'survive-forwarding',
    title: 'Make your mail survive forwarding and mailing lists',
    phase: 'fix',
    steps: [
      'Forwarding always breaks SPF, because the forwarding server is not in your record; only DKIM can survive the trip, so sign every message.',
      'Keep the DKIM signature robust: sign the headers that matter and avoid content that gateways like to rewrite.',
      'Ask the recipient whether {recipientDomain} forwards to another mailbox; if so, they can have the forwarder rewrite the envelope sender (SRS) and add ARC headers, or deliver to the final mailbox directly.',
      'If the receiver rejects on DMARC after a mailing list changed the subject or body, the list operator has to rewrite the From address or stop changing the message.',
    ],
    links: [RFC_ARC, RFC_DKIM],
    causes: ['forwarding-breaks-authentication'],
  },
];
