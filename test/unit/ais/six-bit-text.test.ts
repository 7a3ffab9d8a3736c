/**
 * Six-bit text: names, call signs and destinations end at the first '@' (the padding character) and
 * lose trailing spaces, as gpsd reads them; a field of nothing but padding is "not available".
 */
import { AisDecoder, type StaticVoyageData } from '../../../shared/ais';
import { fragments, staticVoyageData } from './nmea-builder';

function decode(text: { callsign?: string; shipname?: string; destination?: string }): StaticVoyageData {
  const decoder = new AisDecoder();
  let message;
  for (const line of fragments(staticVoyageData(text), 2, { sequenceId: '1' }))
    message = decoder.push(line).message ?? message;
  expect(message?.type).toBe(5);
  return message as StaticVoyageData;
}

describe('six-bit text fields', () => {
  test("'@' padding is removed", () => {
    expect(decode({ shipname: 'SEA-WATCH 3@@@@@@@@@' }).shipname).toBe('SEA-WATCH 3');
  });

  test('trailing spaces are removed, inner spaces kept', () => {
    expect(decode({ shipname: 'HUMANITY 1          ', destination: 'PORTO EMPEDOCLE     ' })).toMatchObject({
      shipname: 'HUMANITY 1',
      destination: 'PORTO EMPEDOCLE',
    });
  });

  test("spaces before the '@' padding are removed too", () => {
    expect(decode({ callsign: 'IBCD  @' }).callsign).toBe('IBCD');
  });

  test("the text ends at the first '@', whatever follows it", () => {
    expect(decode({ shipname: 'LIFE SUPPORT@GARBAGE' }).shipname).toBe('LIFE SUPPORT');
  });

  test('punctuation and digits of the six-bit alphabet come through', () => {
    expect(decode({ shipname: 'CAPT.J.RIMES (2)-#1!' }).shipname).toBe('CAPT.J.RIMES (2)-#1!');
  });

  test('a field of only padding or only spaces is absent, and JSON leaves it out', () => {
    const message = decode({
      callsign: '@@@@@@@',
      shipname: '                    ',
      destination: '@@@@@@@@@@@@@@@@@@@@',
    });
    expect(message).toMatchObject({ callsign: undefined, shipname: undefined, destination: undefined });
    expect(Object.keys(JSON.parse(JSON.stringify(message)) as object)).not.toEqual(
      expect.arrayContaining(['callsign']),
    );
    expect(JSON.stringify(message)).not.toMatch(/shipname|destination/);
  });
});
