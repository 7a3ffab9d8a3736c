import * as L from 'leaflet';
import type { VesselPosition } from '../../../shared/domain/vessel';
import { h } from '../ui/dom';
import { formatAge, formatLatLon } from '../ui/format';
import { DataIcon } from './icons';

/** Live vessel and aircraft positions, drawn as arrows turned to their course. */
export class VesselLayer {
  private readonly group = L.layerGroup();
  private readonly markers = new Map<string, { marker: L.Marker; v: VesselPosition }>();

  constructor(map: L.Map) {
    this.group.addTo(map);
  }

  /** Makes the markers match the latest positions. */
  sync(vessels: Iterable<VesselPosition>): void {
    const seen = new Set<string>();
    for (const v of vessels) {
      seen.add(v.mmsi);
      const cur = this.markers.get(v.mmsi);
      if (cur && cur.v === v) continue;
      if (cur) {
        cur.marker.setLatLng([v.lat, v.lon]).setIcon(this.icon(v));
        cur.marker.setTooltipContent(this.label(v));
        cur.v = v;
        continue;
      }
      const marker = L.marker([v.lat, v.lon], { icon: this.icon(v), keyboard: false, zIndexOffset: -100 })
        .bindTooltip(this.label(v), { direction: 'top', offset: [0, -8] });
      marker.addTo(this.group);
      this.markers.set(v.mmsi, { marker, v });
    }
    for (const [mmsi, { marker }] of this.markers) {
      if (!seen.has(mmsi)) {
        marker.remove();
        this.markers.delete(mmsi);
      }
    }
  }

  private icon(v: VesselPosition): L.DivIcon {
    const angle = Math.round(v.course ?? v.heading ?? 0);
    const kind = v.kind ?? 'vessel';
    // Only a number goes into the markup; names go through text nodes in the tooltip.
    return new DataIcon({
      className: `vessel-marker kind-${kind}`,
      html: `<span class="vessel-arrow" style="transform: rotate(${angle}deg)"></span>`,
      iconSize: [18, 18],
      iconAnchor: [9, 9],
    }, { mmsi: v.mmsi, kind, testid: 'vessel-marker' });
  }

  private label(v: VesselPosition): HTMLElement {
    return h('div', {},
      h('strong', {}, v.name ?? `MMSI ${v.mmsi}`),
      h('div', { class: 'mono' }, formatLatLon(v.lat, v.lon)),
      h('div', {}, `${v.speed === null ? '?' : v.speed.toFixed(1)} kn · ${v.course === null ? '?' : Math.round(v.course)}° · ${formatAge(v.at)}`),
    );
  }
}
