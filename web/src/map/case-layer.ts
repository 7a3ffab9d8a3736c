import * as L from 'leaflet';
import type { Case } from '../../../shared/domain/case';
import { h } from '../ui/dom';
import { formatCount, formatDecimal, formatLatLon, formatUtc, latestParsedFix } from '../ui/format';
import { DataIcon } from './icons';

/** One marker per case at its newest parsed fix; cases without a fix are listed but not drawn. */
export class CaseLayer {
  private readonly group = L.layerGroup();
  private readonly markers = new Map<string, { marker: L.Marker; key: string }>();

  constructor(
    private readonly map: L.Map,
    private readonly onSelect: (caseId: string) => void,
  ) {
    this.group.addTo(map);
  }

  /** Makes the markers match `cases`: adds, moves, restyles and removes as needed. */
  sync(cases: Iterable<Case>, selectedId: string | null): void {
    const seen = new Set<string>();
    for (const c of cases) {
      const fix = latestParsedFix(c.positions);
      if (!fix) continue;
      seen.add(c.id);
      const selected = c.id === selectedId;
      const key = [fix.lat, fix.lon, c.phase, c.status, c.personsOnBoard, selected, fix.raw].join('|');
      const cur = this.markers.get(c.id);
      if (cur && cur.key === key) continue;
      const icon = this.icon(c, selected);
      if (cur) {
        cur.marker.setLatLng([fix.lat, fix.lon]).setIcon(icon).setPopupContent(this.popup(c));
        cur.key = key;
        continue;
      }
      const marker = L.marker([fix.lat, fix.lon], { icon, title: `Case ${c.id}`, riseOnHover: true, keyboard: true })
        .bindPopup(() => this.popup(c))
        .on('click', () => this.onSelect(c.id));
      marker.addTo(this.group);
      this.markers.set(c.id, { marker, key });
    }
    for (const [id, { marker }] of this.markers) {
      if (!seen.has(id)) {
        marker.remove();
        this.markers.delete(id);
      }
    }
  }

  /** Pans to a case's newest fix and opens its popup, when it has one. */
  focus(c: Case): void {
    const fix = latestParsedFix(c.positions);
    if (!fix) return;
    this.map.flyTo([fix.lat, fix.lon], Math.max(this.map.getZoom(), 7), { duration: 0.6 });
    this.markers.get(c.id)?.marker.openPopup();
  }

  private icon(c: Case, selected: boolean): L.DivIcon {
    const fix = latestParsedFix(c.positions)!;
    return new DataIcon(
      {
        className: `case-marker phase-${c.phase} status-${c.status}${selected ? ' selected' : ''}`,
        html: '<span class="case-marker-dot"></span>',
        iconSize: [26, 26],
        iconAnchor: [13, 13],
        popupAnchor: [0, -14],
      },
      {
        caseId: c.id,
        phase: c.phase,
        lat: String(fix.lat),
        lon: String(fix.lon),
        pob: c.personsOnBoard === null ? '' : String(c.personsOnBoard),
        testid: 'case-marker',
      },
    );
  }

  private popup(c: Case): HTMLElement {
    const fix = latestParsedFix(c.positions);
    return h(
      'div',
      { class: 'popup', 'data-testid': 'case-popup' },
      h(
        'div',
        { class: 'popup-head' },
        h('strong', {}, `Case ${c.id}`),
        h('span', { class: `badge phase-${c.phase}` }, c.phase),
      ),
      fix && h('div', {}, h('span', { class: 'muted' }, 'Raw: '), fix.raw ?? '(entered as coordinates)'),
      fix && h('div', { class: 'mono' }, formatLatLon(fix.lat, fix.lon)),
      fix && h('div', { class: 'mono muted' }, formatDecimal(fix.lat, fix.lon), ` · ${formatUtc(fix.at)}`),
      h('div', {}, `Persons on board: ${formatCount(c.personsOnBoard)}`),
    );
  }
}
