/** Bytes to a string, one character per byte: for the short ASCII snippets (tag blocks) we keep. */

/** The bytes `bytes[start, end)` as a string of the same length. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
