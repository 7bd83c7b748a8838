/**
 * The words the whole product shares. Reasons are Sisimai's 2025–26
 * vocabulary, so a reading can be compared with that library's verdicts.
 */

/** Why a recipient bounced, in Sisimai's vocabulary. */
export const REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'emailtoolarge',
  'exceedlimit',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'networkerror',
  'norelaying',
  'notaccept',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'ratelimited',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const;

/** Why a recipient bounced, in Sisimai's vocabulary. */
export type Reason = (typeof REASONS)[number];

/** How bad a signature is for the sender's mail flow. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who has to act to clear a bounce. */
export const ACTORS = ['sender', 'recipient-admin', 'provider'] as const;
export type Actor = (typeof ACTORS)[number];

/** The order a postmaster works in; the checklist follows it. */
export const PHASES = [
  'contain',
  'fix',
  'request-review',
  'monitor',
  'prevent',
] as const;
export type Phase = (typeof PHASES)[number];

/** What a diagnostic question is about. */
export const TOPICS = [
  'volume',
  'authentication',
  'compromise',
  'list-hygiene',
  'infrastructure',
  'content',
  'recipient',
] as const;
export type Topic = (typeof TOPICS)[number];

/** How sure the reference is of a signature's facts. */
export const CONFIDENCES = ['hi', 'med', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
