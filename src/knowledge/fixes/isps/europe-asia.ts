/**
 * Contact routes at the European and Russian mailbox providers. Yandex
 * and QQ Mail publish explanations but no review channel for senders,
 * so they have no entry here.
 */
import type { Fix } from '../../schema';
import {
  GMX_ERRORS,
  LAPOSTE_POSTMASTER,
  MAIL_RU_NOTSPAM,
  ORANGE_POSTMASTER,
  T_ONLINE_POSTMASTER,
  WEBDE_ERRORS,
} from '../../signatures/isps/sources';

export const europeAsiaFixes: readonly Fix[] = [
  {
    id: 'contact-orange-postmaster',
    title: 'Contact the Orange postmaster',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Read the error-code list on the Orange postmaster site to confirm what the OFR code means.',
      'Use the contact section of that site, giving {ip}, the sending domain {domain} and the full bounce line with its code.',
    ],
    links: [ORANGE_POSTMASTER],
    causes: [],
  },
  {
    id: 'contact-laposte-postmaster',
    title: 'Contact the La Poste postmaster',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Check the sending requirements on the La Poste postmaster site (SPF or DKIM aligned with From, reverse DNS).',
      'Write to La Poste through the contact given there, quoting the LPN code, {ip} and {domain}.',
    ],
    links: [LAPOSTE_POSTMASTER],
    causes: [],
  },
  {
    id: 'contact-gmx-postmaster',
    title: 'Contact the GMX / WEB.DE postmaster',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open the link at the end of the bounce: it leads to the postmaster page for your exact case and IP.',
      'If that page says GMX must act, use the contact form it offers; include {ip} and the whole multi-line reply.',
    ],
    links: [GMX_ERRORS, WEBDE_ERRORS],
    causes: [],
  },
  {
    id: 'contact-t-online-postmaster',
    title: 'Ask T-Online to clear your IP (tosa@rx.t-online.de)',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Make sure {ip} has a PTR name and that a web page on that domain names who runs the server; T-Online checks for it.',
      'Write in English or German to tosa@rx.t-online.de with {ip}, {domain} and the full bounce line.',
    ],
    links: [T_ONLINE_POSTMASTER],
    causes: [],
  },
  {
    id: 'report-t-online-false-positive',
    title: 'Report a wrongly blocked message to T-Online (FPR@rx.t-online.de)',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Send the rejected message with full headers, and the bounce line, to FPR@rx.t-online.de.',
    ],
    links: [T_ONLINE_POSTMASTER],
    causes: [],
  },
  {
    id: 'request-mail-ru-review',
    title: 'Ask Mail.ru to review a spam rejection',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open the notspam-support link from the bounce; it carries the case code Mail.ru needs.',
      'Fill in the form there, saying why the mail is wanted and how recipients signed up.',
    ],
    links: [MAIL_RU_NOTSPAM],
    causes: [],
  },
];
