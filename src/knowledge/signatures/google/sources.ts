/**
 * Google's own pages that the Gmail signatures cite, named once so each
 * entry points at the same title and address.
 */
import type { Source } from '../../schema';

/** Google's table of SMTP replies, the primary source for every row. */
export const GMAIL_SMTP_ERRORS: Source = {
  title: 'Google Workspace Admin Help: SMTP error reference',
  url: 'https://support.google.com/a/answer/3726730',
};

export const GMAIL_SENDER_GUIDELINES: Source = {
  title: 'Gmail Help: Email sender guidelines',
  url: 'https://support.google.com/mail/answer/81126',
};

export const GMAIL_SENDER_FAQ: Source = {
  title: 'Google Workspace Admin Help: Email sender guidelines FAQ',
  url: 'https://support.google.com/a/answer/14229414',
};

export const GMAIL_BLOCKED_MESSAGES: Source = {
  title: 'Gmail Help: Why has Gmail blocked my messages?',
  url: 'https://support.google.com/mail/answer/188131',
};

export const WORKSPACE_RELAY_ERRORS: Source = {
  title: 'Google Workspace Admin Help: SMTP relay service error messages',
  url: 'https://support.google.com/a/answer/6140680',
};

export const GOOGLE_APP_PASSWORDS: Source = {
  title: 'Google Account Help: Sign in with app passwords',
  url: 'https://support.google.com/accounts/answer/185833',
};

export const GOOGLE_POSTMASTER_TOOLS: Source = {
  title: 'Google Postmaster Tools',
  url: 'https://postmaster.google.com',
};
