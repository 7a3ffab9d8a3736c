import type { VesselPosition } from '../../../shared/domain/vessel';
import { h } from '../ui/dom';
import { formatAge, formatLatLon, formatUtc } from '../ui/format';
import { alarmDevice, CLASS_LABELS, isStale, shiptypeName, vesselClass } from './vessel-class';

/** "9.0 kn · course 135°", with "?" for what the report leaves out. */
export function formatMotion(v: VesselPosition): string {
  const course = v.course === null ? '?' : `${String(Math.round(v.course) % 360).padStart(3, '0')}°`;
  return `${v.speed === null ? '?' : v.speed.toFixed(1)} kn · course ${course}`;
}

/**
 * What hovering or selecting a vessel shows: name, class, MMSI, position, speed and course,
 * altitude for aircraft, age and staleness. Built when shown, so the age is the age now; names
 * go in as text, never markup.
 */
export function vesselTooltip(v: VesselPosition, own: boolean, now = Date.now()): HTMLElement {
  const cls = vesselClass(v);
  const stale = isStale(v, now);
  const device = alarmDevice(v.mmsi);
  const type = shiptypeName(v.shiptype);
  return h(
    'div',
    { 'data-testid': 'vessel-tooltip', dataset: { mmsi: v.mmsi, class: cls } },
    cls === 'sart' ? h('div', { class: 'alarm-line' }, `⚠ ${device ?? 'AIS-SART'} ALARM: persons in distress`) : null,
    h('strong', {}, v.name ?? 'name unknown'),
    ' ',
    h('span', { class: `badge class-${cls}` }, CLASS_LABELS[cls]),
    own ? h('span', { class: 'badge own' }, 'your vessel') : null,
    h('div', { class: 'mono' }, `MMSI ${v.mmsi}`, type ? h('span', { class: 'muted' }, ` · ${type}`) : null),
    h('div', { class: 'mono' }, formatLatLon(v.lat, v.lon)),
    h(
      'div',
      {},
      formatMotion(v),
      v.kind === 'aircraft'
        ? ` · altitude ${v.alt === null || v.alt === undefined ? '?' : `${Math.round(v.alt)} m`}`
        : '',
    ),
    h(
      'div',
      { class: stale ? 'warning' : 'muted' },
      `Reported ${formatAge(v.at, now)} (${formatUtc(v.at).slice(11)}) by ${v.source}`,
      stale ? ' · STALE: it may have moved on' : '',
    ),
  );
}
