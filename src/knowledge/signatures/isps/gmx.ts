/**
 * GMX, WEB.DE and mail.com (United Internet) share one inbound platform.
 * Replies are multi-line, carry no enhanced status code, and end with a
 * link to a postmaster page for the case; the last lines hold the reason.
 */
import type { Signature } from '../../schema';
import { GMX_ERRORS, WEBDE_ERRORS } from './sources';

const SOURCES = [GMX_ERRORS, WEBDE_ERRORS];

export const gmxSignatures: readonly Signature[] = [
  {
    id: 'gmx-ip-block-listed',
    provider: 'gmx',
    title: 'GMX / WEB.DE 554: IP address is block listed',
    match: {
      providers: ['gmx'],
      text: ['IP\\s+address\\s+is\\s+block\\s+listed'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.80',
    happening:
      'GMX refuses the connection because your IP is on a blocklist it uses, its own or a public DNSBL. The postmaster page linked in the reply names the case for your IP.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: ['contact-gmx-postmaster'],
    prevent: [
      'Open the link in the reply first: it says which list applies, and whether GMX or the list operator can lift it.',
    ],
    related: ['spamhaus-zen-listing', 'gmx-policy-ip'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'gmx-bad-ptr',
    provider: 'gmx',
    title: 'GMX / WEB.DE 554: Bad DNS PTR resource record',
    match: {
      providers: ['gmx'],
      text: ['Bad\\s+DNS\\s+PTR\\s+resource\\s+record'],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554-web.de (mxweb112) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://postmaster.web.de/en/case?c=r0300&i=ip&v=192.0.2.81',
    happening:
      "Your IP's reverse DNS name is missing or looks generic (like one an ISP assigns to home lines). GMX wants a PTR that names your mail server and matches its HELO.",
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.7 },
      { cause: 'dynamic-or-residential-ip', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Set a PTR such as mail.{domain} for the sending IP and use that same name in HELO.',
    ],
    related: ['generic-rdns-required'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'gmx-policy-ip',
    provider: 'gmx',
    title: 'GMX / WEB.DE 554: Reject due to policy restrictions (IP based)',
    match: {
      providers: ['gmx'],
      text: ['Reject\\s+due\\s+to\\s+policy\\s+restrictions'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-Reject due to policy restrictions (IP based). 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0105&i=ip&v=192.0.2.82',
    happening:
      "GMX refuses your IP under its own policy, based on the IP's reputation or on a breach of its email policy, rather than a public list.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: ['contact-gmx-postmaster'],
    prevent: [
      "Read GMX's email policy (valid HELO, PTR, no open relay, opt-in lists) and meet every point before asking for a review.",
    ],
    related: ['gmx-ip-block-listed'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'gmx-spf-policy',
    provider: 'gmx',
    title: 'GMX / WEB.DE 550: Reject due to SPF policy',
    match: {
      providers: ['gmx'],
      text: ['Reject\\s+due\\s+to\\s+SPF\\s+policy'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 <user@example.com>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
    happening:
      'The domain in your envelope sender publishes an SPF record that does not include the IP that delivered this message. Forwarding without sender rewriting (SRS) causes the same reply.',
    causes: [
      { cause: 'authentication-failing', prior: 0.55 },
      { cause: 'forwarding-breaks-authentication', prior: 0.3 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Add every service that sends as {domain} to its SPF record; forwarders should rewrite the envelope sender with SRS.',
    ],
    related: ['generic-dmarc-reject'],
    sources: SOURCES,
    confidence: 'hi',
  },
];
