import * as L from 'leaflet';
import { h } from '../ui/dom';

/** The properties each region in srr.geojson carries. */
interface SrrProperties {
  code: string;
  name: string;
  rcc: string;
}

const OUTLINE: L.PathOptions = {
  color: '#c9a7ff',
  weight: 1,
  opacity: 0.75,
  dashArray: '6 4',
  fill: true,
  fillColor: '#c9a7ff',
  fillOpacity: 0.02,
};
const HOVER: L.PathOptions = { weight: 2.5, opacity: 1, fillOpacity: 0.08 };

/**
 * Search-and-rescue regions (bundled as srr.geojson, built from shared/data/sar) as thin outlines;
 * hovering a region names it and its rescue centre. Overlapping claims are drawn as they are.
 * Shown at start; a layer control on the map switches it off and on.
 */
export function addSrrLayer(map: L.Map): L.LayerGroup {
  // In the shared overlay pane, kept at the back: a pane of its own would sit under the overlay
  // pane's SVG, which swallows the hover. Estimate circles are not interactive, so hovering
  // through them still names the region.
  const group = L.layerGroup();
  let regions: L.GeoJSON | null = null;
  group.on('add', () => regions?.bringToBack());
  fetch('srr.geojson', { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`srr.geojson: ${res.status}`);
      return res.json() as Promise<GeoJSON.FeatureCollection<GeoJSON.Geometry, SrrProperties>>;
    })
    .then((data) => {
      regions = L.geoJSON(data, {
        style: () => OUTLINE,
        onEachFeature: (feature, layer) => {
          const p = feature.properties as SrrProperties;
          const path = layer as L.Path;
          path.bindTooltip(label(p), { sticky: true, direction: 'top', className: 'srr-tooltip' });
          path.on('mouseover', () => path.setStyle(HOVER));
          path.on('mouseout', () => path.setStyle(OUTLINE));
          path.on('add', () => path.getElement()?.setAttribute('data-srr-code', p.code));
        },
      }).addTo(group);
      regions.bringToBack();
      map.getContainer().dataset.srr = 'loaded';
    })
    .catch((err: unknown) => {
      map.getContainer().dataset.srr = 'failed';
      console.error('Haven: could not load the search-and-rescue regions', err);
    });
  group.addTo(map);
  const control = L.control
    .layers(undefined, { 'SAR regions (SRR)': group }, { collapsed: false, position: 'topright' })
    .addTo(map);
  control.getContainer()?.setAttribute('data-testid', 'layer-control');
  return group;
}

function label(p: SrrProperties): HTMLElement {
  return h(
    'div',
    { 'data-testid': 'srr-label' },
    h('strong', {}, p.code),
    ` ${p.name}`,
    h('div', {}, `Rescue centre: ${p.rcc}`),
  );
}
