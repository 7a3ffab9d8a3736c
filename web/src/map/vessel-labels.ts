import type { CanvasView } from './canvas-overlay';
import { alarmDevice } from './vessel-class';
import type { VesselRecord } from './vessel-records';

/** Names are written from this zoom on (about 40 nm across a laptop screen); before it they would be a smear. */
export const LABEL_ZOOM = 10;
const MAX_LABELS = 300;

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

/**
 * Writes names beside symbols: alarms, the own and the selected vessel at any zoom, the others from
 * LABEL_ZOOM on, most important first (`drawn` is bottom to top), never over another label or an
 * urgent symbol, at most MAX_LABELS a frame.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  drawn: readonly VesselRecord[],
  view: CanvasView,
  frame: number,
  own: VesselRecord | null,
  selected: VesselRecord | null,
): void {
  const important = drawn.filter(
    (r) => r.cls === 'sart' || r.cls === 'rescue' || r.cls === 'aircraft' || r === own || r === selected,
  );
  if (view.zoom < LABEL_ZOOM && !important.length) return;
  ctx.font = '600 11px system-ui, "DejaVu Sans", sans-serif';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(10, 16, 22, .9)';
  ctx.fillStyle = '#e8eef4';
  const space = new Occupancy(view.width, view.height);
  for (const r of important) space.take(r.index + 1, r.cx - 10, r.cy - 10, r.cx + 10, r.cy + 10, true);
  let count = 0;
  const label = (r: VesselRecord, text: string | null) => {
    if (!text || r.frame !== frame || count >= MAX_LABELS) return;
    const x = r.cx + 12;
    const force = r === own || r === selected || r.cls === 'sart';
    if (!space.take(r.index + 1, x, r.cy - 7, x + ctx.measureText(text).width, r.cy + 7, force)) return;
    count += 1;
    ctx.strokeText(text, x, r.cy);
    ctx.fillText(text, x, r.cy);
  };
  if (own) label(own, own.v.name ?? 'Your vessel');
  if (selected) label(selected, selected.v.name ?? `MMSI ${selected.v.mmsi}`);
  for (let i = drawn.length - 1; i >= 0; i--) {
    const r = drawn[i];
    if (r === own || r === selected) continue;
    if (r.cls === 'sart') label(r, r.v.name ?? alarmDevice(r.v.mmsi) ?? 'AIS-SART');
    else if (view.zoom >= LABEL_ZOOM) label(r, r.v.name);
  }
}
