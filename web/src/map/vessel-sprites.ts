import type { CanvasView } from './canvas-overlay';
import { SpriteBlitter, type BlitPass } from './sprite-blit';
import type { VesselClass } from './vessel-class';
import type { VesselRecord } from './vessel-records';
import { paintSymbols, SYMBOLS, traceSymbol } from './vessel-symbols';

type Sprite = ReturnType<SpriteBlitter['sprite']>;

/** Up to this many symbols a frame, soft edges are blended exactly; beyond, nobody can tell them apart. */
const EXACT_MAX = 4000;

/**
 * Symbol size by zoom for the common classes: zoomed out over a busy sea, full-size symbols would
 * merge into a carpet that hides cases and ports. Rescue assets, aircraft and alarms keep their size.
 */
export function symbolScale(cls: VesselClass, zoom: number): number {
  if (cls === 'rescue' || cls === 'aircraft' || cls === 'sart') return 1;
  return zoom <= 5 ? 0.55 : zoom <= 6 ? 0.65 : zoom <= 7 ? 0.8 : 1;
}

/**
 * The vessel symbols of a frame as sprites: one per class, staleness and 5° heading step at the
 * current zoom, made when first needed and kept in a dense array (fast lookups).
 */
export class SymbolSprites {
  private readonly blitter = new SpriteBlitter();
  private readonly slots: number;
  private sprites: (Sprite | null)[] = [];
  private set = '';
  private view: CanvasView | null = null;

  constructor(
    private readonly order: readonly VesselClass[],
    private readonly staleAlpha: number,
  ) {
    this.slots = order.length * 2 * 73;
  }

  /** Starts a frame: an empty buffer, and new sprites when the zoom, pixel ratio or size changed. */
  begin(ctx: CanvasRenderingContext2D, view: CanvasView): void {
    this.view = view;
    const set = `${view.zoom}|${view.ratio}|${view.pixelWidth}`;
    if (set !== this.set) {
      this.sprites = new Array<null>(this.slots).fill(null);
      this.set = set;
    }
    this.blitter.begin(ctx, view.pixelWidth, view.pixelHeight);
  }

  /**
   * Copies the symbols of each bucket (bottom to top: `buckets[i]` holds class index `c` of
   * `order`, stale or fresh as `fresh`), blended exactly when there are at most EXACT_MAX of them,
   * else in SpriteBlitter's two passes that never read the buffer.
   */
  draw(buckets: readonly { c: number; fresh: number; list: readonly VesselRecord[] }[]): void {
    const view = this.view;
    if (!view) return;
    let count = 0;
    for (const b of buckets) count += b.list.length;
    const passes: readonly BlitPass[] = count <= EXACT_MAX ? ['exact'] : ['soft', 'opaque'];
    for (const pass of passes) {
      for (const { c, fresh, list } of buckets) {
        const slot = (c * 2 + fresh) * 73 + 1;
        for (let i = 0; i < list.length; i++) {
          const r = list[i];
          this.blitter.blit(
            this.sprites[slot + r.bucket] ?? this.make(c, fresh, r.bucket, view),
            r.cx * view.ratio,
            r.cy * view.ratio,
            pass,
          );
        }
      }
    }
  }

  /** Puts the frame's symbols on the canvas (replacing what it held). */
  finish(ctx: CanvasRenderingContext2D): void {
    this.blitter.finish(ctx);
  }

  // Draws the sprite of class index `c`, fresh or stale, turned to `bucket` (-1: round, heading unknown).
  private make(c: number, fresh: number, bucket: number, view: CanvasView): Sprite {
    const cls = this.order[c];
    const style = SYMBOLS[cls];
    const size = symbolScale(cls, view.zoom);
    const angle = (bucket * 5 * Math.PI) / 180;
    const made = this.blitter.sprite(
      `${view.zoom}|${cls}|${fresh}|${bucket}|${view.ratio}`,
      Math.ceil((style.size * size + 2) * view.ratio),
      (g) => {
        g.scale(view.ratio, view.ratio);
        if (!fresh) g.globalAlpha = this.staleAlpha;
        g.beginPath();
        traceSymbol(g, style, 0, 0, Math.cos(angle), Math.sin(angle), bucket >= 0, size);
        paintSymbols(g, style, size);
      },
    );
    this.sprites[(c * 2 + fresh) * 73 + 1 + bucket] = made;
    return made;
  }
}
