/**
 * Replies from smtp.gmail.com when a mail program or server signs in to
 * send through a Google account: wrong credentials, an app password or
 * OAuth needed, or TLS not started.
 */
import type { Signature } from '../../schema';
import { GMAIL_SMTP_ERRORS, GOOGLE_APP_PASSWORDS } from './sources';

export const gmailSubmission: readonly Signature[] = [
  {
    id: 'gmail-535-5-7-8-credentials-rejected',
    provider: 'gmail',
    title: 'Gmail 535 5.7.8: Username and Password not accepted (SMTP AUTH)',
    match: {
      providers: ['gmail'],
      replyCodes: ['535'],
      statuses: ['5.7.8', '5.7.1'],
      text: ['Username\\s+and\\s+Password\\s+not\\s+accepted'],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials e1f2a3b4c5d7.40 - gsmtp',
    happening:
      'Your mail program or server tried to sign in to Google to send, and Google refused the user name and password. With 2-Step Verification on, the normal account password is never accepted here.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['set-up-gmail-smtp-submission'],
    prevent: [
      'Use OAuth sign-in where the program supports it, so password changes do not break sending.',
    ],
    related: [
      'gmail-534-5-7-9-app-password-required',
      'generic-smtp-auth-failed',
    ],
    sources: [GMAIL_SMTP_ERRORS, GOOGLE_APP_PASSWORDS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-534-5-7-9-app-password-required',
    provider: 'gmail',
    title: 'Gmail 534 5.7.9: application-specific password required',
    match: {
      providers: ['gmail'],
      replyCodes: ['534', '535'],
      statuses: ['5.7.9', '5.7.14', '5.7.1'],
      text: [
        'Application-specific\\s+password\\s+required',
        'log\\s+in\\s+(?:with|through)\\s+your\\s+web\\s+browser',
      ],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '534 5.7.9 Application-specific password required. For more information, go to https://support.google.com/mail/?p=InvalidSecondFactor f2a3b4c5d6e8.41 - gsmtp',
    happening:
      'The Google account uses 2-Step Verification, so a program that signs in with a plain password must use an app password instead, or sign in with OAuth. A "log in with your web browser" reply means Google wants the owner to confirm the sign-in first.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['set-up-gmail-smtp-submission'],
    prevent: [
      'Give each program its own app password, so one can be revoked without breaking the others.',
    ],
    related: [
      'gmail-535-5-7-8-credentials-rejected',
      'generic-smtp-auth-failed',
    ],
    sources: [GMAIL_SMTP_ERRORS, GOOGLE_APP_PASSWORDS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-530-5-7-0-starttls-first',
    provider: 'gmail',
    title: 'Gmail 530 5.7.0: Must issue a STARTTLS command first',
    match: {
      providers: ['gmail'],
      replyCodes: ['530'],
      statuses: ['5.7.0'],
      // Every MTA says these words: they mean Gmail only from Gmail.
      requireProvider: true,
      text: ['Must\\s+issue\\s+a\\s+STARTTLS\\s+command\\s+first'],
    },
    reason: 'failedstarttls',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '530 5.7.0 Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications. a3b4c5d6e7f9.42 - gsmtp',
    happening:
      'The program tried to sign in or send before switching the connection to TLS. Google only accepts these commands on an encrypted connection.',
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.7 },
      { cause: 'tls-not-offered', prior: 0.3 },
    ],
    fixes: ['set-up-gmail-smtp-submission'],
    prevent: [
      'Configure submission on port 587 with STARTTLS, or port 465 with TLS from the start, never plain port 25.',
    ],
    related: ['generic-starttls-required', 'generic-smtp-auth-failed'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
];
