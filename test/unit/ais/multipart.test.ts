/**
 * Multipart assembly: fragments are joined per channel and sequence id, so interleaved messages
 * still assemble; fragments that cannot complete are given up and counted, never joined to the
 * wrong message.
 */
import { AisDecoder } from '../../../shared/ais';
import { fragments, staticVoyageData } from './nmea-builder';

const VESSEL_A = staticVoyageData({ shipname: 'ALAN KURDI', destination: 'LAMPEDUSA' });
const VESSEL_B = staticVoyageData({ shipname: 'OCEAN VIKING', destination: 'POZZALLO' });

function names(decoder: AisDecoder, lines: string[], now = 0): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const { message } = decoder.push(line, now);
    if (message?.type === 5) out.push(message.shipname ?? '');
  }
  return out;
}

describe('multipart messages', () => {
  test('two messages interleaved on one channel with different sequence ids both assemble', () => {
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '1', channel: 'A' });
    const [b1, b2] = fragments(VESSEL_B, 2, { sequenceId: '2', channel: 'A' });
    expect(names(new AisDecoder(), [a1!, b1!, a2!, b2!])).toEqual(['ALAN KURDI', 'OCEAN VIKING']);
  });

  test('the same sequence id on channels A and B keeps the messages apart', () => {
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '6', channel: 'A' });
    const [b1, b2] = fragments(VESSEL_B, 2, { sequenceId: '6', channel: 'B' });
    expect(names(new AisDecoder(), [b1!, a1!, b2!, a2!])).toEqual(['OCEAN VIKING', 'ALAN KURDI']);
  });

  test('a three-part message assembles, and counts three lines', () => {
    const decoder = new AisDecoder();
    expect(names(decoder, fragments(VESSEL_A, 3, { sequenceId: '4' }))).toEqual(['ALAN KURDI']);
    expect(decoder.stats).toMatchObject({ lines: 3, messages: 1, linesDecoded: 3, linesSkipped: 0, linesPending: 0 });
  });

  test('a second fragment without its first is an orphan', () => {
    const [, a2] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const decoder = new AisDecoder();
    expect(decoder.push(a2!, 0)).toEqual({ skipped: 'orphan-fragment' });
    expect(decoder.stats.reasons['orphan-fragment']).toBe(1);
  });

  test('a first fragment replaced by a new one with the same key is given up, not joined', () => {
    const [a1] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const [b1, b2] = fragments(VESSEL_B, 2, { sequenceId: '1' });
    const decoder = new AisDecoder();
    expect(names(decoder, [a1!, b1!, b2!])).toEqual(['OCEAN VIKING']);
    expect(decoder.stats.reasons.incomplete).toBe(1);
  });

  test('fragments out of order give up the message and count both lines', () => {
    const [a1, a2, a3] = fragments(VESSEL_A, 3, { sequenceId: '1' });
    const decoder = new AisDecoder();
    expect(names(decoder, [a1!, a3!, a2!])).toEqual([]);
    expect(decoder.stats.reasons).toMatchObject({ incomplete: 1, 'orphan-fragment': 2 });
  });

  test('a first fragment older than the timeout expires, and a late second fragment is an orphan', () => {
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const decoder = new AisDecoder({ fragmentTimeoutMs: 1_000 });
    decoder.push(a1!, 10_000);
    expect(decoder.push(a2!, 11_001)).toEqual({ skipped: 'orphan-fragment' });
    expect(decoder.stats.reasons).toMatchObject({ incomplete: 1, 'orphan-fragment': 1 });
  });

  test('within the timeout, the second fragment completes the message', () => {
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const decoder = new AisDecoder({ fragmentTimeoutMs: 1_000 });
    decoder.push(a1!, 10_000);
    expect(decoder.push(a2!, 11_000).message).toMatchObject({ shipname: 'ALAN KURDI' });
  });

  test('a periodic sweep gives up stale fragments even when no further fragment arrives', () => {
    const [a1] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const decoder = new AisDecoder({ fragmentTimeoutMs: 1_000 });
    decoder.push(a1!, 0);
    decoder.sweep(500);
    expect(decoder.stats.linesPending).toBe(1);
    decoder.sweep(1_001);
    expect(decoder.stats).toMatchObject({
      linesPending: 0,
      linesSkipped: 1,
      reasons: expect.objectContaining({ incomplete: 1 }),
    });
  });

  test('at most maxPendingMessages are assembled at once; the oldest is given up first', () => {
    const decoder = new AisDecoder({ maxPendingMessages: 2 });
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const [b1, b2] = fragments(VESSEL_B, 2, { sequenceId: '2' });
    const [c1] = fragments(VESSEL_A, 2, { sequenceId: '3' });
    expect(names(decoder, [a1!, b1!, c1!, b2!, a2!])).toEqual(['OCEAN VIKING']);
    expect(decoder.stats.reasons).toMatchObject({ incomplete: 1, 'orphan-fragment': 1 });
  });

  test('at the end of input, flush counts what never completed', () => {
    const [a1] = fragments(VESSEL_A, 2, { sequenceId: '1' });
    const decoder = new AisDecoder();
    decoder.push(a1!);
    decoder.flush();
    expect(decoder.stats).toMatchObject({
      lines: 1,
      linesPending: 0,
      linesSkipped: 1,
      reasons: expect.objectContaining({ incomplete: 1 }),
    });
  });

  test("gpsd's channel multiplexing sample: fragments on A and B interleaved, both decoded", () => {
    const lines = [
      '!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B',
      '!AIVDM,2,1,2,A,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht500000000000000,0*3C',
      '!AIVDM,2,2,2,A,0000002,2*24',
      '!AIVDM,2,2,6,B,00000000000,2*21',
    ];
    expect(names(new AisDecoder(), lines)).toEqual(['HEALTH CONTROL 13', 'HEALTH CONTROL 13']);
  });

  test('a caller that reuses its buffer after pushBytes does not corrupt the message being assembled', () => {
    const [a1, a2] = fragments(VESSEL_A, 2, { sequenceId: '1' }).map((line) => Buffer.from(line, 'latin1'));
    const decoder = new AisDecoder();
    decoder.pushBytes(a1!, 0, a1!.length, 0);
    a1!.fill(48); // a socket listener's buffer, overwritten by the next read
    expect(decoder.pushBytes(a2!, 0, a2!.length, 0).message).toMatchObject({
      shipname: 'ALAN KURDI',
      destination: 'LAMPEDUSA',
    });
  });
});
