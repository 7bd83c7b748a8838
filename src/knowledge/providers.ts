/**
 * The mail systems Bounce Triage can name as the receiving side, and how
 * to recognise them from the remote host name or the bounce text.
 */
export interface Provider {
  /** Stable id, used by signatures and in the command-line output. */
  id: string;
  /** The name people know it by. */
  name: string;
  /** Host-name suffixes of its inbound servers, lower case. */
  hosts: readonly string[];
  /** Case-insensitive patterns in the bounce text that name it. */
  text: readonly string[];
}

export const PROVIDERS = [
  {
    id: 'outlook-com',
    name: 'Outlook.com (Hotmail, Live, MSN)',
    hosts: ['olc.protection.outlook.com', 'hotmail.com', 'msn.com', 'live.com'],
    text: [
      'outlook\\.com',
      'hotmail',
      '\\bOU-00\\d',
      '\\b(?:SC|DY|RP)-00\\d',
      '\\bS31[45]0\\b',
      'postmaster\\.live\\.com',
    ],
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 (Exchange Online)',
    hosts: ['protection.outlook.com', 'outlook.com', 'office365.com'],
    text: [
      'sender\\.office\\.com',
      'messaging\\.microsoft\\.com',
      'protection\\.outlook\\.com',
      'RESOLVER\\.[A-Z]+\\.',
    ],
  },
  {
    id: 'gmail',
    name: 'Gmail and Google Workspace',
    hosts: ['google.com', 'googlemail.com', 'gmail.com', 'l.google.com'],
    text: ['gsmtp\\b', 'support\\.google\\.com', '\\bgmail\\b'],
  },
  {
    id: 'yahoo',
    name: 'Yahoo and AOL',
    hosts: ['yahoodns.net', 'yahoo.com', 'aol.com', 'yahoo.co.jp'],
    text: [
      'senders\\.yahooinc\\.com',
      'postmaster\\.yahooinc\\.com',
      '\\[TSS?\\d\\d\\]',
      'yahoo',
      '\\bRLY:',
    ],
  },
  {
    id: 'icloud',
    name: 'Apple iCloud Mail',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    text: ['\\[(?:CS|HM|BS)\\d\\d\\]', 'icloud', 'support\\.apple\\.com'],
  },
  {
    id: 'comcast',
    name: 'Comcast (Xfinity)',
    hosts: ['comcast.net'],
    text: ['comcast', '\\b(?:BL|ES|RL|DM)0{3}\\d{3}\\b'],
  },
  {
    id: 'cox',
    name: 'Cox',
    hosts: ['cox.net'],
    text: ['AUP#C[A-Z]', 'cox\\.com'],
  },
  {
    id: 'spectrum',
    name: 'Spectrum (Charter)',
    hosts: ['charter.net', 'rr.com', 'spectrum.net'],
    text: ['AUP#In-\\d', 'spectrum\\.net'],
  },
  {
    id: 'godaddy',
    name: 'GoDaddy',
    hosts: ['secureserver.net'],
    text: ['\\bIB\\d{3}\\b', 'secureserver'],
  },
  {
    id: 'orange',
    name: 'Orange',
    hosts: ['orange.fr', 'wanadoo.fr'],
    text: ['\\bOFR\\d*_\\d{3}', 'orange\\.fr'],
  },
  {
    id: 'laposte',
    name: 'La Poste',
    hosts: ['laposte.net'],
    text: ['\\bLPN\\d*_\\d{3}', 'laposte'],
  },
  {
    id: 'gmx',
    name: 'GMX, WEB.DE and mail.com',
    hosts: ['gmx.net', 'gmx.com', 'web.de', 'mail.com', 'kundenserver.de'],
    text: ['gmx\\.', 'web\\.de'],
  },
  {
    id: 't-online',
    name: 'T-Online',
    hosts: ['t-online.de'],
    text: ['t-online\\.de'],
  },
  {
    id: 'mail-ru',
    name: 'Mail.ru',
    hosts: ['mail.ru'],
    text: ['mail\\.ru'],
  },
  {
    id: 'yandex',
    name: 'Yandex',
    hosts: ['yandex.ru', 'yandex.net', 'yandex.com'],
    text: ['yandex'],
  },
  {
    id: 'tencent',
    name: 'QQ Mail (Tencent)',
    hosts: ['qq.com', 'exmail.qq.com'],
    text: ['service\\.mail\\.qq\\.com', 'frequency limited'],
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint',
    hosts: ['pphosted.com', 'ppe-hosted.com'],
    text: ['proofpoint'],
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    hosts: ['mimecast.com'],
    text: ['mimecast'],
  },
  {
    id: 'barracuda',
    name: 'Barracuda',
    hosts: ['barracudanetworks.com', 'ess.barracuda.com'],
    text: ['barracuda'],
  },
  {
    id: 'cisco',
    name: 'Cisco Secure Email (IronPort)',
    hosts: ['iphmx.com'],
    text: ['ironport'],
  },
  {
    id: 'trend-micro',
    name: 'Trend Micro',
    hosts: ['trendmicro.com', 'tmes.trendmicro.eu'],
    text: ['trend micro', '\\bERS-'],
  },
  {
    id: 'broadcom',
    name: 'Broadcom Email Security.cloud',
    hosts: ['messagelabs.com'],
    text: ['messagelabs', 'symantec'],
  },
] as const satisfies readonly Provider[];

/** One of the providers Bounce Triage can name. */
export type ProviderId = (typeof PROVIDERS)[number]['id'];
