/**
 * The whole knowledge base, imported in one go. For Node (the command
 * line, tests, benchmarks); the page uses `loadKnowledge` instead.
 */
import { catalogue } from './catalogue';
import type { Knowledge } from './index';
import { SIGNATURES } from './signatures';

export const knowledge: Knowledge = { signatures: SIGNATURES, ...catalogue };
