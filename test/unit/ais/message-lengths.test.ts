/**
 * How long a message of each type must be: what gpsd accepts, Haven accepts, so that a damaged or
 * padded payload is neither decoded into nonsense nor thrown away when gpsd would keep it. The
 * table was taken from gpsdecode 3.22 (one difference: a type 1 longer than 204 bits, which current
 * gpsd rejects as noise too).
 */
import { AisDecoder } from '../../../shared/ais';
import { PayloadBuilder, fragments, sentence } from './nmea-builder';

function decodeLength(type: number, bits: number, part?: number): string {
  const built = new PayloadBuilder().uint(type, 6).uint(0, 2).uint(244000000, 30);
  if (part !== undefined) built.uint(part, 2);
  built.padTo(bits);
  const decoder = new AisDecoder();
  let result = {};
  for (const line of fragments(built, bits > 360 ? 2 : 1, { sequenceId: '1' })) result = decoder.push(line);
  const { message, skipped } = result as ReturnType<AisDecoder['push']>;
  return message ? 'decoded' : skipped!;
}

describe('message lengths', () => {
  test.each([
    [1, 162, 'truncated-payload'],
    [1, 163, 'decoded'],
    [1, 168, 'decoded'],
    [1, 204, 'decoded'],
    [1, 205, 'oversized-payload'],
    [4, 167, 'truncated-payload'],
    [4, 168, 'decoded'],
    [4, 300, 'decoded'],
    [5, 419, 'truncated-payload'],
    [5, 420, 'decoded'],
    [5, 424, 'decoded'],
    [5, 600, 'decoded'],
    [9, 167, 'truncated-payload'],
    [9, 168, 'decoded'],
    [9, 300, 'decoded'],
    [18, 167, 'truncated-payload'],
    [18, 168, 'decoded'],
    [18, 300, 'decoded'],
    [19, 311, 'truncated-payload'],
    [19, 312, 'decoded'],
    [19, 400, 'decoded'],
    [21, 271, 'truncated-payload'],
    [21, 272, 'decoded'],
    [21, 368, 'decoded'],
    [21, 369, 'oversized-payload'],
    [27, 95, 'truncated-payload'],
    [27, 96, 'decoded'],
    [27, 97, 'oversized-payload'],
    [27, 168, 'decoded'],
    [27, 169, 'oversized-payload'],
  ])('type %i of %i bits: %s', (type, bits, outcome) => {
    expect(decodeLength(type, bits)).toBe(outcome);
  });

  test.each([
    [0, 159, 'truncated-payload'],
    [0, 160, 'decoded'],
    [0, 168, 'decoded'],
    [0, 169, 'oversized-payload'],
    [1, 167, 'truncated-payload'],
    [1, 168, 'decoded'],
    [1, 174, 'decoded'],
    [1, 300, 'decoded'],
    [2, 168, 'unsupported-type'],
    [3, 168, 'unsupported-type'],
  ])('type 24 part %i of %i bits: %s', (part, bits, outcome) => {
    expect(decodeLength(24, bits, part)).toBe(outcome);
  });

  test('a payload too short to hold even the MMSI is truncated, unless its type is one not handled', () => {
    const short = (type: number): string => {
      const { payload, fill } = new PayloadBuilder().uint(type, 6).uint(0, 2).uint(1, 22).armour();
      return new AisDecoder().push(sentence(payload, fill)).skipped!;
    };
    expect(short(1)).toBe('truncated-payload');
    expect(short(8)).toBe('unsupported-type');
  });

  test('nothing longer than five slots (1008 bits) is an AIS message', () => {
    expect(decodeLength(5, 1009)).toBe('oversized-payload');
  });
});
