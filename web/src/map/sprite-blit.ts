/** A symbol drawn once (antialiased by a canvas) and kept as its visible pixels, opaque ones first. */
interface Sprite {
  /** Buffer offsets from the centre pixel, for the buffer's current width. */
  offs: Int32Array;
  /** Column offsets from the centre (for clipping at the buffer's edges). */
  dx: Int8Array;
  /** Colours as ImageData stores them (RGBA bytes, little-endian: 0xAABBGGRR), as signed 32-bit integers. */
  rgba: Int32Array;
  /** Pixels [0, opaque) are opaque; the rest are soft (antialiased edges, faded symbols). */
  opaque: number;
  /** Half-size in device pixels: a centre this far inside the buffer needs no clipping. */
  radius: number;
}

/** Which pixels of a sprite one `blit` writes: all of them blended, only the soft or only the opaque ones. */
export type BlitPass = 'exact' | 'soft' | 'opaque';

/**
 * Draws thousands of small symbols fast: each distinct symbol (class, heading in 5° steps, size,
 * staleness) is drawn once on a small canvas, and each frame copies its pixels into one ImageData
 * that goes to the canvas in a single putImageData. Chrome's software canvas fills a path in about
 * 2.5 µs and one path holding 20,000 shapes takes a second; copying ~40 pixels is far cheaper.
 *
 * Blending a pixel reads the buffer first, and at 20,000 symbols scattered over megabytes each
 * read waits for memory (profiled: five times the cost of writing). Without `exact`, a frame is
 * written in two passes that never read: every symbol's soft pixels, then every symbol's opaque
 * ones, so a body always covers another symbol's edge; only edges over edges are not blended.
 */
export class SpriteBlitter {
  private image: ImageData | null = null;
  // Signed: colours with alpha >= 128 stay small integers in V8 rather than boxed numbers.
  private buf = new Int32Array(0);
  private width = 0;
  private height = 0;
  private readonly sprites = new Map<string, Sprite>();

  /** Starts a frame of `width` x `height` device pixels, all transparent. */
  begin(ctx: CanvasRenderingContext2D, width: number, height: number): void {
    if (!this.image || this.width !== width || this.height !== height) {
      this.image = ctx.createImageData(width, height);
      this.buf = new Int32Array(this.image.data.buffer);
      this.width = width;
      this.height = height;
      // Offsets depend on the buffer's width.
      this.sprites.clear();
    } else {
      this.buf.fill(0);
    }
  }

  /** The sprite for `key`, drawn by `draw` (centred on 0, 0, in device pixels) the first time. */
  sprite(key: string, radius: number, draw: (ctx: CanvasRenderingContext2D) => void): Sprite {
    let s = this.sprites.get(key);
    if (s) return s;
    const size = radius * 2 + 1;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.translate(radius + 0.5, radius + 0.5);
    draw(ctx);
    const data = new Int32Array(ctx.getImageData(0, 0, size, size).data.buffer);
    const opaque: [number, number, number][] = [];
    const soft: [number, number, number][] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        let v = data[y * size + x];
        const a = v >>> 24;
        // Nearly clear edge pixels are dropped and nearly opaque ones made opaque: a blend costs
        // several times a copy, and at these sizes nobody sees the difference.
        if (a < 32) continue;
        if (a >= 224) v |= 0xff000000;
        (a >= 224 ? opaque : soft).push([(y - radius) * this.width + (x - radius), x - radius, v]);
      }
    }
    const all = [...opaque, ...soft];
    s = {
      offs: Int32Array.from(all, (p) => p[0]),
      dx: Int8Array.from(all, (p) => p[1]),
      rgba: Int32Array.from(all, (p) => p[2]),
      opaque: opaque.length,
      radius,
    };
    this.sprites.set(key, s);
    return s;
  }

  /** Copies a sprite's pixels of one pass, centred on device pixel (x, y), over what is there. */
  blit(s: Sprite, x: number, y: number, pass: BlitPass): void {
    const cx = Math.round(x);
    const cy = Math.round(y);
    const { offs, rgba, radius } = s;
    const buf = this.buf;
    const base = cy * this.width + cx;
    if (cx < radius || cy < radius || cx >= this.width - radius || cy >= this.height - radius) {
      this.blitClipped(s, cx, cy, pass);
      return;
    }
    const from = pass === 'soft' ? s.opaque : 0;
    const to = pass === 'opaque' ? s.opaque : offs.length;
    if (pass !== 'exact') {
      for (let j = from; j < to; j++) buf[base + offs[j]] = rgba[j];
      return;
    }
    for (let j = 0; j < offs.length; j++) {
      const p = base + offs[j];
      const src = rgba[j];
      const dst = buf[p];
      const sa = src >>> 24;
      if (sa === 255 || dst === 0) buf[p] = src;
      else buf[p] = over(src, sa, dst);
    }
  }

  /** Puts the frame on the canvas (replacing what it held). */
  finish(ctx: CanvasRenderingContext2D): void {
    if (this.image) ctx.putImageData(this.image, 0, 0);
  }

  // Near an edge: skip pixels that would wrap onto the next row or fall off the buffer.
  private blitClipped(s: Sprite, cx: number, cy: number, pass: BlitPass): void {
    const buf = this.buf;
    const base = cy * this.width + cx;
    const from = pass === 'soft' ? s.opaque : 0;
    const to = pass === 'opaque' ? s.opaque : s.offs.length;
    for (let j = from; j < to; j++) {
      const p = base + s.offs[j];
      const col = cx + s.dx[j];
      if (p < 0 || p >= buf.length || col < 0 || col >= this.width) continue;
      const src = s.rgba[j];
      const dst = buf[p];
      const sa = src >>> 24;
      buf[p] = pass !== 'exact' || sa === 255 || dst === 0 ? src : over(src, sa, dst);
    }
  }
}

/**
 * "Source over" on straight (not premultiplied) RGBA as ImageData holds it, in integers: the result
 * alpha, then each channel moved from the old colour towards the new one by sa / oa (0-256). Over an
 * opaque pixel (the usual case where symbols crowd) that needs no division.
 */
export function over(src: number, sa: number, dst: number): number {
  const da = dst >>> 24;
  const oa = da === 255 ? 255 : sa + (((da * (255 - sa) + 127) / 255) | 0);
  const t = oa === 255 ? (sa * 257 + 128) >> 8 : ((sa << 8) / oa) | 0;
  const r = dst & 255;
  const g = (dst >> 8) & 255;
  const b = (dst >> 16) & 255;
  return (
    (oa << 24) |
    ((b + (((((src >> 16) & 255) - b) * t) >> 8)) << 16) |
    ((g + (((((src >> 8) & 255) - g) * t) >> 8)) << 8) |
    (r + ((((src & 255) - r) * t) >> 8))
  );
}
