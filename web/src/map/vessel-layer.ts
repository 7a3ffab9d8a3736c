import * as L from 'leaflet';
import type { VesselPosition } from '../../../shared/domain/vessel';
import type { VesselChange } from '../state/vessels';
import { CanvasOverlay, type CanvasView } from './canvas-overlay';
import { VesselA11yList } from './vessel-a11y';
import { AlarmHalos } from './vessel-alarms';
import { VESSEL_CLASSES, type VesselClass } from './vessel-class';
import { drawVessels, hitTest } from './vessel-draw';
import { VesselPointer } from './vessel-pointer';
import { RecordSet, type VesselRecord } from './vessel-records';

export { isStale, VESSEL_STALE_MS } from './vessel-class';

/** How often staleness is re-checked: a vessel that stops reporting fades without any event. */
const RECHECK_MS = 30_000;
/** The accessible list is rebuilt at most this often: it is read, not watched. */
const LIST_MS = 500;

/** One point of a vessel's track, as `drawTrack` takes it. */
export interface TrackPoint {
  lat: number;
  lon: number;
  at: string;
}

/**
 * Live vessels and aircraft on one canvas (see CanvasOverlay): a symbol per class turned to its
 * heading, a 6-minute course-and-speed vector, names when zoomed in, stale reports faded, the
 * crew's own vessel (`ownMmsi`) ringed, AIS-SART beacons as alarms. Hover shows a tooltip, a click
 * selects (`onSelect`), classes can be hidden (never alarms), and a selected track can be drawn.
 */
export class VesselLayer extends CanvasOverlay {
  /** Milliseconds the last frame took to draw, and how many vessels it drew (for the bench). */
  readonly stats = { frameMs: 0, drawn: 0 };
  private readonly records = new RecordSet();
  private readonly hidden = Object.fromEntries(VESSEL_CLASSES.map((c) => [c, false])) as Record<VesselClass, boolean>;
  private readonly list: VesselA11yList;
  private readonly alarms: AlarmHalos;
  private readonly pointer: VesselPointer;
  private readonly selectListeners = new Set<(mmsi: string | null) => void>();
  private readonly countListeners = new Set<(counts: ReadonlyMap<VesselClass, number>) => void>();
  private readonly track = L.polyline([], {
    color: '#ffffff',
    weight: 2,
    opacity: 0.85,
    dashArray: '6 4',
    interactive: false,
    className: 'vessel-track',
  });
  private drawn: readonly VesselRecord[] = [];
  private frame = 0;
  private selected: string | null = null;
  private listTimer = 0;

  constructor(
    map: L.Map,
    private readonly ownMmsi?: string,
  ) {
    super('vessels', 450, 0.1);
    this.alarms = new AlarmHalos(map);
    this.pointer = new VesselPointer(
      map,
      {
        hitAt: (p, radius) => this.hitAt(p, radius),
        selectedRecord: () => (this.selected ? this.records.get(this.selected) : undefined),
        select: (mmsi) => this.select(mmsi),
      },
      ownMmsi,
    );
    this.list = new VesselA11yList((mmsi) => this.select(mmsi, true));
    const control = new L.Control({ position: 'topleft' });
    control.onAdd = () => this.list.el;
    // A click in the list must not reach the map, which would take it for a click on open water.
    L.DomEvent.disableClickPropagation(this.list.el);
    control.addTo(map);
    this.addTo(map);
    this.track.addTo(map);
    const timer = window.setInterval(() => {
      this.requestRedraw();
      this.pointer.show(true);
    }, RECHECK_MS);
    map.on('unload', () => {
      window.clearInterval(timer);
      window.clearTimeout(this.listTimer);
    });
  }

  /** Applies a store change; redraws (at the next frame) only when it touches the drawn area. */
  apply(all: ReadonlyMap<string, VesselPosition>, change: VesselChange): void {
    let visible = change.reset;
    let alarms = change.reset;
    if (change.reset) {
      this.records.clear();
      for (const v of all.values()) this.records.upsert(v);
    }
    for (const v of change.reset ? [] : change.changed) {
      const r = this.records.upsert(v);
      // `frame` is the last frame that drew it: upsert leaves it alone.
      visible ||= r.frame === this.frame || this.inView(r);
      alarms ||= r.cls === 'sart';
    }
    for (const mmsi of change.removed) {
      const r = this.records.remove(mmsi);
      visible ||= r?.frame === this.frame;
      alarms ||= r?.cls === 'sart';
      if (r) this.pointer.forget(r);
    }
    if (alarms) this.alarms.sync(this.records.list);
    if (visible) this.requestRedraw();
    this.pointer.show();
    for (const l of this.countListeners) l(this.records.classCounts());
  }

  /** Selects a vessel (null: none), shows its tooltip, optionally pans to it, and tells `onSelect`. */
  select(mmsi: string | null, pan = false): void {
    const r = mmsi === null ? undefined : this.records.get(mmsi);
    if (pan && r && this._map) this._map.panTo([r.v.lat, r.v.lon]);
    if (mmsi === this.selected) return;
    this.selected = mmsi;
    this.requestRedraw();
    this.pointer.show();
    for (const l of this.selectListeners) l(mmsi);
  }

  /** The selected MMSI, or null. */
  selection(): string | null {
    return this.selected;
  }

  /** Calls `listener` with the MMSI whenever the selection changes (null when cleared); returns the unsubscribe. */
  onSelect(listener: (mmsi: string | null) => void): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  /** Calls `listener` with the number of vessels per class after every change; returns the unsubscribe. */
  onCounts(listener: (counts: ReadonlyMap<VesselClass, number>) => void): () => void {
    this.countListeners.add(listener);
    listener(this.records.classCounts());
    return () => this.countListeners.delete(listener);
  }

  /** Shows or hides a class. Alarms cannot be hidden: a beacon must never vanish behind a filter. */
  setClassVisible(cls: VesselClass, visible: boolean): void {
    if (cls === 'sart' || this.hidden[cls] === !visible) return;
    this.hidden[cls] = !visible;
    this.requestRedraw();
  }

  /** Whether a class is shown. */
  isClassVisible(cls: VesselClass): boolean {
    return !this.hidden[cls];
  }

  /** Draws a vessel's past track (any order; sorted by time here); an empty list clears it. */
  drawTrack(points: readonly TrackPoint[]): void {
    const sorted = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    this.track.setLatLngs(sorted.map((p) => [p.lat, p.lon] as L.LatLngTuple));
  }

  /** Map events: the canvas's, plus hover and click for hit testing. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // The same functions every time: Leaflet unbinds with what getEvents answers on removal.
    return {
      ...super.getEvents(),
      mousemove: this.pointer.onMove as L.LeafletEventHandlerFn,
      click: this.pointer.onClick as L.LeafletEventHandlerFn,
    };
  }

  /** Draws, and listens for the mouse leaving the map. */
  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // Leaflet's own mouseout does not reach the map when the pointer leaves over a SAR region.
    map.getContainer().addEventListener('mouseleave', this.pointer.onOut);
    return this;
  }

  /** Stops drawing and listening. */
  override onRemove(map: L.Map): this {
    map.getContainer().removeEventListener('mouseleave', this.pointer.onOut);
    return super.onRemove(map);
  }

  protected render(ctx: CanvasRenderingContext2D, view: CanvasView): void {
    const t0 = performance.now();
    this.frame += 1;
    const own = this.ownMmsi ? (this.records.get(this.ownMmsi) ?? null) : null;
    const selected = this.selected ? (this.records.get(this.selected) ?? null) : null;
    this.drawn = drawVessels(ctx, this.records.list, view, {
      now: Date.now(),
      frame: this.frame,
      hidden: this.hidden,
      own,
      selected,
    });
    this.stats.frameMs = performance.now() - t0;
    this.stats.drawn = this.drawn.length;
    if (!this.listTimer)
      this.listTimer = window.setTimeout(() => {
        this.listTimer = 0;
        this.updateList();
      }, LIST_MS);
  }

  private inView(r: VesselRecord): boolean {
    const view = this.currentView();
    if (!view) return false;
    const x = r.mx * view.scale - view.originX;
    const y = r.my * view.scale - view.originY;
    return x > -40 && y > -40 && x < view.width + 40 && y < view.height + 40;
  }

  private hitAt(layerPoint: L.Point, radius: number): VesselRecord | null {
    const view = this.currentView();
    if (!view) return null;
    return hitTest(this.drawn, layerPoint.x - view.min.x, layerPoint.y - view.min.y, radius);
  }

  private updateList(): void {
    const view = this.currentView();
    if (!this._map || !view) return;
    const own = this.ownMmsi ? (this.records.get(this.ownMmsi) ?? null) : null;
    const selected = this.selected ? (this.records.get(this.selected) ?? null) : null;
    this.list.refresh(this._map, view, { drawn: this.drawn, frame: this.frame, own, selected, ownMmsi: this.ownMmsi });
  }
}
