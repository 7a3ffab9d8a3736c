/**
 * NMEA 4.x tag blocks in front of sentences: tolerated by the decoder, and what they say (who heard
 * the sentence, and when) handed to the feed listener.
 */
import { AisDecoder } from '../../../shared/ais';
import { parseTagBlock } from '../../../shared/ais/tag-block';
import { checksum, fragments, positionReport, staticVoyageData } from './nmea-builder';

const TYPE_1 = '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A';
const tagged = (fields: string): string => `\\${fields}*${checksum(fields)}\\`;

describe('a sentence behind a tag block', () => {
  test('is decoded, and the source station and reception time come with it', () => {
    const result = new AisDecoder().push(`${tagged('s:2573135,c:1671620143')}${TYPE_1}`);
    expect(result.message).toMatchObject({ type: 1, mmsi: 371798000 });
    expect(result.tagBlock).toEqual({ source: '2573135', receivedAt: 1_671_620_143_000 });
  });

  test('is still decoded when the tag block checksum is wrong; only the tags are ignored', () => {
    const result = new AisDecoder().push(`\\s:2573135,c:1671620143*00\\${TYPE_1}`);
    expect(result.message).toMatchObject({ mmsi: 371798000 });
    expect(result.tagBlock).toBeUndefined();
  });

  test('is decoded when the tag block has no checksum at all', () => {
    const result = new AisDecoder().push(`\\s:rx1\\${TYPE_1}`);
    expect(result.message).toMatchObject({ mmsi: 371798000 });
    expect(result.tagBlock).toEqual({ source: 'rx1' });
  });

  test('of a multipart message, each fragment tagged with its group, assembles as usual', () => {
    const [first, second] = fragments(staticVoyageData(), 2, { sequenceId: '3' });
    const decoder = new AisDecoder();
    expect(decoder.push(`${tagged('g:1-2-1234,s:rx1,c:1671620143')}${first}`)).toEqual({});
    const result = decoder.push(`${tagged('g:2-2-1234')}${second}`);
    expect(result.message).toMatchObject({ type: 5, shipname: 'SEA RESCUER' });
    expect(result.tagBlock).toEqual({ group: { sentence: 2, total: 2, id: '1234' } });
  });
});

describe('parseTagBlock', () => {
  test('takes reception times given in milliseconds as they are', () => {
    const fields = 'c:1671620143123';
    expect(parseTagBlock(`${fields}*${checksum(fields)}`)).toEqual({ receivedAt: 1_671_620_143_123 });
  });

  test('ignores fields it does not know and fields that are not key:value', () => {
    const fields = 'd:dest,n:12,t:hello,x,s:rx2';
    expect(parseTagBlock(`${fields}*${checksum(fields)}`)).toEqual({ source: 'rx2' });
  });

  test('rejects a block whose checksum is not two hex digits', () => {
    expect(parseTagBlock('s:rx1*Z')).toBeUndefined();
  });

  test('leaves decoding of an untagged position report unaffected', () => {
    const { payload, fill } = positionReport().armour();
    expect(
      new AisDecoder().push(`!AIVDM,1,1,,A,${payload},${fill}*${checksum(`AIVDM,1,1,,A,${payload},${fill}`)}`).tagBlock,
    ).toBeUndefined();
  });
});
