/**
 * Yahoo's own pages that the Yahoo and AOL signatures cite.
 */
import type { Source } from '../../schema';

/** Yahoo's published list of SMTP error codes for senders. */
export const YAHOO_SMTP_ERRORS: Source = {
  title: 'Yahoo Sender Hub: SMTP error codes',
  url: 'https://senders.yahooinc.com/smtp-error-codes/',
};

export const YAHOO_SENDER_HUB: Source = {
  title: 'Yahoo Sender Hub',
  url: 'https://senders.yahooinc.com/',
};

export const YAHOO_SENDER_REQUEST: Source = {
  title: 'Yahoo Postmaster: sender support request',
  url: 'https://postmaster.yahooinc.com/sender-request',
};

export const YAHOO_FEEDBACK_LOOP: Source = {
  title: 'Yahoo Sender Hub: Complaint Feedback Loop',
  url: 'https://senders.yahooinc.com/complaint-feedback-loop',
};
