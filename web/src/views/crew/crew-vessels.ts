import type { VesselPosition } from '../../../../shared/domain/vessel';
import { CLASS_LABELS, isStale, vesselClass } from '../../map/vessel-class';
import { h, replaceChildren } from '../../ui/dom';
import { formatAge } from '../../ui/format';

/** Vessels the crew's list names besides its own: the nearest ones, not the whole sea. */
const NEAREST = 15;
/** The list is rebuilt at most this often; a feed of 20,000 vessels sends a batch every 300 ms. */
const REFRESH_MS = 2_000;

/** Distance in nautical miles (equirectangular: plenty within a few hundred miles). */
function distanceNm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = b.lat - a.lat;
  const dLon = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.sqrt(dLat * dLat + dLon * dLon) * 60;
}

/**
 * The crew's vessel list: its own vessel first, then the nearest others to it (or to `centre()`,
 * the case, when the own vessel is not reporting), with their distance. Rebuilt at most every two
 * seconds, however busy the feed.
 */
export function renderCrewVessels(
  own: string | undefined,
  centre: () => { lat: number; lon: number } | undefined,
): {
  el: HTMLElement;
  update(all: ReadonlyMap<string, VesselPosition>): void;
  destroy(): void;
} {
  const el = h('ul', { class: 'vessel-list plain', 'data-testid': 'vessel-list' });
  let latest: ReadonlyMap<string, VesselPosition> = new Map();
  let timer = 0;
  let last = 0;

  const render = () => {
    timer = 0;
    last = Date.now();
    const mine = own ? latest.get(own) : undefined;
    const from = mine ?? centre();
    const near: { v: VesselPosition; d: number }[] = [];
    for (const v of latest.values()) {
      if (v.mmsi === own) continue;
      const d = from ? distanceNm(from, v) : 0;
      if (near.length >= NEAREST && d >= near[near.length - 1].d) continue;
      near.push({ v, d });
      near.sort((a, b) => a.d - b.d);
      if (near.length > NEAREST) near.pop();
    }
    replaceChildren(
      el,
      mine ? item(mine, true, null) : null,
      near.map(({ v, d }) => item(v, false, from ? d : null)),
    );
  };

  return {
    el,
    update(all) {
      latest = all;
      if (timer) return;
      timer = window.setTimeout(render, Math.max(0, last + REFRESH_MS - Date.now()));
    },
    destroy() {
      window.clearTimeout(timer);
    },
  };
}

function item(v: VesselPosition, isOwn: boolean, nm: number | null): HTMLElement {
  const cls = vesselClass(v);
  return h(
    'li',
    {
      class: [isOwn ? 'own' : '', isStale(v) ? 'stale' : ''].join(' ').trim(),
      dataset: { mmsi: v.mmsi, kind: v.kind, class: cls },
    },
    h('strong', {}, v.name ?? `MMSI ${v.mmsi}`),
    isOwn ? ' (your vessel)' : '',
    h(
      'span',
      { class: 'muted' },
      ` · ${cls === 'other' ? '' : `${CLASS_LABELS[cls]} · `}` +
        `${v.speed === null ? '?' : v.speed.toFixed(1)} kn · ${formatAge(v.at)}`,
      nm === null ? '' : ` · ${nm.toFixed(1)} nm`,
    ),
  );
}
