/**
 * Repairs to what is sent and to whom: the addresses on the list and the
 * message itself.
 */
import type { Fix } from '../../schema';
import {
  GOOGLE_SENDER_GUIDELINES,
  MAIL_TESTER,
  RFC_MESSAGE,
  SPAMHAUS_CHECK,
  YAHOO_BEST_PRACTICES,
} from './sources';

export const listAndContentFixes: readonly Fix[] = [
  {
    id: 'clean-the-list',
    title: 'Clean the mailing list before the next send',
    phase: 'fix',
    steps: [
      'Remove every address that hard-bounced (5xx user unknown, disabled, no such domain) and never mail it again.',
      'Remove everyone who complained or unsubscribed, and set aside addresses that have not opened or clicked for many months.',
      'Drop any part of the list that was bought, rented, scraped or shared by someone else; those addresses never agreed to your mail and carry spam traps.',
      'Re-send only to the addresses that remain, starting with the most recently active.',
    ],
    links: [GOOGLE_SENDER_GUIDELINES, YAHOO_BEST_PRACTICES],
    causes: [
      'stale-or-purchased-list',
      'complaints-spam-traps',
      'address-probing',
    ],
  },
  {
    id: 'remove-invalid-address',
    title: 'Correct or remove the address that does not exist',
    phase: 'fix',
    steps: [
      'Check the address for typos, in the name and especially in the domain ({recipientDomain}).',
      'Ask the recipient for their current address by another channel; people change jobs and providers close accounts.',
      'Take the address off your lists and out of automatic mailings, so repeated bounces do not count against you.',
    ],
    links: [],
    causes: ['recipient-address-invalid'],
  },
  {
    id: 'fix-content-and-links',
    title: 'Remove the links and content that trip the filter',
    phase: 'fix',
    steps: [
      'Check every domain linked from the message at the Spamhaus checker, including tracking and image domains; replace any listed one.',
      'Replace URL shorteners with full links to your own domain, and make the visible link text match where the link goes.',
      'Avoid sending .zip, .html, .exe or macro-enabled Office files; share them as a download link instead.',
      'Include a plain-text part that matches the HTML, and keep images in proportion to text.',
      'Score a test copy at mail-tester and fix what it reports before sending again.',
    ],
    links: [SPAMHAUS_CHECK, MAIL_TESTER],
    causes: ['content-or-links-flagged'],
  },
  {
    id: 'fix-message-format',
    title: 'Make the message follow the email format rules',
    phase: 'fix',
    steps: [
      'Give every message exactly one From, one Date and one Message-ID header, and no other header twice where the format allows only one.',
      'Generate a unique Message-ID for each message; Gmail defers messages that reuse one Message-ID too often.',
      'Keep lines under 998 characters, end them with CRLF, and encode non-ASCII text properly (quoted-printable or base64).',
      'Prefer a well-tested mail library over building messages by hand.',
    ],
    links: [RFC_MESSAGE],
    causes: ['malformed-message'],
  },
  {
    id: 'shrink-message',
    title: 'Send large files as a link instead of an attachment',
    phase: 'fix',
    steps: [
      'Encoding for sending makes attachments about a third larger, so a 10 MB file travels as more than 13 MB.',
      'Upload big files to a file-sharing service and send the link, or split the material across several messages.',
      'Check the size limit the bounce from {remoteMta} states, if any, and stay well below it.',
    ],
    links: [],
    causes: ['message-too-large'],
  },
];
