/**
 * The reasons a sender's mail gets refused, shared by every signature.
 * A signature names several of these with prior weights; the questions
 * then shift the weights until one stands out.
 */
import type { Cause } from './schema';

export const causes: readonly Cause[] = [
  {
    id: 'cold-ip-volume-spike',
    title: 'New or quiet IP sending too much too soon',
    summary:
      'Receivers judge an IP address by its history. An address with no ' +
      'history that suddenly sends a large volume looks like a spammer ' +
      'that just moved in, so it is slowed down or refused until it has ' +
      'built a track record.',
  },
  {
    id: 'complaints-spam-traps',
    title: 'Recipients report the mail as spam, or it hits spam traps',
    summary:
      'People pressing "Report spam" and messages landing in trap ' +
      'addresses that nobody signed up with are the strongest signals ' +
      'a provider uses. Above a small share of complaints, the provider ' +
      'blocks or throttles the sender.',
  },
  {
    id: 'shared-range-neighbours',
    title: 'Bad neighbours on a shared IP or address range',
    summary:
      'On shared hosting, an ESP shared pool or a cloud provider range, ' +
      'other customers send from the same address or the same block of ' +
      'addresses. When they spam, the whole range can be blocked, ' +
      'including your well-behaved mail.',
  },
  {
    id: 'compromised-account-or-relay',
    title: 'Compromised account or open relay',
    summary:
      'Someone else is sending through your server: a stolen mailbox ' +
      'password, a hijacked web form or script, malware on a machine, or ' +
      'a server that relays mail for anyone. The spam they send ruins the ' +
      "server's reputation for everyone on it.",
  },
  {
    id: 'stale-or-purchased-list',
    title: 'Old, rented or purchased mailing list',
    summary:
      'A list that has not been mailed for a long time, or was bought or ' +
      'scraped, is full of dead addresses, recycled spam traps and people ' +
      'who never asked for the mail. Mailing it produces bounces and ' +
      'complaints at once.',
  },
  {
    id: 'address-probing',
    title: 'Checking addresses by probing the receiving server',
    summary:
      'List-cleaning tools and address verifiers open SMTP sessions and ' +
      'test many addresses without sending anything. Providers see this ' +
      'as harvesting addresses and block the IP that does it.',
  },
  {
    id: 'public-blocklist-listing',
    title: 'IP or domain listed on a public blocklist',
    summary:
      'A blocklist such as Spamhaus, SpamCop or Barracuda lists the ' +
      'sending IP or a domain in the message, and the receiver refuses ' +
      'mail from anything on that list. The listing has its own reason ' +
      'and its own removal procedure.',
  },
  {
    id: 'dynamic-or-residential-ip',
    title: 'Sending straight from a home or dynamic IP address',
    summary:
      'Addresses handed out to home and office broadband lines are not ' +
      'meant to deliver mail directly to other servers, and most ' +
      'providers refuse them outright. Such mail has to go through the ' +
      "ISP's or an email service's relay.",
  },
  {
    id: 'sending-too-fast',
    title: 'Too many messages or connections at once',
    summary:
      'Each provider limits how many connections, messages per ' +
      'connection and messages per hour it accepts from one sender. ' +
      'Going over the limit brings temporary refusals that clear when ' +
      'the sender slows down.',
  },
  {
    id: 'authentication-failing',
    title: 'SPF, DKIM or DMARC missing or failing',
    summary:
      'The message does not prove it comes from the domain it claims: ' +
      'SPF does not list the sending server, DKIM is absent or broken, ' +
      'or neither lines up with the From domain as DMARC requires. ' +
      'Gmail, Yahoo and Outlook.com now refuse much of such mail.',
  },
  {
    id: 'forwarding-breaks-authentication',
    title: 'Forwarding on the way broke SPF or DKIM',
    summary:
      'The recipient forwards mail to another mailbox or runs it through ' +
      'a list. The forwarding server is not in your SPF record and may ' +
      'alter the message so DKIM fails too, so the final receiver sees ' +
      'unauthenticated mail even though your set-up is correct.',
  },
  {
    id: 'reverse-dns-missing',
    title: 'Missing or mismatched reverse DNS for the sending IP',
    summary:
      'The sending IP has no PTR record, or its name does not resolve ' +
      'back to the same IP. Many receivers insist on both, because ' +
      'properly run mail servers always have them.',
  },
  {
    id: 'sender-domain-dns-broken',
    title: 'Sending domain missing from DNS or not resolving',
    summary:
      'The domain in the envelope sender or From address does not ' +
      'resolve: it has no MX or A record, its name servers fail, or it ' +
      'is a placeholder such as localhost. Receivers refuse mail they ' +
      'could never reply to.',
  },
  {
    id: 'tls-not-offered',
    title: 'Sending server does not use TLS encryption',
    summary:
      'The receiver or the submission server requires the connection to ' +
      'be encrypted with STARTTLS, and the sending side does not start ' +
      'it or fails the TLS handshake.',
  },
  {
    id: 'relay-or-submission-misconfigured',
    title: 'Relay, smarthost or submission settings are wrong',
    summary:
      'The app, device or server hands mail to a relay that does not ' +
      'accept it: wrong host or port, no login or a wrong one, an IP the ' +
      'relay does not know, or a sender address the account may not use.',
  },
  {
    id: 'malformed-message',
    title: 'Message breaks the email format rules',
    summary:
      'The message has duplicate or missing headers, several From ' +
      'addresses, no Message-ID, over-long lines or broken MIME. Strict ' +
      'receivers refuse messages that do not follow RFC 5322.',
  },
  {
    id: 'content-or-links-flagged',
    title: 'Content, links or attachments flagged by the filter',
    summary:
      'The filter objects to the message itself: links to listed or ' +
      'suspicious domains, URL shorteners, risky attachments, or wording ' +
      'typical of spam or phishing. The same server sending other mail ' +
      'is usually fine.',
  },
  {
    id: 'message-too-large',
    title: 'Message larger than the receiver accepts',
    summary:
      'The message with its attachments is over the size limit of the ' +
      'receiving server. Attachments grow by about a third when encoded ' +
      'for sending, so a file under the limit on disk can still be too ' +
      'big.',
  },
  {
    id: 'recipient-address-invalid',
    title: 'Recipient address does not exist',
    summary:
      'The mailbox was never there, has been deleted or disabled, or the ' +
      'address has a typo in the name or the domain. Retrying will not ' +
      'help; the address has to be corrected or removed.',
  },
  {
    id: 'recipient-mailbox-full',
    title: "Recipient's mailbox is full",
    summary:
      'The mailbox exists but has no room left. It clears only when the ' +
      'recipient deletes mail; a mailbox that stays full for weeks is ' +
      'usually abandoned.',
  },
  {
    id: 'recipient-policy',
    title: "Recipient's organisation deliberately refuses this mail",
    summary:
      "The recipient's own rules refuse it: a block list they keep, a " +
      'group that only accepts internal senders, a mail-flow rule, or an ' +
      'inbound gateway that only lets certain servers through. Only the ' +
      "recipient's admin can change it.",
  },
  {
    id: 'recipient-server-unreachable',
    title: "Recipient's mail server cannot be reached",
    summary:
      'The receiving server is down, its MX records are wrong, or a ' +
      'firewall on either side blocks port 25, so the mail waits in the ' +
      'queue until it expires.',
  },
  {
    id: 'recipient-misconfigured-filter',
    title: "Recipient's filter is misconfigured",
    summary:
      "A fault on the recipient's side, not a choice: for example their " +
      'server queries a blocklist through a public DNS resolver and gets ' +
      'an error answer that blocks everyone, or an expired rule rejects ' +
      'good mail.',
  },
  {
    id: 'greylisting',
    title: 'Greylisting: the receiver asks new senders to retry',
    summary:
      'The receiver turns away the first attempt from an unfamiliar ' +
      'sender with a temporary error and accepts the retry a few minutes ' +
      'later. A normal mail server gets through on its own; it only ' +
      'fails when the retry never comes or comes from another IP.',
  },
];
