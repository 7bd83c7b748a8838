/**
 * Signatures for the North-American ISPs (Comcast, Cox, Spectrum,
 * GoDaddy) and the European and other mailbox providers (Orange,
 * La Poste, GMX, T-Online, Mail.ru, Yandex, QQ). Tag-keyed entries come
 * first, then those recognised by their wording only; within a provider
 * the narrower entry comes first, since ties go to the earlier one.
 */
import type { Signature } from '../../schema';
import { comcastBlocklistSignatures } from './comcast-blocklists';
import { comcastNetworkSignatures } from './comcast-network';
import { comcastPolicySignatures } from './comcast-policy';
import { coxBlockSignatures } from './cox-blocks';
import { coxCheckSignatures } from './cox-checks';
import { gmxSignatures } from './gmx';
import { godaddyBlockSignatures } from './godaddy-blocks';
import { godaddySenderSignatures } from './godaddy-sender';
import { laposteSignatures } from './laposte';
import { mailRuYandexSignatures } from './mail-ru-yandex';
import { orangeSignatures } from './orange';
import { spectrumBlockSignatures } from './spectrum-blocks';
import { spectrumLimitSignatures } from './spectrum-limits';
import { tencentSignatures } from './tencent';
import { tOnlineSignatures } from './t-online';

export const ispSignatures: readonly Signature[] = [
  ...comcastBlocklistSignatures,
  ...comcastNetworkSignatures,
  ...comcastPolicySignatures,
  ...coxBlockSignatures,
  ...coxCheckSignatures,
  ...spectrumBlockSignatures,
  ...spectrumLimitSignatures,
  ...godaddySenderSignatures,
  ...godaddyBlockSignatures,
  ...orangeSignatures,
  ...laposteSignatures,
  ...gmxSignatures,
  ...tOnlineSignatures,
  ...mailRuYandexSignatures,
  ...tencentSignatures,
];
