import * as L from 'leaflet';
import type { Harbour } from '../../../shared/domain/harbour';
import { h } from '../ui/dom';
import { DataIcon } from './icons';

/** Disembarkation ports and reception cities; green when willing, grey when not. */
export class HarbourLayer {
  private readonly group = L.layerGroup();
  private readonly markers = new Map<string, { marker: L.Marker; h: Harbour }>();

  constructor(map: L.Map) {
    this.group.addTo(map);
  }

  /** Makes the markers match the harbour list. */
  sync(harbours: Iterable<Harbour>): void {
    const seen = new Set<string>();
    for (const hb of harbours) {
      seen.add(hb.id);
      const cur = this.markers.get(hb.id);
      if (cur && cur.h === hb) continue;
      if (cur) {
        cur.marker.setLatLng([hb.lat, hb.lon]).setIcon(this.icon(hb)).setTooltipContent(this.label(hb));
        cur.h = hb;
        continue;
      }
      const marker = L.marker([hb.lat, hb.lon], {
        icon: this.icon(hb),
        keyboard: false,
        zIndexOffset: -200,
      }).bindTooltip(this.label(hb), { direction: 'top', offset: [0, -8] });
      marker.addTo(this.group);
      this.markers.set(hb.id, { marker, h: hb });
    }
    for (const [id, { marker }] of this.markers) {
      if (!seen.has(id)) {
        marker.remove();
        this.markers.delete(id);
      }
    }
  }

  private icon(hb: Harbour): L.DivIcon {
    return new DataIcon(
      {
        className: `harbour-marker kind-${hb.kind} ${hb.willing ? 'willing' : 'unwilling'}`,
        html: '<span class="harbour-square"></span>',
        iconSize: [14, 14],
        iconAnchor: [7, 7],
      },
      { harbourId: hb.id, testid: 'harbour-marker' },
    );
  }

  private label(hb: Harbour): HTMLElement {
    return h(
      'div',
      {},
      h('strong', {}, hb.name),
      ` (${hb.kind === 'city' ? 'reception city' : 'port'}, ${hb.country})`,
      h('div', {}, hb.willing ? `Willing · capacity ${hb.capacity}` : 'Not taking people now'),
      hb.medical ? h('div', {}, 'Medical facilities') : null,
    );
  }
}
