import * as L from 'leaflet';
import type { VesselPosition } from '../../../shared/domain/vessel';
import { h } from '../ui/dom';
import { formatAge, formatLatLon, formatUtc } from '../ui/format';
import { DataIcon } from './icons';

/** A report older than this is drawn faded: the vessel may be elsewhere by now. */
export const VESSEL_STALE_MS = 10 * 60_000;
/** How often staleness is re-checked: a vessel that stops reporting fades without any event. */
const RECHECK_MS = 30_000;

const KIND_LABELS: Record<VesselPosition['kind'], string> = {
  vessel: 'Vessel',
  rescue: 'Rescue asset',
  aircraft: 'SAR aircraft',
};

/** Whether a report is too old to trust where it puts the vessel. */
export function isStale(v: VesselPosition, now = Date.now()): boolean {
  return now - new Date(v.at).getTime() > VESSEL_STALE_MS;
}

/**
 * Live vessel and aircraft positions, drawn as arrows turned to their course, by kind (vessel,
 * rescue asset, aircraft), faded when stale. `ownMmsi` (a crew's vessel) is drawn highlighted.
 */
export class VesselLayer {
  private readonly group = L.layerGroup();
  private readonly markers = new Map<string, { marker: L.Marker; v: VesselPosition; key: string }>();
  private latest: readonly VesselPosition[] = [];

  constructor(
    map: L.Map,
    private readonly ownMmsi?: string,
  ) {
    this.group.addTo(map);
    const timer = window.setInterval(() => this.sync(this.latest), RECHECK_MS);
    map.on('unload', () => window.clearInterval(timer));
  }

  /** Makes the markers match the latest positions. */
  sync(vessels: Iterable<VesselPosition>): void {
    // Kept as an array: callers pass a map's values(), which can be walked only once.
    const list = [...vessels];
    this.latest = list;
    const seen = new Set<string>();
    const now = Date.now();
    for (const v of list) {
      seen.add(v.mmsi);
      const key = `${v.at}|${v.lat}|${v.lon}|${v.course}|${v.kind}|${isStale(v, now)}`;
      const cur = this.markers.get(v.mmsi);
      if (cur) {
        cur.v = v;
        if (cur.key === key) continue;
        cur.key = key;
        cur.marker.setLatLng([v.lat, v.lon]).setIcon(this.icon(v, now));
        continue;
      }
      const entry = {
        v,
        key,
        marker: L.marker([v.lat, v.lon], {
          icon: this.icon(v, now),
          keyboard: false,
          zIndexOffset: v.mmsi === this.ownMmsi ? 100 : -100,
        }),
      };
      // Built when shown, so the age is the age now.
      entry.marker.bindTooltip(() => this.label(entry.v), {
        direction: 'top',
        offset: [0, -8],
        className: 'vessel-tooltip',
      });
      entry.marker.addTo(this.group);
      this.markers.set(v.mmsi, entry);
    }
    for (const [mmsi, { marker }] of this.markers) {
      if (!seen.has(mmsi)) {
        marker.remove();
        this.markers.delete(mmsi);
      }
    }
  }

  private icon(v: VesselPosition, now: number): L.DivIcon {
    const angle = Math.round(v.course ?? v.heading ?? 0);
    const kind = v.kind ?? 'vessel';
    const stale = isStale(v, now);
    const own = v.mmsi === this.ownMmsi;
    // Only a number goes into the markup; names go through text nodes in the tooltip.
    return new DataIcon(
      {
        className: `vessel-marker kind-${kind}${stale ? ' stale' : ''}${own ? ' own' : ''}`,
        html: `<span class="vessel-arrow" style="transform: rotate(${angle}deg)"></span>`,
        iconSize: own ? [30, 30] : [18, 18],
        iconAnchor: own ? [15, 15] : [9, 9],
      },
      { mmsi: v.mmsi, kind, stale: String(stale), own: String(own), testid: 'vessel-marker' },
    );
  }

  private label(v: VesselPosition): HTMLElement {
    const stale = isStale(v);
    const motion =
      `${v.speed === null ? '?' : v.speed.toFixed(1)} kn · ` +
      `course ${v.course === null ? '?' : `${String(Math.round(v.course) % 360).padStart(3, '0')}°`}`;
    return h(
      'div',
      { 'data-testid': 'vessel-tooltip', dataset: { mmsi: v.mmsi } },
      h('strong', {}, v.name ?? 'name unknown'),
      ' ',
      h('span', { class: `badge kind-${v.kind}` }, KIND_LABELS[v.kind]),
      v.mmsi === this.ownMmsi ? h('span', { class: 'badge own' }, 'your vessel') : null,
      h('div', { class: 'mono' }, `MMSI ${v.mmsi}`),
      h('div', { class: 'mono' }, formatLatLon(v.lat, v.lon)),
      h(
        'div',
        {},
        motion,
        v.kind === 'aircraft'
          ? ` · altitude ${v.alt === null || v.alt === undefined ? '?' : `${Math.round(v.alt)} m`}`
          : '',
      ),
      h(
        'div',
        { class: stale ? 'warning' : 'muted' },
        `Reported ${formatAge(v.at)} (${formatUtc(v.at).slice(11)}) by ${v.source}`,
        stale ? ' · STALE: it may have moved on' : '',
      ),
    );
  }
}
