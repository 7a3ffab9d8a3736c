import * as L from 'leaflet';

declare global {
  interface Window {
    /** Optional deployment settings, set in index.html before app.js. */
    HAVEN_CONFIG?: { tileUrl?: string; tileAttribution?: string };
  }
}

/** The online tile layer URL, when the deployment or the `?tiles=` parameter asks for one. */
export function configuredTileUrl(): string | null {
  const fromQuery = new URLSearchParams(window.location.search).get('tiles');
  const url = fromQuery || window.HAVEN_CONFIG?.tileUrl || null;
  return url && /^https?:\/\//.test(url) ? url : null;
}

/**
 * Draws land from world-atlas (Natural Earth) polygons on the map's sea-coloured background, so the
 * console works with no internet. An online tile layer is added on top only when configured.
 */
export function addBasemap(map: L.Map): void {
  const pane = map.createPane('land');
  // Under the tile pane (200): when online tiles are configured they cover the offline land.
  pane.style.zIndex = '150';
  pane.classList.add('land-pane');
  const renderer = L.canvas({ pane: 'land', padding: 0.5 });
  fetch('land.geojson', { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`land.geojson: ${res.status}`);
      return res.json() as Promise<GeoJSON.FeatureCollection>;
    })
    .then((land) => {
      L.geoJSON(land, {
        pane: 'land',
        renderer,
        interactive: false,
        style: { color: '#5d6b58', weight: 0.8, fillColor: '#3b4636', fillOpacity: 1 },
        attribution: 'Land: Natural Earth via world-atlas',
      } as L.GeoJSONOptions).addTo(map);
      map.getContainer().dataset.basemap = 'loaded';
    })
    .catch((err: unknown) => {
      map.getContainer().dataset.basemap = 'failed';
      console.error('Haven: could not load the offline basemap', err);
    });

  const tileUrl = configuredTileUrl();
  if (tileUrl) {
    L.tileLayer(tileUrl, {
      maxZoom: 18,
      attribution: window.HAVEN_CONFIG?.tileAttribution ?? 'Map tiles',
    }).addTo(map);
  }
}
