/**
 * Gives hemisphere letters and `lat`/`lon` labels to the coordinates they belong to. A letter may
 * be written before (`N 35°46'`) or after (`35°46'N`) its coordinate, and in `35°46'N 14°17'E` the
 * N sits between two numbers. Letters touching a number (`N35.5`, `35.5N`) are settled first;
 * the others follow the side the text has used so far, after instead of before when nothing tells.
 */
import type { Component, Item } from './components';

type Hemi = Extract<Item, { kind: 'hemi' }>;
type Side = { comp: Component; tight: boolean };

/** Sets `hemi` and `label` on the coordinates of `items`, in place. */
export function attach(items: Item[]): void {
  attachHemispheres(items);
  attachLabels(items);
}

function attachHemispheres(items: Item[]): void {
  const pending: number[] = [];
  let after = 0;
  let before = 0;
  for (let h = 0; h < items.length; h++) {
    const hemi = items[h];
    if (hemi.kind !== 'hemi') continue;
    const left = neighbour(items, h, -1);
    const right = neighbour(items, h, 1);
    const lt = left?.tight === true;
    const rt = right?.tight === true;
    if (lt !== rt) {
      (lt ? left : right)!.comp.hemi = hemi;
      if (lt) after++;
      else before++;
    } else {
      pending.push(h);
    }
  }
  for (const h of pending) {
    const hemi = items[h] as Hemi;
    const left = neighbour(items, h, -1);
    const right = neighbour(items, h, 1);
    const useLeft = left !== undefined && (right === undefined || after >= before);
    const side = useLeft ? left : right;
    if (!side) continue;
    side.comp.hemi = hemi;
    if (useLeft) after++;
    else before++;
  }
}

/** The free coordinate next to item `h` on one side, directly or across one comma. */
function neighbour(items: Item[], h: number, dir: 1 | -1): Side | undefined {
  const hemi = items[h];
  let j = h + dir;
  let tight = true;
  if (items[j]?.kind === 'sep' && (items[j] as { ch: string }).ch === ',') {
    j += dir;
    tight = false;
  }
  const comp = items[j];
  if (comp?.kind !== 'comp' || comp.hemi) return undefined;
  if (tight) tight = dir < 0 ? comp.end === hemi.start : hemi.end === comp.start;
  return { comp, tight };
}

/** `lat 35.5`, `Lat:N35.5`, `latitude = 35.5`: a label names the next coordinate. */
function attachLabels(items: Item[]): void {
  for (let l = 0; l < items.length; l++) {
    const label = items[l];
    if (label.kind !== 'label') continue;
    for (let j = l + 1; j < items.length && j <= l + 3; j++) {
      const it = items[j];
      if (it.kind === 'comp') {
        if (it.label === undefined) it.label = label.axis;
        break;
      }
      const skippable = it.kind === 'hemi' || (it.kind === 'sep' && (it.ch === ':' || it.ch === '='));
      if (!skippable) break;
    }
  }
}
