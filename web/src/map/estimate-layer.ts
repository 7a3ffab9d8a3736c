import * as L from 'leaflet';
import type { Case, Estimate } from '../../../shared/domain/case';
import { h } from '../ui/dom';
import { formatLatLon, formatUtcShort, latestParsedFix } from '../ui/format';
import { DataIcon } from './icons';

const METRES_PER_NM = 1852;

/**
 * Dead-reckoned estimates of cases whose newest fix has aged: a dashed circle of the uncertainty
 * radius, a hollow marker labelled ESTIMATE and a dashed line from the last fix. Never drawn like
 * a fix, so nobody mistakes one for a position the caller gave.
 */
export class EstimateLayer {
  private readonly group = L.layerGroup();
  private readonly drawn = new Map<string, { layers: L.Layer[]; key: string }>();

  constructor(
    map: L.Map,
    private readonly onSelect: (caseId: string) => void,
  ) {
    this.group.addTo(map);
  }

  /** Makes the drawn estimates match the cases that have one. */
  sync(cases: Iterable<Case>): void {
    const seen = new Set<string>();
    for (const c of cases) {
      const est = c.estimate;
      if (!est || c.status !== 'open') continue;
      seen.add(c.id);
      const fix = latestParsedFix(c.positions);
      const key = [est.lat, est.lon, est.radiusNm, est.at, fix?.lat, fix?.lon].join('|');
      const cur = this.drawn.get(c.id);
      if (cur?.key === key) continue;
      cur?.layers.forEach((l) => l.remove());
      const layers = this.draw(c.id, est, fix);
      layers.forEach((l) => l.addTo(this.group));
      this.drawn.set(c.id, { layers, key });
    }
    for (const [id, { layers }] of this.drawn) {
      if (seen.has(id)) continue;
      layers.forEach((l) => l.remove());
      this.drawn.delete(id);
    }
  }

  private draw(caseId: string, est: Estimate, fix: { lat: number; lon: number } | undefined): L.Layer[] {
    const centre: L.LatLngTuple = [est.lat, est.lon];
    const circle = L.circle(centre, {
      radius: est.radiusNm * METRES_PER_NM,
      color: '#c9a7ff',
      weight: 1.5,
      dashArray: '6 6',
      fillColor: '#c9a7ff',
      fillOpacity: 0.08,
      interactive: false,
      className: 'estimate-circle',
    });
    const marker = L.marker(centre, {
      icon: new DataIcon(
        {
          className: 'estimate-marker',
          html: '<span class="estimate-ring"></span>',
          iconSize: [22, 22],
          iconAnchor: [11, 11],
        },
        {
          caseId,
          testid: 'estimate-marker',
          radiusNm: String(est.radiusNm),
          lat: String(est.lat),
          lon: String(est.lon),
        },
      ),
      title: `Estimated position of case ${caseId}`,
      keyboard: true,
      zIndexOffset: -50,
    })
      .bindTooltip(this.label(caseId, est), {
        permanent: true,
        direction: 'right',
        offset: [12, 0],
        className: 'estimate-tooltip',
      })
      .on('click', () => this.onSelect(caseId));
    const layers: L.Layer[] = [circle, marker];
    if (fix)
      layers.push(
        L.polyline([[fix.lat, fix.lon], centre], {
          color: '#c9a7ff',
          weight: 1.5,
          dashArray: '2 6',
          interactive: false,
        }),
      );
    return layers;
  }

  private label(caseId: string, est: Estimate): HTMLElement {
    return h(
      'div',
      { class: 'estimate-label', title: formatLatLon(est.lat, est.lon) },
      h('strong', {}, 'ESTIMATE'),
      ` ${caseId} ±${est.radiusNm.toFixed(1)} nm · ${formatUtcShort(est.at)}`,
    );
  }
}
