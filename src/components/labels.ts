/** Words the screens use for the knowledge base's codes. */
import type { MessageKind } from '../engine/reading';
import { PROVIDERS } from '../knowledge/providers';
import type { Actor, Severity, Topic } from '../knowledge/vocabulary';

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const ACTOR_LABEL: Record<Actor, string> = {
  sender: 'You, the sender',
  'recipient-admin': "The recipient's mail administrator",
  provider: 'The receiving provider',
};

/** What a message that is not a bounce is, and what to do about it. */
export const KIND_EXPLAINED: Record<
  Exclude<MessageKind, 'bounce'>,
  { title: string; text: string }
> = {
  feedback: {
    title: 'This is a feedback report, not a bounce',
    text: 'A mailbox provider is telling you that one of its users marked your message as spam (an ARF report). The message was delivered. Stop mailing that person and look at why they complained.',
  },
  'auto-reply': {
    title: 'This is an automatic reply, not a bounce',
    text: 'The message was delivered and the recipient’s mailbox answered by itself, for example with an out-of-office note. There is nothing to fix.',
  },
  'delivery-notice': {
    title: 'This is a delivery notice, not a failure',
    text: 'The mail system is reporting progress: the message was delivered, relayed, or is delayed and still being retried. Check again later if it was delayed.',
  },
  'not-bounce': {
    title: 'This does not look like a bounce',
    text: 'Bounce Triage found no failed recipient, reply code or delivery report in it. Paste the whole bounce message, or the line from your mail log with the server’s reply.',
  },
};

/** The name people know a provider by. */
export function providerName(id: string | null): string {
  if (!id) return 'Not identified';
  return PROVIDERS.find((p) => p.id === id)?.name ?? id;
}

export const TOPIC_TITLE: Record<Topic, string> = {
  volume: 'Sending volume',
  authentication: 'Authentication',
  compromise: 'Compromise',
  'list-hygiene': 'List hygiene',
  infrastructure: 'Your sending infrastructure',
  content: 'Message content',
  recipient: "The recipient's side",
};
