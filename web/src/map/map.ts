import * as L from 'leaflet';
import { addBasemap } from './basemap';

/** The area the hotline watches: the central Mediterranean. */
const HOME: L.LatLngTuple = [35.5, 14.5];
const HOME_ZOOM = 6;

/** Creates the Leaflet map in `container` with the offline basemap (and tiles when configured). */
export function createMap(container: HTMLElement): L.Map {
  const map = L.map(container, {
    center: HOME,
    zoom: HOME_ZOOM,
    minZoom: 2,
    maxZoom: 14,
    worldCopyJump: true,
    zoomControl: true,
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  L.control.scale({ imperial: false, metric: true, position: 'bottomleft' }).addTo(map);
  addBasemap(map);
  // The container is often sized by CSS grid after the first paint.
  requestAnimationFrame(() => map.invalidateSize());
  new ResizeObserver(() => map.invalidateSize()).observe(container);
  return map;
}
