/**
 * Everything in the knowledge base except the signatures: causes,
 * questions, fixes and the fallback causes per reason. One chunk, loaded
 * beside the signatures once a bounce has been pasted.
 */
import { causes } from './causes';
import { commonFixes } from './fixes/common';
import { ispFixes } from './fixes/isps';
import { mailboxProviderFixes } from './fixes/mailbox-providers';
import { microsoftFixes } from './fixes/microsoft';
import { securityFixes } from './fixes/security';
import type { Knowledge } from './index';
import { questions } from './questions';
import { reasonCauses } from './reason-causes';

/** The knowledge base minus its signatures. */
export type Catalogue = Omit<Knowledge, 'signatures'>;

export const catalogue: Catalogue = {
  causes,
  questions,
  fixes: [
    ...commonFixes,
    ...microsoftFixes,
    ...mailboxProviderFixes,
    ...ispFixes,
    ...securityFixes,
  ],
  reasonCauses,
};
