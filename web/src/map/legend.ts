import * as L from 'leaflet';
import { h, uid } from '../ui/dom';
import { CLASS_LABELS, VESSEL_CLASSES, type VesselClass } from './vessel-class';
import { symbolSwatch } from './vessel-symbols';

/** What the legend needs of a vessel layer to filter by class and count. */
export interface VesselFilterTarget {
  setClassVisible(cls: VesselClass, visible: boolean): void;
  isClassVisible(cls: VesselClass): boolean;
  onCounts(listener: (counts: ReadonlyMap<VesselClass, number>) => void): () => void;
}

/** Below this map width the legend starts folded: on a phone it would cover the sea. */
const NARROW_PX = 600;
/** Below this map height the open legend would hide the map (a case detail takes the space). */
const SHORT_PX = 480;

/** One legend row: a small copy of the marker (same classes as on the map) and what it means. */
function row(swatch: HTMLElement, text: string, kind: string): HTMLElement {
  return h('li', { dataset: { legend: kind } }, h('span', { class: 'legend-swatch' }, swatch), text);
}

/**
 * A vessel class's row: the symbol as the canvas draws it, a checkbox that shows or hides the
 * class, and how many there are. Alarms have no checkbox: they are always shown.
 */
function classRow(
  cls: VesselClass,
  target: VesselFilterTarget | undefined,
  counts: Map<VesselClass, HTMLElement>,
): HTMLElement {
  const count = h('span', { class: 'legend-count' });
  counts.set(cls, count);
  const swatch = h('span', { class: 'legend-swatch' }, symbolSwatch(cls));
  const text = cls === 'sart' ? `${CLASS_LABELS[cls]} (always shown)` : CLASS_LABELS[cls];
  if (!target || cls === 'sart') return h('li', { dataset: { legend: cls } }, swatch, text, count);
  const box = h('input', {
    type: 'checkbox',
    checked: target.isClassVisible(cls),
    'data-testid': 'vessel-filter',
    dataset: { class: cls },
  });
  box.addEventListener('change', () => target.setClassVisible(cls, box.checked));
  return h('li', { dataset: { legend: cls } }, h('label', { class: 'legend-filter' }, box, swatch, text, count));
}

function roomy(map: L.Map): boolean {
  const size = map.getSize();
  return size.x >= NARROW_PX && size.y >= SHORT_PX;
}

/**
 * A collapsible key to the map's markers: case phases, estimates, harbours, vessel classes (with
 * filters and counts when `vessels` is given), stale reports; `own` adds the crew's own vessel.
 */
export function addLegend(map: L.Map, opts: { own?: boolean; vessels?: VesselFilterTarget } = {}): L.Control {
  const control = new L.Control({ position: 'bottomright' });
  const counts = new Map<VesselClass, HTMLElement>();
  const headingId = uid('legend-vessels');
  control.onAdd = () => {
    const el = h(
      'details',
      { class: 'map-legend', 'data-testid': 'map-legend', open: roomy(map) },
      h('summary', {}, 'Legend and vessel filter'),
      h(
        'ul',
        { class: 'plain legend-markers' },
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
      ),
      h(
        'div',
        { class: 'legend-heading', id: headingId },
        opts.vessels ? 'Vessels: untick a class to hide it' : 'Vessels',
      ),
      h(
        'ul',
        { class: 'plain legend-vessels', 'aria-labelledby': headingId },
        VESSEL_CLASSES.map((cls) => classRow(cls, opts.vessels, counts)),
        opts.own ? row(symbolSwatch('rescue', { own: true }), 'Your vessel', 'own') : null,
        row(symbolSwatch('merchant', { stale: true }), 'Report >10 min old', 'stale'),
      ),
    );
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    // Folds itself when the map shrinks (a case opened) and unfolds when it grows back, until the
    // operator opens or closes it by hand: then their choice stands.
    let chosen = false;
    el.querySelector('summary')?.addEventListener('click', () => (chosen = true));
    map.on('resize', () => {
      if (!chosen) (el as HTMLDetailsElement).open = roomy(map);
    });
    return el;
  };
  control.addTo(map);
  opts.vessels?.onCounts((n) => {
    for (const [cls, el] of counts) {
      const text = String(n.get(cls) ?? 0);
      if (el.textContent !== text) el.textContent = text;
    }
  });
  return control;
}
