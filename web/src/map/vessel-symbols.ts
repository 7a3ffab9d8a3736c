import type { VesselClass } from './vessel-class';

/** How one class is drawn: a heading shape in unit coordinates (bow up), its size and colours. */
export interface SymbolStyle {
  /** Outline points, x right and y down, bow at (0, -1); null for a round, unrotated symbol. */
  shape: readonly number[] | null;
  /** Half-length in CSS pixels. */
  size: number;
  fill: string | null;
  stroke: string;
  lineWidth: number;
}

// An isosceles hull: the classic AIS target.
const HULL = [0, -1, 0.5, 0.8, -0.5, 0.8];
// An arrowhead with a notched stern, so fishing boats differ by shape, not only by colour.
const NOTCHED = [0, -1, 0.62, 0.85, 0, 0.4, -0.62, 0.85];
// Fuselage, wings and tailplane of an aircraft, seen from above.
const PLANE = [
  0, -1, 0.12, -0.7, 0.12, -0.25, 0.95, 0.15, 0.95, 0.32, 0.12, 0.12, 0.1, 0.62, 0.38, 0.85, 0.38, 0.98, 0, 0.9, -0.38,
  0.98, -0.38, 0.85, -0.1, 0.62, -0.12, 0.12, -0.95, 0.32, -0.95, 0.15, -0.12, -0.25, -0.12, -0.7,
];

const DARK = 'rgba(5, 10, 15, .85)';

/** Every class's look. Sailing is hollow (no fill) so it reads apart from any filled symbol. */
export const SYMBOLS: Record<VesselClass, SymbolStyle> = {
  other: { shape: HULL, size: 6, fill: '#aebccb', stroke: DARK, lineWidth: 1 },
  sailing: { shape: HULL, size: 7, fill: null, stroke: '#fff1a0', lineWidth: 1.6 },
  fishing: { shape: NOTCHED, size: 7.5, fill: '#86e07a', stroke: DARK, lineWidth: 1 },
  merchant: { shape: HULL, size: 8, fill: '#7fd3ff', stroke: DARK, lineWidth: 1 },
  aircraft: { shape: PLANE, size: 10, fill: '#ffffff', stroke: DARK, lineWidth: 1 },
  rescue: { shape: HULL, size: 10, fill: '#ff9de2', stroke: '#ffffff', lineWidth: 1.5 },
  sart: { shape: null, size: 7, fill: '#ff2d2d', stroke: '#ffffff', lineWidth: 1.5 },
};

/** The colour of a class's vector and swatch. */
export function classColour(cls: VesselClass): string {
  return SYMBOLS[cls].fill ?? SYMBOLS[cls].stroke;
}

/**
 * Adds one symbol to the current path: `cos`/`sin` of the heading (clockwise from north), or a
 * circle when `pointed` is false (no heading and no course known: an arrow would lie).
 */
export function traceSymbol(
  ctx: CanvasRenderingContext2D,
  style: SymbolStyle,
  x: number,
  y: number,
  cos: number,
  sin: number,
  pointed: boolean,
  scale = 1,
): void {
  const s = style.size * scale;
  if (!style.shape || !pointed) {
    const r = style.shape ? s * 0.55 : s;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  const p = style.shape;
  ctx.moveTo(x + s * (p[0] * cos - p[1] * sin), y + s * (p[0] * sin + p[1] * cos));
  for (let i = 2; i < p.length; i += 2)
    ctx.lineTo(x + s * (p[i] * cos - p[i + 1] * sin), y + s * (p[i] * sin + p[i + 1] * cos));
  ctx.closePath();
}

/**
 * Fills and outlines the current path in a class's style. Small filled symbols (`scale` < 0.8)
 * get no dark outline: packed on a shipping lane, outlines would merge into a black rope.
 */
export function paintSymbols(ctx: CanvasRenderingContext2D, style: SymbolStyle, scale = 1): void {
  if (style.fill) {
    ctx.fillStyle = style.fill;
    ctx.fill();
    if (scale < 0.8 && style.stroke === DARK) return;
  }
  ctx.strokeStyle = style.stroke;
  ctx.lineWidth = style.lineWidth * Math.min(1, scale);
  ctx.stroke();
}

/** The cross inside an AIS-SART circle and the alarm ring around it (IMO's SART symbol, in red). */
export function traceSartMarks(ctx: CanvasRenderingContext2D, x: number, y: number, scale = 1): void {
  const d = 4.2 * scale;
  ctx.moveTo(x - d, y - d);
  ctx.lineTo(x + d, y + d);
  ctx.moveTo(x + d, y - d);
  ctx.lineTo(x - d, y + d);
}

/** Draws the own-vessel or selection ring around a symbol. */
export function strokeRing(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  colour: string,
  width: number,
): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** A small canvas with one symbol, pointing north-east, for the legend: the same drawing as the map. */
export function symbolSwatch(cls: VesselClass, opts: { own?: boolean; stale?: boolean } = {}): HTMLCanvasElement {
  const css = 20;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.round(css * ratio);
  canvas.style.width = canvas.style.height = `${css}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.scale(ratio, ratio);
  const c = css / 2;
  const scale = cls === 'aircraft' || cls === 'rescue' ? 0.9 : 1;
  if (opts.stale) ctx.globalAlpha = 0.35;
  if (opts.own) strokeRing(ctx, c, c, 9.5, OWN_RING, 2.5);
  ctx.beginPath();
  traceSymbol(ctx, SYMBOLS[cls], c, c, Math.SQRT1_2, Math.SQRT1_2, true, opts.own ? 0.75 : scale);
  paintSymbols(ctx, SYMBOLS[cls]);
  if (cls === 'sart') {
    ctx.beginPath();
    traceSartMarks(ctx, c, c, 0.9);
    ctx.stroke();
  }
  return canvas;
}

/** The own vessel's ring: the console's accent blue. */
export const OWN_RING = '#4ea1ff';
