import { over } from '../../../web/src/map/sprite-blit';

/** A pixel as ImageData's little-endian 32-bit view holds it (0xAABBGGRR), signed. */
const px = (r: number, g: number, b: number, a: number) => (a << 24) | (b << 16) | (g << 8) | r;
const rgba = (v: number) => [v & 255, (v >> 8) & 255, (v >> 16) & 255, v >>> 24];

describe('source-over blending of straight-alpha pixels', () => {
  test('half-transparent white over opaque black is mid grey, opaque', () => {
    const [r, g, b, a] = rgba(over(px(255, 255, 255, 128), 128, px(0, 0, 0, 255)));
    expect(a).toBe(255);
    for (const c of [r, g, b]) expect(Math.abs(c - 128)).toBeLessThanOrEqual(1);
  });

  test('two translucent layers: alpha adds up as a + b(1 - a), colour leans to the top one', () => {
    const [r, , b, a] = rgba(over(px(255, 0, 0, 128), 128, px(0, 0, 255, 128)));
    expect(Math.abs(a - (128 + 128 * (127 / 255)))).toBeLessThanOrEqual(1);
    // Straight alpha: red weighs 128, blue 128 * 127/255 = 64, so about 2:1.
    expect(Math.abs(r - 170)).toBeLessThanOrEqual(2);
    expect(Math.abs(b - 85)).toBeLessThanOrEqual(2);
  });

  test('a nearly transparent source leaves the pixel as it was', () => {
    const dst = px(10, 200, 30, 255);
    expect(rgba(over(px(255, 255, 255, 1), 1, dst))).toEqual(rgba(dst));
  });
});
