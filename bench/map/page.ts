/**
 * The map bench's page (bundled by esbuild at bench time): one Leaflet map holding either Haven's
 * vessel layer or a plain Leaflet canvas layer of L.circleMarkers, fed the same batches. Each
 * timed batch runs from the start of the update until the frame that shows it has been painted.
 */
import * as L from 'leaflet';
import type { VesselPosition } from '../../shared/domain/vessel';
import { VesselLayer } from '../../web/src/map/vessel-layer';
import { VesselStore } from '../../web/src/state/vessels';

/**
 * One timed batch. `latencyMs`: from the update's start until the frame showing it is painted,
 * waiting for the display's next frame included. `workMs`: the main thread's part of that: the
 * update, then the frame from its start until painted (without the wait for the frame to begin).
 * `syncMs`: the update alone; `drawMs`: the layer's drawing within the frame.
 */
export interface Sample {
  latencyMs: number;
  workMs: number;
  syncMs: number;
  drawMs: number;
}

const map = L.map(document.getElementById('map')!, {
  preferCanvas: true,
  center: [35.5, 14.5],
  zoom: 6,
  zoomAnimation: false,
  fadeAnimation: false,
});
const store = new VesselStore();
const haven = new VesselLayer(map);
store.subscribe((all, change) => haven.apply(all, change));
const plain = L.layerGroup();
const circles = new Map<string, L.CircleMarker>();
const renderer = L.canvas({ padding: 0.1 });
let drawMs = 0;
// Leaflet's canvas renderer draws in its own animation frame: time that frame's drawing.
const rendererWithRedraw = renderer as unknown as { _redraw(): void };
const redraw = rendererWithRedraw._redraw;
rendererWithRedraw._redraw = function timed(this: unknown) {
  const t = performance.now();
  redraw.call(this);
  drawMs = performance.now() - t;
};

let fleet: VesselPosition[] = [];
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

/**
 * After the next frame has been painted (a task posted from requestAnimationFrame runs after the
 * paint); answers when that frame began (the animation frame's timestamp).
 */
function painted(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame((frameStart) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(frameStart);
      channel.port2.postMessage(0);
    }),
  );
}

/** `n` vessels spread over the view (central Mediterranean, zoom 6), all moving. */
function makeFleet(n: number): void {
  const b = map.getBounds();
  fleet = Array.from({ length: n }, (_, i) => ({
    mmsi: String(200_000_000 + i),
    name: `SIM ${i}`,
    lat: b.getSouth() + random() * (b.getNorth() - b.getSouth()),
    lon: b.getWest() + random() * (b.getEast() - b.getWest()),
    speed: 5 + random() * 15,
    course: random() * 360,
    heading: null,
    source: 'simulator',
    kind: i % 500 === 0 ? 'rescue' : 'vessel',
    shiptype: [70, 80, 30, 36][i % 4],
    at: new Date().toISOString(),
  }));
}

/** The next batch: `share` of the fleet moved 30 s along its course, as fresh objects (as from the socket). */
function nextBatch(share: number): VesselPosition[] {
  const at = new Date().toISOString();
  const out: VesselPosition[] = [];
  for (let i = 0; i < fleet.length; i++) {
    if (share < 1 && random() > share) continue;
    const v = fleet[i];
    const rad = (v.course! * Math.PI) / 180;
    const nm = (v.speed! * 30) / 3600;
    fleet[i] = { ...v, lat: v.lat + (nm * Math.cos(rad)) / 60, lon: v.lon + (nm * Math.sin(rad)) / 60, at };
    out.push(fleet[i]);
  }
  return out;
}

function applyPlain(batch: readonly VesselPosition[]): void {
  for (const v of batch) {
    const m = circles.get(v.mmsi);
    if (m) m.setLatLng([v.lat, v.lon]);
    else
      circles.set(
        v.mmsi,
        L.circleMarker([v.lat, v.lon], {
          renderer,
          radius: 4,
          weight: 1,
          color: '#0a1016',
          fillColor: v.kind === 'rescue' ? '#ff9de2' : '#7fd3ff',
          fillOpacity: 0.9,
        }).addTo(plain),
      );
  }
}

const bench = {
  /** Starts over with `n` vessels on both layers (neither shown). */
  setup(n: number): void {
    haven.remove();
    plain.remove();
    plain.clearLayers();
    circles.clear();
    makeFleet(n);
    store.replaceAll(fleet);
    applyPlain(fleet);
    haven.remove();
  },
  /** Shows one layer and times `count` batches of it, each moving `share` of the fleet. */
  async run(which: 'haven' | 'plain', count: number, share: number): Promise<Sample[]> {
    if (which === 'haven') {
      plain.remove();
      haven.addTo(map);
    } else {
      haven.remove();
      plain.addTo(map);
    }
    await painted();
    const samples: Sample[] = [];
    for (let i = 0; i < count; i++) {
      const batch = nextBatch(share);
      await painted();
      const t0 = performance.now();
      if (which === 'haven') store.applyBatch(batch);
      else applyPlain(batch);
      const t1 = performance.now();
      const frameStart = await painted();
      const done = performance.now();
      samples.push({
        latencyMs: done - t0,
        workMs: t1 - t0 + done - Math.max(frameStart, t1),
        syncMs: t1 - t0,
        drawMs: which === 'haven' ? haven.stats.frameMs : drawMs,
      });
    }
    return samples;
  },
  /** Times frames with nothing to draw: latency is the wait for the display's next frame. */
  async idle(count: number): Promise<Sample[]> {
    const out: Sample[] = [];
    for (let i = 0; i < count; i++) {
      await painted();
      const t0 = performance.now();
      const frameStart = await painted();
      const done = performance.now();
      out.push({ latencyMs: done - t0, workMs: done - Math.max(frameStart, t0), syncMs: 0, drawMs: 0 });
    }
    return out;
  },
  /** Times `count` hover hit tests over Haven's layer (a synthetic mousemove on the map). */
  hover(count: number): number[] {
    plain.remove();
    haven.addTo(map);
    const el = map.getContainer();
    const box = el.getBoundingClientRect();
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      el.dispatchEvent(
        new MouseEvent('mousemove', {
          bubbles: true,
          clientX: box.x + random() * box.width,
          clientY: box.y + random() * box.height,
        }),
      );
      out.push(performance.now() - t0);
    }
    return out;
  },
};

declare global {
  interface Window {
    /** The bench's entry points, called by bench/map.bench.ts through page.evaluate. */
    havenBench: typeof bench;
  }
}
window.havenBench = bench;
document.body.dataset.ready = 'true';
