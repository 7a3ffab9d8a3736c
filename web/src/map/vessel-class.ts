import type { VesselPosition } from '../../../shared/domain/vessel';

/** A report older than this is drawn faded: the vessel may be elsewhere by now. */
export const VESSEL_STALE_MS = 10 * 60_000;

/** Whether a report is too old to trust where it puts the vessel. */
export function isStale(v: VesselPosition, now = Date.now()): boolean {
  return now - new Date(v.at).getTime() > VESSEL_STALE_MS;
}

/** How the map draws and filters a vessel: by what it is to a rescue, not by AIS detail. */
export type VesselClass = 'sart' | 'rescue' | 'aircraft' | 'merchant' | 'fishing' | 'sailing' | 'other';

/** Every class, most urgent first (the order of the legend and of the accessible list). */
export const VESSEL_CLASSES: readonly VesselClass[] = [
  'sart',
  'rescue',
  'aircraft',
  'merchant',
  'fishing',
  'sailing',
  'other',
];

/** What the legend, the filter and the tooltip call each class. */
export const CLASS_LABELS: Record<VesselClass, string> = {
  sart: 'AIS-SART alarm',
  rescue: 'Rescue asset',
  aircraft: 'SAR aircraft',
  merchant: 'Merchant',
  fishing: 'Fishing',
  sailing: 'Sailing, pleasure',
  other: 'Other vessel',
};

/**
 * The distress device an MMSI belongs to (ITU-R M.585: 970 AIS-SART, 972 man overboard, 974
 * EPIRB-AIS), or null. All three mean people in the water or a vessel in distress.
 */
export function alarmDevice(mmsi: string): string | null {
  // Character codes, not slices: this runs for every report of every vessel.
  if (mmsi.length !== 9 || mmsi.charCodeAt(0) !== 57 || mmsi.charCodeAt(1) !== 55) return null;
  switch (mmsi.charCodeAt(2)) {
    case 48:
      return 'AIS-SART';
    case 50:
      return 'MOB device';
    case 52:
      return 'EPIRB-AIS';
    default:
      return null;
  }
}

/** The class of a report; alarms first, so nothing hides a distress beacon. */
export function vesselClass(v: Pick<VesselPosition, 'mmsi' | 'kind' | 'shiptype' | 'sart'>): VesselClass {
  if (v.sart || alarmDevice(v.mmsi)) return 'sart';
  if (v.kind === 'aircraft') return 'aircraft';
  // 51 is "search and rescue vessel": a coast guard cutter is a rescue asset even if not ours.
  if (v.kind === 'rescue' || v.shiptype === 51) return 'rescue';
  const t = v.shiptype;
  if (t === undefined) return 'other';
  if (t === 30) return 'fishing';
  if (t === 36 || t === 37) return 'sailing';
  if (t >= 60 && t <= 89) return 'merchant';
  return 'other';
}

const SHIPTYPE_NAMES: Record<number, string> = {
  30: 'fishing',
  31: 'towing',
  32: 'towing, large',
  33: 'dredging',
  34: 'diving',
  35: 'military',
  36: 'sailing',
  37: 'pleasure craft',
  50: 'pilot',
  51: 'search and rescue',
  52: 'tug',
  53: 'port tender',
  54: 'anti-pollution',
  55: 'law enforcement',
  58: 'medical transport',
  59: 'non-combatant',
};

/** The AIS ship type in words ("cargo", "tanker"…), or null when unknown or reserved. */
export function shiptypeName(t: number | undefined): string | null {
  if (t === undefined || t === 0) return null;
  if (SHIPTYPE_NAMES[t]) return SHIPTYPE_NAMES[t];
  const decade = Math.floor(t / 10);
  return (
    (
      {
        2: 'wing in ground',
        4: 'high-speed craft',
        6: 'passenger',
        7: 'cargo',
        8: 'tanker',
        9: 'other type',
      } as Record<number, string>
    )[decade] ?? null
  );
}
