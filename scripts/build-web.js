#!/usr/bin/env node
/**
 * Builds the browser client into web/dist: the bundled app (esbuild), its stylesheet, Leaflet's CSS
 * and images, index.html, the offline basemap (world-atlas land TopoJSON converted to GeoJSON) and
 * the search-and-rescue regions (srr.geojson, copied from shared/data/sar).
 * Usage: node scripts/build-web.js [--watch] [--dev]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { feature } = require('topojson-client');

const root = path.resolve(__dirname, '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev') || watch;

/** Rounds coordinates to ~100 m: plenty for a basemap, and it halves the file. */
function roundCoords(coords) {
  if (typeof coords[0] === 'number') return coords.map((c) => Math.round(c * 1000) / 1000);
  return coords.map(roundCoords);
}

/** Writes web/dist/land.geojson from world-atlas's 1:50m land polygons. */
function writeLand() {
  const topology = require('world-atlas/land-50m.json');
  const land = feature(topology, topology.objects.land);
  const features = (land.type === 'FeatureCollection' ? land.features : [land]).map((f) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  }));
  fs.writeFileSync(path.join(dist, 'land.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
}

/**
 * Copies index.html (stamping a build id so browsers fetch the new bundle), config.js, Leaflet's
 * assets and the SRR GeoJSON.
 */
function copyStatic() {
  const buildId = Date.now().toString(36);
  const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8').replaceAll('__BUILD__', buildId);
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  fs.copyFileSync(path.join(web, 'config.js'), path.join(dist, 'config.js'));
  fs.copyFileSync(path.join(web, 'docs.css'), path.join(dist, 'docs.css'));
  const leaflet = path.dirname(require.resolve('leaflet/dist/leaflet.css'));
  fs.copyFileSync(path.join(leaflet, 'leaflet.css'), path.join(dist, 'leaflet.css'));
  fs.cpSync(path.join(leaflet, 'images'), path.join(dist, 'images'), { recursive: true });
  // Search-and-rescue regions: the server does not serve them (yet), so they ship with the bundle.
  fs.copyFileSync(path.join(root, 'shared', 'data', 'sar', 'srr-central-med.geojson'), path.join(dist, 'srr.geojson'));
}

const options = {
  entryPoints: { app: path.join(web, 'src/main.ts'), 'app-style': path.join(web, 'src/styles.css') },
  outdir: dist,
  entryNames: '[name]',
  bundle: true,
  minify: !dev,
  sourcemap: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'linked',
  logLevel: 'warning',
};

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  copyStatic();
  writeLand();
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    console.log(`build-web: watching web/src, writing ${path.relative(root, dist)}`);
    return;
  }
  await esbuild.build(options);
  console.log(`build-web: wrote ${path.relative(root, dist)}`);
}

main().catch((err) => {
  console.error(`build-web: ${err && err.message ? err.message : err}`);
  process.exit(1);
});
