import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A caller number as Haven keeps it: E.164 when it can be read, else the trimmed text. */
export interface CallerNumber {
  e164: string | null;
  display: string;
  satellite: 'thuraya' | 'iridium' | 'inmarsat' | null;
}

// Satellite networks have their own "country" codes; a hotline must know it is talking to a sat phone.
const SATELLITE: [string, CallerNumber['satellite']][] = [
  ['+88216', 'thuraya'],
  ['+8816', 'iridium'],
  ['+870', 'inmarsat'],
];

/** Normalise a caller number to E.164 (libphonenumber) and recognise satellite networks. Never throws. */
export function normalizeCaller(text: string): CallerNumber {
  const trimmed = text.trim();
  const international = trimmed.replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(international.startsWith('+') ? international : `+${international}`);
  const e164 = parsed?.isPossible()
    ? parsed.number
    : /^\+\d{6,15}$/.test(international.replace(/[\s().-]/g, ''))
      ? international.replace(/[\s().-]/g, '')
      : null;
  const satellite = e164 ? (SATELLITE.find(([p]) => e164.startsWith(p))?.[1] ?? null) : null;
  return { e164, display: e164 ?? trimmed, satellite };
}
