/**
 * Mail.ru and Yandex, the two large Russian mailbox providers. Both
 * answer in English on the wire and link to their own help pages.
 */
import type { Signature } from '../../schema';
import {
  MAIL_RU_DMARC,
  MAIL_RU_NOTSPAM,
  YANDEX_BOUNCES,
  YANDEX_SPAM,
} from './sources';

export const mailRuYandexSignatures: readonly Signature[] = [
  {
    id: 'mail-ru-spam',
    provider: 'mail-ru',
    title: 'Mail.ru 550: spam message rejected (notspam-support)',
    match: {
      providers: ['mail-ru'],
      text: ['spam\\s+message\\s+rejected', 'notspam-support'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbCdEf12',
    happening:
      "Mail.ru's filter classed this message as spam. The link in the reply carries a case code that Mail.ru's support form uses to look the decision up.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.45 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'authentication-failing', prior: 0.25 },
    ],
    fixes: ['request-mail-ru-review'],
    prevent: [
      'Sign with DKIM for your From domain and register the domain with Mail.ru Postmaster to watch its reputation.',
    ],
    related: ['mail-ru-dmarc'],
    sources: [MAIL_RU_NOTSPAM],
    confidence: 'hi',
  },
  {
    id: 'mail-ru-dmarc',
    provider: 'mail-ru',
    title: 'Mail.ru 550 5.7.1: not accepted due to domain owner DMARC policy',
    match: {
      providers: ['mail-ru'],
      text: [
        'owner\\s+DMARC\\s+policy',
        'not\\s+accepted\\s+due\\s+to\\s+domain\\s+\\(',
      ],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 This message was not accepted due to domain (example.com) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc',
    happening:
      'The domain in brackets publishes a DMARC reject policy, and the message was not authenticated for it. A common case: a script or form sends with a From address at mail.ru or another domain it is not allowed to use.',
    causes: [
      { cause: 'authentication-failing', prior: 0.5 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Send only with From addresses in domains you control and sign for; never put a free-mail address in From on your own server.',
    ],
    related: ['generic-dmarc-reject'],
    sources: [MAIL_RU_DMARC],
    confidence: 'hi',
  },
  {
    id: 'yandex-spam',
    provider: 'yandex',
    title: 'Yandex 554 5.7.1: message rejected under suspicion of SPAM',
    match: {
      providers: ['yandex'],
      text: ['rejected\\s+under\\s+suspicion\\s+of\\s+SPAM'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 [1] Message rejected under suspicion of SPAM 1700000000-AbCdEf12',
    happening:
      "Yandex's filter read the content of this message as spam. It is often seen when a contact or sign-up form on a website is abused to send junk.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.5 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      "Protect website forms with a challenge and rate limit, and follow Yandex's requirements for mailing lists.",
    ],
    related: ['yandex-spam-statistics'],
    sources: [YANDEX_SPAM, YANDEX_BOUNCES],
    undocumented:
      'Yandex publishes no review form for this verdict; its page only explains it.',
    confidence: 'med',
  },
  {
    id: 'yandex-spam-statistics',
    provider: 'yandex',
    title: 'Yandex: blocked by spam statistics (24-hour block)',
    match: {
      providers: ['yandex'],
      text: ['Blocked\\s+by\\s+spam\\s+statistics'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '554 5.7.1 Blocked by spam statistics - see https://yandex.com/support/mail/bounces/yandex.html',
    happening:
      'Almost everything Yandex received from your mailbox or server recently was spam, so it refuses mail from it for 24 hours.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.5 },
      { cause: 'content-or-links-flagged', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Change the passwords of any account that sent the spam and check the server for abused scripts before the block ends.',
    ],
    related: ['yandex-spam'],
    sources: [YANDEX_SPAM],
    confidence: 'med',
  },
];
