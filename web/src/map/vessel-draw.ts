import type { CanvasView } from './canvas-overlay';
import { alarmDevice, VESSEL_STALE_MS, type VesselClass } from './vessel-class';
import type { VesselRecord } from './vessel-records';
import { classColour, OWN_RING, paintSymbols, strokeRing, SYMBOLS, traceSartMarks, traceSymbol } from './vessel-symbols';

/** What a frame needs besides the records. */
export interface FrameOptions {
  now: number;
  frame: number;
  hidden: Readonly<Record<VesselClass, boolean>>;
  own: VesselRecord | null;
  selected: VesselRecord | null;
}

/** Names are written from this zoom on (about 40 nm across a laptop screen); before it they would be a smear. */
export const LABEL_ZOOM = 10;
const MAX_LABELS = 300;
const STALE_ALPHA = 0.35;
/** Symbols this far off the canvas are skipped. */
const MARGIN = 16;
/** Bottom to top: the rarer and more urgent, the later it is drawn and the sooner it is hit. */
const ORDER: readonly VesselClass[] = ['other', 'sailing', 'fishing', 'merchant', 'aircraft', 'rescue', 'sart'];
const INDEX = Object.fromEntries(ORDER.map((c, i) => [c, i])) as Record<VesselClass, number>;
// Reused from frame to frame: a frame allocates nothing per vessel.
const buckets: VesselRecord[][] = ORDER.flatMap(() => [[], []]);
const drawn: VesselRecord[] = [];

/**
 * Draws one frame: per class and staleness, all vectors in one path and all symbols in one path
 * (a fill and a stroke per group, not per vessel), then alarms, the own vessel, the selection and
 * names. Answers the drawn records bottom to top; valid until the next frame.
 */
export function drawVessels(ctx: CanvasRenderingContext2D, list: readonly VesselRecord[], view: CanvasView, o: FrameOptions): readonly VesselRecord[] {
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
  ctx.lineJoin = 'round';
  for (let fresh = 0; fresh < 2; fresh++) {
    for (let c = 0; c < ORDER.length; c++) {
      const bucket = buckets[c * 2 + fresh];
      if (!bucket.length) continue;
      ctx.globalAlpha = fresh ? 1 : ORDER[c] === 'sart' ? 0.6 : STALE_ALPHA;
      drawGroup(ctx, ORDER[c], bucket, scale, symbolScale(ORDER[c], view.zoom));
      for (const r of bucket) drawn.push(r);
    }
  }
  ctx.globalAlpha = 1;
  if (o.own) drawOwn(ctx, o.own, view, o, freshAfter);
  if (o.selected && o.selected.frame === o.frame) {
    ctx.setLineDash([4, 3]);
    strokeRing(ctx, o.selected.cx, o.selected.cy, 16, '#ffffff', 2);
    ctx.setLineDash([]);
  }
  drawLabels(ctx, view, o);
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

/**
 * Symbol size by zoom for the common classes: zoomed out over a busy sea, full-size symbols would
 * merge into a carpet that hides cases and ports. Rescue assets, aircraft and alarms keep their size.
 */
export function symbolScale(cls: VesselClass, zoom: number): number {
  if (cls === 'rescue' || cls === 'aircraft' || cls === 'sart') return 1;
  return zoom <= 5 ? 0.55 : zoom <= 6 ? 0.65 : zoom <= 7 ? 0.8 : 1;
}

function drawGroup(ctx: CanvasRenderingContext2D, cls: VesselClass, bucket: readonly VesselRecord[], scale: number, size: number): void {
  // Vectors under the symbols; one shorter than 3 px says nothing and is not drawn.
  ctx.beginPath();
  for (const r of bucket) {
    const dx = r.vx * scale;
    const dy = r.vy * scale;
    if (dx * dx + dy * dy < 9) continue;
    ctx.moveTo(r.cx, r.cy);
    ctx.lineTo(r.cx + dx, r.cy + dy);
  }
  ctx.strokeStyle = classColour(cls);
  ctx.lineWidth = 1.5;
  ctx.stroke();
  const style = SYMBOLS[cls];
  ctx.beginPath();
  for (const r of bucket) traceSymbol(ctx, style, r.cx, r.cy, r.cos, r.sin, r.pointed, size);
  paintSymbols(ctx, style, size);
  if (cls !== 'sart') return;
  ctx.beginPath();
  for (const r of bucket) traceSartMarks(ctx, r.cx, r.cy);
  ctx.stroke();
  ctx.beginPath();
  for (const r of bucket) {
    ctx.moveTo(r.cx + 13, r.cy);
    ctx.arc(r.cx, r.cy, 13, 0, Math.PI * 2);
  }
  ctx.strokeStyle = SYMBOLS.sart.fill!;
  ctx.lineWidth = 2.5;
  ctx.stroke();
}

function drawOwn(ctx: CanvasRenderingContext2D, r: VesselRecord, view: CanvasView, o: FrameOptions, freshAfter: number): void {
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
  drawGroup(ctx, r.cls, [r], view.scale, 1.15);
  ctx.globalAlpha = 1;
}

/** Which vessel's symbol or label holds each 8 px cell of the canvas, so labels never overlap others. */
class Occupancy {
  private readonly cols: number;
  private readonly rows: number;
  private readonly cells: Int32Array;

  constructor(width: number, height: number) {
    this.cols = Math.ceil(width / 8) + 1;
    this.rows = Math.ceil(height / 8) + 1;
    this.cells = new Int32Array(this.cols * this.rows);
  }

  /** Gives the rectangle to `owner` (> 0) when no other owner holds part of it (or `force`); answers whether it did. */
  take(owner: number, x0: number, y0: number, x1: number, y1: number, force = false): boolean {
    const c0 = Math.max(0, Math.floor(x0 / 8));
    const c1 = Math.min(this.cols - 1, Math.floor(x1 / 8));
    const r0 = Math.max(0, Math.floor(y0 / 8));
    const r1 = Math.min(this.rows - 1, Math.floor(y1 / 8));
    for (let r = r0; r <= r1 && !force; r++) {
      for (let c = c0; c <= c1; c++) {
        const held = this.cells[r * this.cols + c];
        if (held && held !== owner) return false;
      }
    }
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.cells[r * this.cols + c] = owner;
    return true;
  }
}

function drawLabels(ctx: CanvasRenderingContext2D, view: CanvasView, o: FrameOptions): void {
  const important = drawn.filter((r) => r.cls === 'sart' || r.cls === 'rescue' || r.cls === 'aircraft' || r === o.own || r === o.selected);
  if (view.zoom < LABEL_ZOOM && !important.length) return;
  ctx.font = '600 11px system-ui, "DejaVu Sans", sans-serif';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(10, 16, 22, .9)';
  ctx.fillStyle = '#e8eef4';
  // Most important first; a label goes only where no other label and no urgent symbol is.
  const space = new Occupancy(view.width, view.height);
  for (const r of important) space.take(r.index + 1, r.cx - 10, r.cy - 10, r.cx + 10, r.cy + 10, true);
  let count = 0;
  const label = (r: VesselRecord, text: string | null) => {
    if (!text || r.frame !== o.frame || count >= MAX_LABELS) return;
    const x = r.cx + 12;
    const force = r === o.own || r === o.selected || r.cls === 'sart';
    if (!space.take(r.index + 1, x, r.cy - 7, x + ctx.measureText(text).width, r.cy + 7, force)) return;
    count += 1;
    ctx.strokeText(text, x, r.cy);
    ctx.fillText(text, x, r.cy);
  };
  if (o.own) label(o.own, o.own.v.name ?? 'Your vessel');
  if (o.selected) label(o.selected, o.selected.v.name ?? `MMSI ${o.selected.v.mmsi}`);
  for (let i = drawn.length - 1; i >= 0; i--) {
    const r = drawn[i];
    if (r === o.own || r === o.selected) continue;
    if (r.cls === 'sart') label(r, r.v.name ?? alarmDevice(r.v.mmsi) ?? 'AIS-SART');
    else if (view.zoom >= LABEL_ZOOM) label(r, r.v.name);
  }
}
