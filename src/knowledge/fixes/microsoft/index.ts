/** Every Microsoft-specific fix: Outlook.com and Microsoft 365 routes. */
import type { Fix } from '../../schema';
import { microsoft365DelistFixes } from './microsoft-365-delist';
import { microsoft365TenantFixes } from './microsoft-365-tenant';
import { outlookComFixes } from './outlook-com';

export const microsoftFixes: readonly Fix[] = [
  ...outlookComFixes,
  ...microsoft365DelistFixes,
  ...microsoft365TenantFixes,
];
