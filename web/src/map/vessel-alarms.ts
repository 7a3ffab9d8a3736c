import * as L from 'leaflet';
import type { VesselRecord } from './vessel-records';

/** The pane of the alarm halos: under the vessel canvas (450), over the SAR regions and estimates. */
const PANE = 'vesselAlarms';

/**
 * A pulsing ring under every AIS-SART, MOB or EPIRB-AIS beacon, so a distress alarm catches the eye
 * among thousands of vessels. CSS animates it: the canvas is not redrawn for the pulse. Beacons are
 * few, so one small DOM marker each is cheap; they never take the mouse (the canvas hit test does).
 */
export class AlarmHalos {
  private readonly markers = new Map<string, { marker: L.Marker; lat: number; lon: number }>();

  constructor(private readonly map: L.Map) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = '445';
    pane.style.pointerEvents = 'none';
  }

  /** Makes the halos match the alarm records among `records`. */
  sync(records: readonly VesselRecord[]): void {
    const seen = new Set<string>();
    for (const r of records) {
      if (r.cls !== 'sart') continue;
      const { mmsi, lat, lon } = r.v;
      seen.add(mmsi);
      const cur = this.markers.get(mmsi);
      if (cur && cur.lat === lat && cur.lon === lon) continue;
      if (cur) {
        cur.marker.setLatLng([lat, lon]);
        Object.assign(cur, { lat, lon });
        continue;
      }
      const marker = L.marker([lat, lon], {
        pane: PANE,
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: 'sart-halo',
          html: '<span class="sart-pulse"></span>',
          iconSize: [52, 52],
          iconAnchor: [26, 26],
        }),
      }).addTo(this.map);
      marker.getElement()?.setAttribute('data-mmsi', mmsi);
      this.markers.set(mmsi, { marker, lat, lon });
    }
    for (const [mmsi, { marker }] of this.markers) {
      if (seen.has(mmsi)) continue;
      marker.remove();
      this.markers.delete(mmsi);
    }
  }

  /** Removes every halo. */
  clear(): void {
    this.sync([]);
  }
}
