/**
 * Every diagnostic question, grouped by topic in the order a postmaster
 * would usually check: volume, authentication, compromise, the list,
 * the server, the message, then the recipient's side.
 */
import type { Question } from '../schema';
import { authenticationQuestions } from './authentication';
import { compromiseQuestions } from './compromise';
import { contentQuestions } from './content';
import { setupQuestions } from './infrastructure-setup';
import { ipQuestions } from './infrastructure-ip';
import { listHygieneQuestions } from './list-hygiene';
import { recipientQuestions } from './recipient';
import { volumeQuestions } from './volume';

export const questions: readonly Question[] = [
  ...volumeQuestions,
  ...authenticationQuestions,
  ...compromiseQuestions,
  ...listHygieneQuestions,
  ...ipQuestions,
  ...setupQuestions,
  ...contentQuestions,
  ...recipientQuestions,
];
