/**
 * Routes for the recipient-side security gateways: the vendor's own
 * review form where one exists, otherwise the recipient's administrator.
 */
import type { Fix } from '../../schema';

export const gatewayRouteFixes: readonly Fix[] = [
  {
    id: 'request-proofpoint-review',
    title: 'Check {ip} at Proofpoint and ask for a review',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open https://ipcheck.proofpoint.com/ and look up {ip}.',
      'If it is blocked, fix what is likely behind it first: a compromised account, a sudden rise in volume, or mail to old or bought addresses.',
      'Submit the review request on the same page with a contact address that does not itself sit behind the blocked server.',
      'Answers can be slow or never come. If the mail is urgent, ask the recipient to have their admin allow {ip} in their Proofpoint settings meanwhile.',
    ],
    links: [
      {
        title: 'Proofpoint IP reputation check and review request',
        url: 'https://ipcheck.proofpoint.com/',
      },
    ],
    causes: [],
  },
  {
    id: 'ask-mimecast-recipient-allow',
    title: "Ask the recipient's Mimecast admin to permit your mail",
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Mimecast applies the policies of the organisation you are writing to, so the decision sits with their administrator.',
      'Reach the recipient another way and send their admin the full bounce, your sending address, {domain} and {ip}.',
      'Ask them to find the rejection in their Mimecast console and, if the mail is wanted, add a Permitted Senders or Auto Allow policy, or adjust the policy that fired.',
      "If you believe Mimecast's own reputation data is wrong, their published error-code guide points to a sender feedback form for a review.",
    ],
    links: [
      {
        title: 'Mimecast SMTP error codes',
        url: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
      },
    ],
    causes: [],
  },
  {
    id: 'ask-recipient-admin-allowlist',
    title: "Ask the recipient's admin to look at their gateway's rejection",
    phase: 'request-review',
    scope: 'signature',
    steps: [
      "The recipient's own mail filter refused the message, so only its administrator can see which rule fired and change it.",
      'Reach the recipient by another channel and forward the bounce, including the time, your sending address, {domain} and {ip}.',
      'Ask whether a rule on their side (a blocked sender, a content rule, a reputation threshold) matched, and to allow your address if the mail is wanted.',
      'Keep fixing anything on your own side the bounce hints at; an allow entry only covers this one recipient.',
    ],
    links: [],
    causes: ['recipient-policy'],
  },
  {
    id: 'ask-recipient-clear-invalid-cache',
    title: 'Ask the recipient to clear the cached "invalid address" entry',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Check the address for typing mistakes first; if it is wrong, this bounce is correct and you should remove it from your list.',
      'If the recipient confirms the address works, ask them to have their mail admin remove it from the gateway list of invalid recipients.',
      'Resend after they confirm; the gateway keeps refusing until the entry is gone.',
    ],
    links: [],
    causes: ['recipient-address-invalid', 'recipient-misconfigured-filter'],
  },
  {
    id: 'check-talos-reputation',
    title: 'Check {ip} in Cisco Talos and ask the recipient to allow it',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Look up {ip} at https://talosintelligence.com/reputation_center and note its email reputation.',
      'A poor score usually follows spam complaints, traps or a compromised account; fix that first.',
      'Talos lets you open a ticket about a score you think is wrong from the same site.',
      'Cisco gateways apply thresholds the recipient chose, so their admin can also allow {ip} while the score recovers.',
    ],
    links: [
      {
        title: 'Cisco Talos reputation center',
        url: 'https://talosintelligence.com/reputation_center',
      },
    ],
    causes: [],
  },
  {
    id: 'request-trend-micro-review',
    title: 'Look up {ip} at Trend Micro ERS and ask for a review',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open https://ers.trendmicro.com/reputations and look up {ip}.',
      'The lookup says which list holds it: RBL+ for spam seen from the address, QIL for a short automatic listing during a burst of bad mail, DUL for a dynamic or home range.',
      'QIL entries lapse after a while by themselves; slow down and stop the burst rather than filing a request.',
      'For RBL+, fix the source of the spam, then use the removal request on the same site. For DUL, send through your provider or use a static address meant for mail.',
    ],
    links: [
      {
        title: 'Trend Micro Email Reputation Services lookup',
        url: 'https://ers.trendmicro.com/reputations',
      },
    ],
    causes: [],
  },
  {
    id: 'request-broadcom-removal',
    title: 'Ask Broadcom (Symantec) to review {ip}',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Open https://ipremoval.sms.symantec.com/ and look up {ip}.',
      'If it is listed, fix the cause first, then submit the removal request there.',
      "If the address is not listed, the rejection came from a rule the recipient's organisation set: ask their admin to check it.",
    ],
    links: [
      {
        title: 'Broadcom Email Security.cloud IP removal',
        url: 'https://ipremoval.sms.symantec.com/',
      },
    ],
    causes: [],
  },
];
