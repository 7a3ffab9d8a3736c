import type { CanvasView } from './canvas-overlay';
import { VESSEL_STALE_MS, type VesselClass } from './vessel-class';
import { drawLabels } from './vessel-labels';
import { symbolScale, SymbolSprites } from './vessel-sprites';
import { vectorOf, type VesselRecord } from './vessel-records';
import {
  classColour,
  OWN_RING,
  paintSymbols,
  strokeRing,
  SYMBOLS,
  traceSartMarks,
  traceSymbol,
} from './vessel-symbols';

/** What a frame needs besides the records. */
export interface FrameOptions {
  now: number;
  frame: number;
  hidden: Readonly<Record<VesselClass, boolean>>;
  own: VesselRecord | null;
  selected: VesselRecord | null;
}

const STALE_ALPHA = 0.35;
/** Symbols this far off the canvas are skipped. */
const MARGIN = 16;
/** Paths are filled or stroked this many shapes at a time: Chrome slows down badly on one huge path. */
const CHUNK = 200;
/** Bottom to top: the rarer and more urgent, the later it is drawn and the sooner it is hit. */
const ORDER: readonly VesselClass[] = ['other', 'sailing', 'fishing', 'merchant', 'aircraft', 'rescue', 'sart'];
const INDEX = Object.fromEntries(ORDER.map((c, i) => [c, i])) as Record<VesselClass, number>;
// Reused from frame to frame: a frame allocates nothing per vessel.
const buckets: VesselRecord[][] = ORDER.flatMap(() => [[], []]);
const drawn: VesselRecord[] = [];
const sprites = new SymbolSprites(ORDER, STALE_ALPHA);
/** The buckets drawn as sprites, bottom to top (alarms are drawn as paths, over everything). */
const spriteBuckets = [0, 1].flatMap((fresh) =>
  ORDER.flatMap((cls, c) => (cls === 'sart' ? [] : [{ c, fresh, list: buckets[c * 2 + fresh] }])),
);

/**
 * Draws one frame: vessels as sprites (SymbolSprites) by class and staleness, then on top, with
 * canvas paths, 6-minute vectors, alarms, the own vessel, the selection ring and names. Answers
 * the drawn records bottom to top; valid until the next frame.
 */
export function drawVessels(
  ctx: CanvasRenderingContext2D,
  list: readonly VesselRecord[],
  view: CanvasView,
  o: FrameOptions,
): readonly VesselRecord[] {
  for (const b of buckets) b.length = 0;
  drawn.length = 0;
  const { originX, originY, scale, width, height } = view;
  const freshAfter = o.now - VESSEL_STALE_MS;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const x = r.mx * scale - originX;
    const y = r.my * scale - originY;
    if (x < -MARGIN || y < -MARGIN || x > width + MARGIN || y > height + MARGIN) continue;
    if (r === o.own || (o.hidden[r.cls] && r !== o.selected)) continue;
    r.cx = x;
    r.cy = y;
    r.frame = o.frame;
    buckets[INDEX[r.cls] * 2 + (r.atMs > freshAfter ? 1 : 0)].push(r);
  }
  sprites.begin(ctx, view);
  for (let fresh = 0; fresh < 2; fresh++) {
    for (let c = 0; c < ORDER.length; c++) for (const r of buckets[c * 2 + fresh]) drawn.push(r);
  }
  sprites.draw(spriteBuckets);
  sprites.finish(ctx);
  for (let fresh = 0; fresh < 2; fresh++) {
    ctx.globalAlpha = fresh ? 1 : STALE_ALPHA;
    for (let c = 0; c < ORDER.length; c++) drawVectors(ctx, ORDER[c], buckets[c * 2 + fresh], view);
  }
  drawAlarms(ctx, buckets[INDEX.sart * 2], 0.6);
  drawAlarms(ctx, buckets[INDEX.sart * 2 + 1], 1);
  ctx.globalAlpha = 1;
  if (o.own) drawOwn(ctx, o.own, view, o, freshAfter);
  if (o.selected && o.selected.frame === o.frame) {
    ctx.setLineDash([4, 3]);
    strokeRing(ctx, o.selected.cx, o.selected.cy, 16, '#ffffff', 2);
    ctx.setLineDash([]);
  }
  drawLabels(ctx, drawn, view, o.frame, o.own, o.selected);
  return drawn;
}

/** The topmost drawn vessel within `radius` CSS pixels of canvas point (x, y), or null. */
export function hitTest(list: readonly VesselRecord[], x: number, y: number, radius: number): VesselRecord | null {
  let best: VesselRecord | null = null;
  let bestD = radius * radius;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i];
    const d = (r.cx - x) ** 2 + (r.cy - y) ** 2;
    if (d < bestD) {
      best = r;
      bestD = d;
    }
  }
  return best;
}

// Course-and-speed vectors from each bow; one shorter than the symbol plus 3 px says nothing.
function drawVectors(
  ctx: CanvasRenderingContext2D,
  cls: VesselClass,
  bucket: readonly VesselRecord[],
  view: CanvasView,
): void {
  const offset = SYMBOLS[cls].size * symbolScale(cls, view.zoom);
  let n = 0;
  ctx.strokeStyle = classColour(cls);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const r of bucket) {
    const len = r.vlen * view.scale;
    if (len < offset + 3) continue;
    vectorOf(r);
    const dx = r.vx * view.scale;
    const dy = r.vy * view.scale;
    ctx.moveTo(r.cx + (dx * offset) / len, r.cy + (dy * offset) / len);
    ctx.lineTo(r.cx + dx, r.cy + dy);
    if (++n % CHUNK === 0) {
      ctx.stroke();
      ctx.beginPath();
    }
  }
  if (n % CHUNK) ctx.stroke();
}

// AIS-SART and other beacons: a red circle with a cross and an alarm ring, drawn as paths (they are few).
function drawAlarms(ctx: CanvasRenderingContext2D, bucket: readonly VesselRecord[], alpha: number): void {
  if (!bucket.length) return;
  ctx.globalAlpha = alpha;
  for (const r of bucket) {
    ctx.beginPath();
    traceSymbol(ctx, SYMBOLS.sart, r.cx, r.cy, 1, 0, false);
    paintSymbols(ctx, SYMBOLS.sart);
    ctx.beginPath();
    traceSartMarks(ctx, r.cx, r.cy);
    ctx.stroke();
    strokeRing(ctx, r.cx, r.cy, 13, SYMBOLS.sart.fill!, 2.5);
  }
}

function drawOwn(
  ctx: CanvasRenderingContext2D,
  r: VesselRecord,
  view: CanvasView,
  o: FrameOptions,
  freshAfter: number,
): void {
  r.cx = r.mx * view.scale - view.originX;
  r.cy = r.my * view.scale - view.originY;
  if (r.cx < -MARGIN || r.cy < -MARGIN || r.cx > view.width + MARGIN || r.cy > view.height + MARGIN) return;
  r.frame = o.frame;
  drawn.push(r);
  ctx.globalAlpha = r.atMs > freshAfter ? 1 : STALE_ALPHA;
  ctx.fillStyle = 'rgba(78, 161, 255, .22)';
  ctx.beginPath();
  ctx.arc(r.cx, r.cy, 17, 0, Math.PI * 2);
  ctx.fill();
  strokeRing(ctx, r.cx, r.cy, 17, OWN_RING, 3);
  drawVectors(ctx, r.cls, [r], view);
  ctx.beginPath();
  const bow = ((r.v.heading ?? r.v.course ?? 0) * Math.PI) / 180;
  traceSymbol(ctx, SYMBOLS[r.cls], r.cx, r.cy, Math.cos(bow), Math.sin(bow), r.pointed, 1.15);
  paintSymbols(ctx, SYMBOLS[r.cls]);
  if (r.cls === 'sart') drawAlarms(ctx, [r], ctx.globalAlpha);
  ctx.globalAlpha = 1;
}
