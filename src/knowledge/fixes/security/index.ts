/** Review routes for security gateways and public blocklists. */
import type { Fix } from '../../schema';

import { blocklistRouteFixes } from './blocklist-routes';
import { gatewayRouteFixes } from './gateway-routes';

export const securityFixes: readonly Fix[] = [
  ...blocklistRouteFixes,
  ...gatewayRouteFixes,
];
