import * as L from 'leaflet';
import { h } from '../ui/dom';

/** One legend row: a small copy of the marker (same classes as on the map) and what it means. */
function row(swatch: HTMLElement, text: string, kind: string): HTMLElement {
  return h('li', { dataset: { legend: kind } }, h('span', { class: 'legend-swatch' }, swatch), text);
}

function arrow(kind: string, extra = ''): HTMLElement {
  return h('span', { class: `vessel-marker kind-${kind} ${extra}` }, h('span', { class: 'vessel-arrow' }));
}

/**
 * A collapsible key to the map's markers: case phases, estimates, harbours, vessels, rescue assets,
 * aircraft and stale reports; `own` adds the crew's own vessel.
 */
export function addLegend(map: L.Map, opts: { own?: boolean } = {}): L.Control {
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => {
    const el = h(
      'details',
      { class: 'map-legend', 'data-testid': 'map-legend', open: true },
      h('summary', {}, 'Legend'),
      h(
        'ul',
        { class: 'plain' },
        (['INCERFA', 'ALERFA', 'DETRESFA'] as const).map((p) =>
          row(
            h('span', { class: `case-marker phase-${p}` }, h('span', { class: 'case-marker-dot' })),
            `${p} case`,
            `case-${p}`,
          ),
        ),
        row(h('span', { class: 'estimate-marker' }, h('span', { class: 'estimate-ring' })), 'Estimate', 'estimate'),
        row(
          h('span', { class: 'harbour-marker kind-port willing' }, h('span', { class: 'harbour-square' })),
          'Port',
          'port',
        ),
        row(
          h('span', { class: 'harbour-marker kind-city willing' }, h('span', { class: 'harbour-square' })),
          'Reception city',
          'city',
        ),
        row(
          h('span', { class: 'harbour-marker kind-port unwilling' }, h('span', { class: 'harbour-square' })),
          'Not taking people',
          'unwilling',
        ),
        row(arrow('vessel'), 'Vessel', 'vessel'),
        row(arrow('rescue'), 'Rescue asset', 'rescue'),
        opts.own ? row(arrow('rescue', 'own'), 'Your vessel', 'own') : null,
        row(arrow('aircraft'), 'SAR aircraft', 'aircraft'),
        row(arrow('vessel', 'stale'), 'Report >10 min old', 'stale'),
      ),
    );
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    return el;
  };
  return control.addTo(map);
}
