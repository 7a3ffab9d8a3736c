/*
 * Haven deployment settings for the browser, loaded before app.js. Edit web/dist/config.js (or mount
 * your own over it) to change them without rebuilding. Everything here is optional.
 *
 * tileUrl: an online tile layer drawn over the offline world-atlas basemap, for example
 *   'https://tile.openstreetmap.org/{z}/{x}/{y}.png' (https only: the server's CSP allows https images).
 *   A `?tiles=<url>` query parameter does the same for one browser tab.
 * tileAttribution: the credit line the tile provider requires.
 */
window.HAVEN_CONFIG =
  window.HAVEN_CONFIG ||
  {
    // tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    // tileAttribution: '&copy; OpenStreetMap contributors',
  };
