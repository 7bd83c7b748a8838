/**
 * Where a provider's codes mean something else than RFC 3463 says: the
 * same enhanced code is an unknown user at one provider and a rate limit
 * at another. Keyed on provider, tag, status and wording, never on a file.
 */
import type { Reason } from '../../../knowledge/vocabulary';
import type { ReasonInput } from './decide';

const NO_MAIL_EXCHANGER =
  /no mx (?:record )?found|null mx|doesn.t receive (?:e-?)?mail|indicated no smtp service|type=mx: malformed/;

const SMTP_UNREACHABLE =
  /(?:wasn.t|was not|couldn.t|could not|unable to)(?: be)? (?:able to )?establish (?:an )?smtp connection/;

const DIRECTORY_MISS =
  /and other recipients in the same domain|recipient name is not recognized|\(000c05a6\)|not listed in (?:the )?domino directory|not listed in public name (?:&|and) address book/;

interface Override {
  provider: string | null;
  when: (input: ReasonInput, text: string) => boolean;
  reason: Reason;
}

const OVERRIDES: Override[] = [
  // A domain that publishes no mail exchanger (or a null MX, RFC 7505)
  // says it takes no mail at all: that is not an unknown host, nor a
  // passing DNS fault, however the report words its lookup.
  {
    provider: null,
    when: (_, t) => NO_MAIL_EXCHANGER.test(t),
    reason: 'notaccept',
  },
  // qmail names what kept failing before it gives up on the queue; when
  // that was the connection itself, it is a network fault.
  {
    provider: null,
    when: (_, t) => SMTP_UNREACHABLE.test(t),
    reason: 'networkerror',
  },
  // The server answered the connection only to refuse it.
  {
    provider: null,
    when: (_, t) => /refused to talk to me/.test(t),
    reason: 'blocked',
  },
  // A groupware server's own directory lookup found no such person; it
  // states this itself, so no filter can be behind it.
  {
    provider: null,
    when: (_, t) => DIRECTORY_MISS.test(t),
    reason: 'userunknown',
  },
  // Microsoft 365 directory-based edge blocking: the address is not there.
  {
    provider: 'microsoft-365',
    when: (i, t) => i.status === '5.4.1' && /access denied/.test(t),
    reason: 'userunknown',
  },
  {
    provider: null,
    when: (_, t) => /recipient address rejected: access denied/.test(t),
    reason: 'userunknown',
  },
  {
    provider: null,
    when: (_, t) =>
      /banned sending ip|banned sender\b|on our block list|\(s3150\)|\(s3140\)/.test(
        t,
      ),
    reason: 'blocked',
  },
  {
    provider: null,
    when: (i) => /^(?:OU|SC|DY)-00\d$/.test(i.tag ?? ''),
    reason: 'blocked',
  },
  {
    provider: null,
    when: (i) => /^RP-00\d$/.test(i.tag ?? ''),
    reason: 'ratelimited',
  },
  {
    provider: null,
    when: (_, t) => /temporarily rate limited due to ip reputation/.test(t),
    reason: 'badreputation',
  },
  // GoDaddy answers 5.1.1 with IB607 when a sender sends too much.
  { provider: null, when: (i) => i.tag === 'IB607', reason: 'ratelimited' },
  {
    provider: null,
    when: (i) => /^IB(?:10[3-68]|508)$/.test(i.tag ?? ''),
    reason: 'blocked',
  },
  // Spectrum's AUP#In-1310 is a connection limit behind a 5.1.0 code.
  {
    provider: null,
    when: (i) => /^AUP#In-13\d\d$/i.test(i.tag ?? ''),
    reason: 'ratelimited',
  },
  {
    provider: null,
    when: (i) => /^AUP#(?:In-1[0-2]\d\d|C\w+)$/i.test(i.tag ?? ''),
    reason: 'blocked',
  },
  {
    provider: null,
    when: (i) => /^BL\d{6}$/.test(i.tag ?? ''),
    reason: 'blocked',
  },
  {
    provider: null,
    when: (i) => /^RL\d{6}$/.test(i.tag ?? ''),
    reason: 'ratelimited',
  },
  {
    provider: null,
    when: (i) => /^TSS?0[1-4]$/.test(i.tag ?? ''),
    reason: 'ratelimited',
  },
  // Yahoo's legacy "dd" means the mailbox is not there.
  {
    provider: 'yahoo',
    when: (_, t) => /this user doesn.t have a .* account|dd this user/.test(t),
    reason: 'userunknown',
  },
  {
    provider: 'gmail',
    when: (_, t) => /unusual rate of unsolicited mail/.test(t),
    reason: 'spamdetected',
  },
  {
    provider: 'icloud',
    when: (i) => /^(?:CS|HM)\d\d$/.test(i.tag ?? ''),
    reason: 'blocked',
  },
];

/** A provider-specific reason where one applies, else null. */
export function providerReason(
  input: ReasonInput,
  text: string,
): Reason | null {
  for (const rule of OVERRIDES) {
    if (rule.provider !== null && rule.provider !== input.provider) continue;
    if (rule.when(input, text)) return rule.reason;
  }
  return null;
}
