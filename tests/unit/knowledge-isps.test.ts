import { describe, expect, it } from 'vitest';

import { bestSignature } from '../../src/engine/classify/match';
import type { MatchFacts } from '../../src/engine/classify/match';
import { ispFixes } from '../../src/knowledge/fixes/isps';
import { OFFICIAL_DOMAINS } from '../../src/knowledge/official-domains';
import { fixSchema, signatureSchema } from '../../src/knowledge/schema';
import { ispSignatures } from '../../src/knowledge/signatures/isps';

/** Route fixes defined by other helpers that ISP signatures may name. */
const SHARED_FIXES = ['request-spamhaus-removal', 'request-cloudmark-reset'];

/** Generic and blocklist signatures written by other helpers. */
const SHARED_SIGNATURES = [
  'spamhaus-zen-listing',
  'spamhaus-dbl-listing',
  'spamhaus-pbl-listing',
  'cloudmark-csi-listing',
  'generic-user-unknown',
  'generic-dmarc-reject',
  'generic-rdns-required',
];

function factsOf(
  diagnostic: string,
  provider: string | null = null,
): MatchFacts {
  const reply = /^\s*([245]\d\d)[\s-]/.exec(diagnostic);
  const status = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?!\.?\d)/.exec(
    diagnostic,
  );
  return {
    diagnostic,
    replyCode: reply?.[1] ?? null,
    status: status?.[1] ?? null,
    provider,
  };
}

function bestId(diagnostic: string, provider: string | null): string | null {
  return (
    bestSignature(factsOf(diagnostic, provider), ispSignatures)?.signature.id ??
    null
  );
}

describe('ISP knowledge: shape', () => {
  it.each(ispSignatures.map((s) => [s.id, s] as const))(
    'signature %s parses',
    (_id, signature) => {
      expect(signatureSchema.safeParse(signature).error).toBeUndefined();
    },
  );

  it.each(ispFixes.map((f) => [f.id, f] as const))(
    'fix %s parses',
    (_id, fix) => {
      expect(fixSchema.safeParse(fix).error).toBeUndefined();
    },
  );

  it('has unique ids', () => {
    const ids = [...ispSignatures, ...ispFixes].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names only fixes and related signatures that exist', () => {
    const fixIds = new Set([...ispFixes.map((f) => f.id), ...SHARED_FIXES]);
    const sigIds = new Set([
      ...ispSignatures.map((s) => s.id),
      ...SHARED_SIGNATURES,
    ]);
    for (const s of ispSignatures) {
      for (const f of s.fixes) expect(fixIds, s.id).toContain(f);
      for (const r of s.related) expect(sigIds, s.id).toContain(r);
    }
  });

  it('links only to official hosts', () => {
    const hosts = new Set<string>(OFFICIAL_DOMAINS);
    const links = [
      ...ispSignatures.flatMap((s) => s.sources),
      ...ispFixes.flatMap((f) => f.links),
    ];
    for (const link of links) expect(hosts).toContain(new URL(link.url).host);
  });

  it('compiles every text pattern', () => {
    for (const s of ispSignatures) {
      for (const t of s.match.text ?? [])
        expect(() => new RegExp(t)).not.toThrow();
    }
  });
});

describe('ISP knowledge: each example finds its own signature', () => {
  it.each(ispSignatures.map((s) => [s.id, s] as const))('%s', (id, s) => {
    expect(bestId(s.example, s.match.providers?.[0] ?? null)).toBe(id);
  });
});

/** Splits a `a | b | c` table, one case a line; the last cell keeps pipes. */
function table(text: string, cells: number): string[][] {
  return text
    .trim()
    .split('\n')
    .map((row) => {
      const parts = row.split(' | ');
      return [...parts.slice(0, cells - 1), parts.slice(cells - 1).join(' | ')];
    });
}

const orNull = (cell: string | undefined): string | null =>
  !cell || cell === '-' ? null : cell;

/**
 * Wire text from reference rows 87–104: provider as the reader names it,
 * expected signature, diagnostic.
 */
const REFERENCE_LINES = table(
  `
comcast | comcast-bl000000 | 554 resimta-po-09v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000
comcast | comcast-bl000001 | 554 found on one or more DNSBLs BL000001
comcast | comcast-bl000010 | 554 found on one or more DNSBLs BL000010
comcast | comcast-bl000100 | 554 found on one or more DNSBLs BL000100
comcast | comcast-bl-multiple-lists | 554 found on one or more DNSBLs BL000011
comcast | comcast-es000001 | 550 ES000001
comcast | comcast-es000010 | 550 ES000010
comcast | comcast-ptr-required | 554 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry
comcast | comcast-rdns-failure | 421 mx.comcast.net Reverse DNS failure : Try again later
comcast | comcast-dm000001 | 550 5.2.0 DM000001 Message rejected due to DMARC.
comcast | comcast-rl000003 | 421 4.1.0 Throttled - try again later RL000003
comcast | comcast-too-many-sessions | 421 Too many sessions opened
cox | cox-cxbl | 550 5.1.0 <bounce@example.com> sender rejected. AUP#CXBL
cox | cox-cdrbl | 550 5.1.0 <bounce@example.com> sender rejected. AUP#CDRBL
cox | cox-cxdns | 550 5.1.0 <bounce@example.com> sender rejected. AUP#CXDNS
cox | cox-cxsndr | 550 5.1.0 <bounce@example.com> sender rejected. AUP#CXSNDR
cox | cox-ipbl-spamhaus | 550 5.1.0 <bounce@example.com> sender rejected. AUP#IPBL0001
cox | cox-ipbl-cloudmark | 550 5.1.0 <bounce@example.com> sender rejected. AUP#IPBL1000
cox | cox-ipbl-multiple | 550 5.1.0 <bounce@example.com> sender rejected. AUP#IPBL0101
spectrum | spectrum-aup-in-1310 | 550 5.1.0 <b@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310
spectrum | spectrum-aup-in-1000 | 550 5.1.0 sender rejected. AUP#In-1000
spectrum | spectrum-aup-in-1100 | 550 5.1.0 sender rejected. AUP#In-1150
spectrum | spectrum-aup-in-1200 | 550 5.1.0 sender rejected. AUP#In-1210
spectrum | spectrum-aup-in-1220 | 550 5.1.0 sender rejected. AUP#In-1250
spectrum | spectrum-aup-in-1260 | 550 5.1.0 sender rejected. AUP#In-1260
spectrum | spectrum-aup-in-1350 | 550 5.1.0 sender rejected. AUP#In-1490
godaddy | godaddy-ib104 | 554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104
godaddy | godaddy-ib108 | 421 Temporarily rejected. Reverse DNS for this IP failed. IB108
godaddy | godaddy-ib508 | 550 user@example.com is not allowed to send per it's SPF Record. IB508
godaddy | godaddy-ib607 | 550 5.1.1 <u@example.com> - 192.0.2.5 has sent to too many recipients this hour. IB607
orange | orange-ofr006-102 | 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.4 [102]
orange | orange-ofr004-405 | 501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]
orange | orange-ofr-999 | 421 Service refuse. Veuillez essayer plus tard. OFR_999 [999]
laposte | laposte-lpn007-402 | 550 5.7.20 Message refused, DKIM is not configured on your sending domain. LPN007_402
laposte | laposte-lpn007-517 | 550 5.7.1 Message refuse, verification DMARC en echec
gmx | gmx-bad-ptr | 554-Bad DNS PTR resource record
gmx | gmx-policy-ip | 554-Reject due to policy restrictions (IP based)
gmx | gmx-spf-policy | 550 <u@example.com>: Reject due to SPF policy
gmx | gmx-ip-block-listed | 554-IP address is block listed.
t-online | t-online-bl | 554 IP=192.0.2.4 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)
t-online | t-online-spam-content | 550 5.7.0 Message considered as spam or virus, rejected
mail-ru | mail-ru-spam | 550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbC
mail-ru | mail-ru-dmarc | 550 5.7.1 This message was not accepted due to domain (example.com) owner DMARC policy (RFC 7489)
yandex | yandex-spam | 554 5.7.1 [1] Message rejected under suspicion of SPAM
tencent | tencent-ip-frequency-limited | 550 Ip frequency limited
tencent | tencent-sender-frequency-limited | 550 Domain frequency limited
tencent | tencent-sender-frequency-limited | 550 Sender frequency limited
tencent | tencent-dmarc-check-failed | 550 DMARC check failed
`,
  3,
);

describe('ISP knowledge: wire lines from the reference', () => {
  it.each(REFERENCE_LINES)('%s → %s', (provider, expected, line) => {
    expect(bestId(line, orNull(provider))).toBe(expected);
  });

  it.each(REFERENCE_LINES)('no provider, %s → %s', (_p, expected, line) => {
    expect(bestId(line, null)).toBe(expected);
  });
});

/**
 * Diagnostic text as it stands in ../shared/corpus emails (unwrapped):
 * file, provider, expected signature ("-" for none), diagnostic. The
 * lhost files are bounces *sent by* GMX, Mail.ru and Yandex about other
 * hosts, so none of those providers' signatures may claim them.
 */
const CORPUS_LINES = table(
  `
rhost-cox-01 | cox | cox-cdrbl | 550 5.1.0 <bounce@mailer.cnt1.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL
rhost-spectrum-01 | spectrum | spectrum-aup-in-1310 | 550 5.1.0 <010001725d8ad4fc-000000@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310
rhost-godaddy-03 | godaddy | godaddy-ib607 | 550 5.1.1 <kijitora@example.com>  - 203.0.113.222 has sent to too many recipients this hour. IB607  <http://x.co/rlbounce>
rhost-franceptt-02 | laposte | laposte-lpn007-416 | 550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416
rhost-franceptt-03 | orange | orange-ofr-506 | 550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]
rhost-franceptt-05 | laposte | laposte-lpn007-426 | 550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426
rhost-franceptt-07 | orange | orange-ofr-999 | 421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]
rhost-franceptt-08 | orange | orange-ofr005-505 | 421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]
rhost-franceptt-11 | laposte | laposte-lpn006-107 | 220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107
rhost-franceptt-12 | laposte | laposte-lpn000-630 | 554 5.7.1 <xxxx.xxxx.net[#.#.#.#]:49309>: Client host rejected: #216 lpn LPN000_630
rhost-tencent-01 | tencent | tencent-ip-frequency-limited | 550 Ip frequency limited [V2VkIEFwciAgMyAxNjozNjo1OSBKU1QgMjAxOQo=/RkNGMjlFQTVEQ0E Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725
rhost-tencent-03 | tencent | tencent-dmarc-check-failed | 550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.
lhost-gmx-03 | - | - | 5.2.1 <mikeneko@example.co.jp>... User Unknown
lhost-gmx-04 | - | - | delivery retry timeout exceeded
lhost-mailru-03 | - | - | 550 5.2.2 <mikeneko@example.jp>... Mailbox Full
lhost-mailru-05 | - | - | an MX or SRV record indicated no SMTP service
lhost-mailru-06 | - | - | Unrouteable address
lhost-mailru-08 | - | - | 550 <otsu@ezweb.ne.jp>: User unknown
lhost-mailru-09 | - | - | 501 5.1.8 Sender address rejected
lhost-yandex-01 | - | - | 550 5.1.1 <kijitora@example.jp>... User Unknown
lhost-yandex-03 | - | - | connect to 6jo.example.jp[192.0.2.79]:25: Connection timed out
`,
  4,
);

describe('ISP knowledge: corpus diagnostics', () => {
  it.each(CORPUS_LINES)('%s', (_file, provider, expected, line) => {
    expect(bestId(line, orNull(provider))).toBe(orNull(expected));
  });
});
