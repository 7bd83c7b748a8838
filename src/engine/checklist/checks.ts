/**
 * Prepared links to public checkers. DNS and blocklist lookups cannot run
 * offline or from the page, so the checklist hands the person the exact
 * lookups to open when they are online.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { StepValues } from './values';

/** A link to a public lookup, filled with a value from the bounce. */
export interface PreparedCheck {
  label: string;
  url: string;
}

const MXTOOLBOX = 'https://mxtoolbox.com/SuperTool.aspx?action=';

function mxtoolbox(action: string, value: string): string {
  return MXTOOLBOX + encodeURIComponent(`${action}:${value}`);
}

function ipChecks(ip: string): PreparedCheck[] {
  return [
    {
      label: `Spamhaus lookup for ${ip}`,
      url: `https://check.spamhaus.org/results/?query=${encodeURIComponent(ip)}`,
    },
    { label: `Blocklist check for ${ip}`, url: mxtoolbox('blacklist', ip) },
  ];
}

function authChecks(values: StepValues): PreparedCheck[] {
  const { domain, selector } = values;
  if (!domain) return [];
  const checks = [
    { label: `SPF record of ${domain}`, url: mxtoolbox('spf', domain) },
    {
      label: `DMARC record at _dmarc.${domain}`,
      url: mxtoolbox('dmarc', domain),
    },
  ];
  if (selector) {
    checks.push({
      label: `DKIM key at ${selector}._domainkey.${domain}`,
      url: mxtoolbox('dkim', `${domain}:${selector}`),
    });
  }
  return checks;
}

const MAIL_TESTER: PreparedCheck = {
  label: 'Send a test message to mail-tester',
  url: 'https://www.mail-tester.com/',
};

/** The lookups worth opening for the causes a fix addresses. */
export function checksFor(
  causes: readonly CauseId[],
  values: StepValues,
): PreparedCheck[] {
  const set = new Set(causes);
  const out: PreparedCheck[] = [];
  const reputation =
    set.has('public-blocklist-listing') ||
    set.has('complaints-spam-traps') ||
    set.has('shared-range-neighbours') ||
    set.has('dynamic-or-residential-ip');
  if (values.ip && reputation) out.push(...ipChecks(values.ip));
  if (values.ip && set.has('reverse-dns-missing')) {
    out.push({
      label: `Reverse DNS (PTR) of ${values.ip}`,
      url: mxtoolbox('ptr', values.ip),
    });
  }
  if (
    set.has('authentication-failing') ||
    set.has('forwarding-breaks-authentication')
  ) {
    out.push(...authChecks(values));
  }
  if (
    set.has('content-or-links-flagged') ||
    set.has('authentication-failing')
  ) {
    out.push(MAIL_TESTER);
  }
  return out;
}
