import * as L from 'leaflet';
import { h } from '../ui/dom';
import type { CanvasView } from './canvas-overlay';
import { formatAge, formatLatLon } from '../ui/format';
import { CLASS_LABELS, VESSEL_STALE_MS, type VesselClass } from './vessel-class';
import type { VesselRecord } from './vessel-records';
import { formatMotion } from './vessel-tooltip';

/** Vessels the list names at most: enough to find one, few enough to read. */
export const LIST_LIMIT = 30;

const TIER: Record<VesselClass, number> = {
  sart: 1,
  rescue: 2,
  aircraft: 3,
  merchant: 4,
  fishing: 4,
  sailing: 4,
  other: 4,
};

/**
 * The drawn vessels to list, best first: `pinned` (own, selected) always, then alarms, rescue
 * assets and aircraft, then the rest by distance from canvas point (fx, fy).
 */
export function pickListed(
  drawn: readonly VesselRecord[],
  fx: number,
  fy: number,
  pinned: readonly (VesselRecord | null)[],
  limit = LIST_LIMIT,
): VesselRecord[] {
  const best: { r: VesselRecord; s: number }[] = [];
  const consider = (r: VesselRecord, s: number) => {
    if (best.length >= limit && s >= best[best.length - 1].s) return;
    let i = best.length;
    while (i > 0 && best[i - 1].s > s) i -= 1;
    best.splice(i, 0, { r, s });
    if (best.length > limit) best.pop();
  };
  pinned.forEach((r, i) => {
    if (r) consider(r, i - pinned.length);
  });
  for (const r of drawn) {
    if (pinned.includes(r)) continue;
    consider(r, TIER[r.cls] * 1e12 + (r.cx - fx) ** 2 + (r.cy - fy) ** 2);
  }
  return best.map((b) => b.r);
}

/**
 * A list of the vessels near the selection (or the map's centre), for screen readers and the
 * keyboard: visually hidden until focused, one tab stop, arrows move, Enter selects on the map.
 * Each entry carries the vessel's data and its point on the map (data-x, data-y), which is also
 * what browser tests use to find a vessel on the canvas.
 */
export class VesselA11yList {
  /** The element to put on the map. */
  readonly el: HTMLElement;
  private readonly heading = h('h2', { class: 'vessel-a11y-title' });
  private readonly list = h('ul', { class: 'plain', 'data-testid': 'vessel-a11y-list' });
  private readonly items = new Map<string, { li: HTMLLIElement; button: HTMLButtonElement }>();

  constructor(private readonly onPick: (mmsi: string) => void) {
    this.el = h('section', { class: 'vessel-a11y', 'aria-label': 'Vessels on the map' }, this.heading, this.list);
    this.list.addEventListener('keydown', (ev) => this.onKey(ev));
  }

  /** Lists the vessels of the last frame near the selection (if drawn) or the map's centre. */
  refresh(
    map: L.Map,
    view: CanvasView,
    f: {
      drawn: readonly VesselRecord[];
      frame: number;
      own: VesselRecord | null;
      selected: VesselRecord | null;
      ownMmsi?: string;
    },
  ): void {
    const centre = map.containerPointToLayerPoint(map.getSize().divideBy(2)).subtract(view.min);
    const focus = f.selected?.frame === f.frame ? f.selected : null;
    const listed = pickListed(f.drawn, focus?.cx ?? centre.x, focus?.cy ?? centre.y, [f.own, f.selected]);
    const at = (r: VesselRecord) =>
      map.layerPointToContainerPoint(
        L.point(r.mx * view.scale - view.originX + view.min.x, r.my * view.scale - view.originY + view.min.y),
      );
    this.update(listed, focus ? (focus.v.name ?? `MMSI ${focus.v.mmsi}`) : 'the centre of the map', f.ownMmsi, at);
  }

  /** Shows `records` at their map points (`at` turns a record into container pixels). */
  update(
    records: readonly VesselRecord[],
    around: string,
    ownMmsi: string | undefined,
    at: (r: VesselRecord) => { x: number; y: number },
    now = Date.now(),
  ): void {
    this.heading.textContent = `${records.length} vessels near ${around}`;
    // While a keyboard user is in the list it keeps its order: nothing moves under them.
    const frozen = this.el.contains(document.activeElement);
    const keep = new Set<string>();
    for (const r of records) {
      const v = r.v;
      keep.add(v.mmsi);
      let item = this.items.get(v.mmsi);
      if (!item) {
        if (frozen) continue;
        const button = h('button', { type: 'button', tabindex: '-1', onclick: () => this.onPick(v.mmsi) });
        item = { li: h('li', { 'data-testid': 'vessel-marker' }, button), button };
        this.items.set(v.mmsi, item);
      }
      const p = at(r);
      const stale = now - r.atMs > VESSEL_STALE_MS;
      Object.assign(item.li.dataset, {
        mmsi: v.mmsi,
        kind: v.kind,
        class: r.cls,
        stale: String(stale),
        own: String(v.mmsi === ownMmsi),
        x: String(Math.round(p.x)),
        y: String(Math.round(p.y)),
      });
      const own = v.mmsi === ownMmsi ? ' (your vessel)' : '';
      const text =
        `${v.name ?? `MMSI ${v.mmsi}`}: ${CLASS_LABELS[r.cls]}${own}, ${formatMotion(v)}, ` +
        `${formatLatLon(v.lat, v.lon)}, reported ${formatAge(v.at, now)}${stale ? ', stale' : ''}`;
      if (item.button.textContent !== text) item.button.textContent = text;
      if (!frozen) this.list.appendChild(item.li);
    }
    if (frozen) return;
    for (const [mmsi, item] of this.items) {
      if (keep.has(mmsi)) continue;
      item.li.remove();
      this.items.delete(mmsi);
    }
    const buttons = [...this.list.querySelectorAll('button')];
    buttons.forEach((b, i) => b.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  }

  private onKey(ev: KeyboardEvent): void {
    const buttons = [...this.list.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[ev.key];
    if (next === undefined || i < 0) return;
    ev.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    buttons.forEach((b) => b.setAttribute('tabindex', b === target ? '0' : '-1'));
    target.focus();
  }
}
