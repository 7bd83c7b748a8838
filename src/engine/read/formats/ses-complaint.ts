/**
 * Amazon SES forwards a complaint as a JSON notification (often wrapped
 * again, escaped, inside an SNS message). The complainants and the kind
 * of complaint are read with patterns, so the escaping and the line
 * breaks mail systems put into long lines do not matter.
 */
import { blankRecipient, type FoundRecipient } from '../types';

const COMPLAINT = /"notificationType\\?"\s*:\s*\\?"Complaint/;
const RECIPIENTS = /complainedRecipients\\?"\s*:\s*\[([^\]]*)\]/;
const ADDRESS = /emailAddress\\?"\s*:\s*\\?"([^"\\]+@[^"\\]+)/g;
const TYPE = /complaintFeedbackType\\?"\s*:\s*\\?"([\w-]+)/;

/** True when the text carries an SES complaint notification. */
export function isSesComplaint(text: string): boolean {
  return COMPLAINT.test(text);
}

/** One feedback recipient per complaining address. */
export function readSesComplaint(notice: string): FoundRecipient[] {
  if (!isSesComplaint(notice)) return [];
  const list = RECIPIENTS.exec(notice)?.[1] ?? '';
  const type = TYPE.exec(notice)?.[1]?.toLowerCase() ?? 'abuse';
  return [...list.matchAll(ADDRESS)].map((m) => {
    const found = blankRecipient((m[1] ?? '').toLowerCase());
    found.reason = 'feedback';
    found.feedbackType = type;
    found.diagnostic = `complaint: ${type}`;
    return found;
  });
}
