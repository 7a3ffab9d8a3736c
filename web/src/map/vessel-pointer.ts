import * as L from 'leaflet';
import type { VesselPosition } from '../../../shared/domain/vessel';
import type { VesselRecord } from './vessel-records';
import { vesselTooltip } from './vessel-tooltip';

/** Hit radii in CSS pixels: a finger is less exact than a mouse. */
const HOVER_RADIUS = 10;
const TAP_RADIUS = 16;

/** What the pointer needs of the vessel layer. */
export interface PointerHost {
  /** The topmost drawn vessel within `radius` px of a layer point. */
  hitAt(layerPoint: L.Point, radius: number): VesselRecord | null;
  /** The selected vessel's record, if any. */
  selectedRecord(): VesselRecord | undefined;
  /** Selects a vessel (null: none). */
  select(mmsi: string | null): void;
}

/**
 * Hover and click on the vessel canvas (which never takes the mouse itself: the map's events are
 * hit-tested against the drawn vessels) and the one tooltip: the hovered vessel's, else the
 * selected one's, rebuilt from its newest report.
 */
export class VesselPointer {
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -12], className: 'vessel-tooltip', opacity: 1 });
  private hovered: VesselRecord | null = null;
  /** The report the tooltip was built from. */
  private shown: VesselPosition | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly host: PointerHost,
    private readonly ownMmsi?: string,
  ) {}

  /** Map mousemove: hover whatever vessel is under the pointer. */
  readonly onMove = (e: L.LeafletMouseEvent): void => {
    const hit = this.host.hitAt(e.layerPoint, HOVER_RADIUS);
    if (hit === this.hovered) return;
    this.hovered = hit;
    this.map.getContainer().classList.toggle('vessel-hover', hit !== null);
    this.show();
  };

  /** The pointer left the map: nothing is hovered. */
  readonly onOut = (): void => {
    this.hovered = null;
    this.map.getContainer().classList.remove('vessel-hover');
    this.show();
  };

  /** Map click: select the vessel under it, or none on open water. */
  readonly onClick = (e: L.LeafletMouseEvent): void => {
    const touch = (e.originalEvent as PointerEvent).pointerType === 'touch';
    this.host.select(this.host.hitAt(e.layerPoint, touch ? TAP_RADIUS : HOVER_RADIUS + 4)?.v.mmsi ?? null);
  };

  /** Forgets a vessel that left the map. */
  forget(r: VesselRecord): void {
    if (r === this.hovered) this.hovered = null;
  }

  /**
   * Shows (or hides) the tooltip for the hovered, else the selected vessel; does nothing when it
   * already shows that report, unless `refresh` (the age in it has grown).
   */
  show(refresh = false): void {
    const r = this.hovered ?? this.host.selectedRecord() ?? null;
    if (!r) {
      this.shown = null;
      this.tooltip.remove();
      return;
    }
    if (!refresh && r.v === this.shown) return;
    this.shown = r.v;
    this.tooltip.setLatLng([r.v.lat, r.v.lon]).setContent(vesselTooltip(r.v, r.v.mmsi === this.ownMmsi));
    if (!this.map.hasLayer(this.tooltip)) this.tooltip.addTo(this.map);
    this.place(r);
  }

  // Above the vessel, or below it near the top edge, shifted sideways to stay on the map: on a
  // 360 px phone a centred tooltip would run off the screen. The arrow still points at the vessel.
  private place(r: VesselRecord): void {
    const el = this.tooltip.getElement();
    if (!el) return;
    const p = this.map.latLngToContainerPoint([r.v.lat, r.v.lon]);
    const size = this.map.getSize();
    // 80 px: the zoom and layer controls live along the top edge and would cover the tooltip.
    const below = p.y - el.offsetHeight - 20 < 80;
    const left = Math.max(4, Math.min(size.x - el.offsetWidth - 4, p.x - el.offsetWidth / 2));
    const dx = Math.round(left - (p.x - el.offsetWidth / 2));
    Object.assign(this.tooltip.options, { direction: below ? 'bottom' : 'top', offset: L.point(dx, below ? 12 : -12) });
    el.style.setProperty('--arrow-dx', `${-dx}px`);
    this.tooltip.update();
  }
}
