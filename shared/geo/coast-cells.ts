/**
 * The coastline segments of land-index.ts filed again in cells of a tenth of a degree, for the
 * line-crossing test (land-crossing.ts). A half-degree cell of a rocky coast holds hundreds of
 * segments; a line of a few miles crosses a handful of tenth-degree cells holding a few dozen, so a
 * test scans some twenty times fewer segments. Storage is by half-degree block: only blocks with
 * coastline get their 5 x 5 cells, so the index costs a few megabytes, not a world of empty cells.
 */
import { landIndex } from './land-index';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { floor, max, min } = Math;

/** Cells per degree. */
export const PER_DEG = 10;
/** Cell columns of the world, west to east from the 180th meridian. */
export const FINE_COLS = 360 * PER_DEG;
/** Cell rows of the world, south to north. */
export const FINE_ROWS = 180 * PER_DEG;
/** Cells per side of a block (blocks are half a degree). */
export const SUB = PER_DEG / 2;
const BLOCK_COLS = FINE_COLS / SUB;

/** Segments of cell (r, c) are items[starts[block(r, c) + sub(r, c)] .. the next start). */
export interface CoastCells {
  segments: Float64Array;
  blocks: Int32Array;
  starts: Int32Array;
  items: Int32Array;
}

let index: CoastCells | undefined;

/** The fine column of a longitude in [-180, 180], clamped. (Multiplying, not dividing by 0.1,
 * so that 0.3 falls in cell 3, not 2.) */
export function fineCol(lon: number): number {
  return max(0, min(FINE_COLS - 1, floor((lon + 180) * PER_DEG)));
}

/** The fine row of a latitude, clamped. */
export function fineRow(lat: number): number {
  return max(0, min(FINE_ROWS - 1, floor((lat + 90) * PER_DEG)));
}

/** Where cell (r, c)'s list starts in `starts`, or -1 if its block has no coastline. */
export function cellStart(cells: CoastCells, r: number, c: number): number {
  const b = cells.blocks[floor(r / SUB) * BLOCK_COLS + floor(c / SUB)];
  return b < 0 ? -1 : b + (r % SUB) * SUB + (c % SUB);
}

/** The index, built on first use from the land index (a few hundred milliseconds). */
export function coastCells(): CoastCells {
  if (index) return index;
  const { segments } = landIndex();
  const count = segments.length / 4;
  const blocks = new Int32Array((FINE_ROWS / SUB) * BLOCK_COLS).fill(-1);
  let size = 0;
  // Passes over every (segment, cell) pair its bounding box touches: give blocks their place,
  // count, then fill. Typed arrays throughout: the pairs number over half a million.
  const each = (visit: (cell: number, s: number) => void) => {
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      const r1 = fineRow(min(segments[o + 1], segments[o + 3])),
        r2 = fineRow(max(segments[o + 1], segments[o + 3]));
      const c1 = fineCol(min(segments[o], segments[o + 2])),
        c2 = fineCol(max(segments[o], segments[o + 2]));
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) visit(r * FINE_COLS + c, s);
    }
  };
  each((cell) => {
    const k = floor(floor(cell / FINE_COLS) / SUB) * BLOCK_COLS + floor((cell % FINE_COLS) / SUB);
    if (blocks[k] < 0) {
      blocks[k] = size;
      size += SUB * SUB + 1;
    }
  });
  index = { segments, blocks, starts: new Int32Array(size + 1), items: new Int32Array(0) };
  const at = (cell: number) => cellStart(index!, floor(cell / FINE_COLS), cell % FINE_COLS);
  // Counted one slot ahead, so that the prefix sums are the starts; each block's 25 cells are
  // followed by one spare slot, so that a cell's end is always the next start.
  const starts = index.starts;
  each((cell) => {
    starts[at(cell) + 1]++;
  });
  for (let i = 0; i < size; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, size);
  const items = new Int32Array(starts[size]);
  each((cell, s) => {
    items[fill[at(cell)]++] = s;
  });
  index.items = items;
  return index;
}
