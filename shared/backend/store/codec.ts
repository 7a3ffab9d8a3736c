/** Hashes store each field JSON-encoded, so numbers, booleans, null and nested objects survive. */
export function encodeFields(rec: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rec)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, JSON.stringify(v)]),
  );
}

/** The inverse of encodeFields; null for an empty (missing) hash. */
export function decodeFields<T>(h: Record<string, string>): T | null {
  if (Object.keys(h).length === 0) return null;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h)) o[k] = JSON.parse(v);
  return o as T;
}
