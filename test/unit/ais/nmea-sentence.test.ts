/**
 * Sentence handling: what a line must look like to be decoded, what is tolerated around it, and the
 * reason given for each kind of line that is set aside.
 */
import { AisDecoder } from '../../../shared/ais';
import { parseVdmSentence } from '../../../shared/ais/nmea-sentence';
import { checksum, positionReport, sentence } from './nmea-builder';

const TYPE_1 = '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A';

function parse(line: string): ReturnType<typeof parseVdmSentence> {
  const bytes = Buffer.from(line, 'latin1');
  return parseVdmSentence(bytes, 0, bytes.length);
}

function pushOne(line: string): ReturnType<AisDecoder['push']> {
  return new AisDecoder().push(line);
}

describe('a VDM sentence', () => {
  test('is split into its fields, the payload located without copying it', () => {
    expect(parse('!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C')).toMatchObject({
      fragmentCount: 2,
      fragmentNumber: 1,
      sequenceId: 1,
      channel: 65,
      payloadStart: 15,
      fillBits: 0,
      ownShip: false,
      tagStart: -1,
    });
  });

  test('decodes whatever the talker: AI, AB, BS and own-ship VDO sentences alike', () => {
    const { payload, fill } = positionReport().armour();
    for (const talker of ['AIVDM', 'ABVDM', 'BSVDM', 'ANVDM', 'AIVDO']) {
      const result = pushOne(sentence(payload, fill, { talker }));
      expect(result.message).toMatchObject({ type: 1, mmsi: 244660274 });
      expect(result.ownShip ?? false).toBe(talker.endsWith('VDO'));
    }
  });

  test('accepts radio channels 1 and 2 and a missing channel', () => {
    const { payload, fill } = positionReport().armour();
    for (const channel of ['1', '2', '']) expect(pushOne(sentence(payload, fill, { channel })).message).toBeDefined();
  });

  test('is decoded with receiver fields, spaces or a CR after the checksum', () => {
    for (const tail of [',s28089,d-103,T39.44353985,x147521,r08TPHI1,1242958962', '   ', '\r', ',b003660465']) {
      expect(pushOne(TYPE_1 + tail).message).toMatchObject({ mmsi: 371798000 });
    }
  });

  test('accepts a lowercase checksum and leading whitespace', () => {
    expect(pushOne('  !AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4a').message).toMatchObject({ mmsi: 371798000 });
  });
});

describe('a line that is set aside', () => {
  test.each([
    ['an empty line', '', 'empty'],
    ['a line of whitespace', ' \t\r', 'empty'],
    ['a comment', '# Type 1: from Kurt Schwehr', 'not-aivdm'],
    ['another NMEA sentence', '$GPRMC,213950.00,A,5250.53669,N,00542.34920,E,0.020,,070420,,,A*7D', 'not-aivdm'],
    ['a sentence without its "!"', 'AIVDM,2,2,1,B,00000000000,2*26', 'not-aivdm'],
    ['an encapsulated sentence that is not VDM', '!AIABM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A', 'not-aivdm'],
    ['a damaged payload', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CR,0*4A', 'bad-checksum'],
    ['a damaged checksum', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B', 'bad-checksum'],
    ['a sentence without checksum', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0', 'malformed'],
    ['a checksum that is not hex', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*G1', 'malformed'],
    [
      'a tag block that never closes',
      '\\s:2573135,c:1671620143*0A!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A',
      'malformed',
    ],
  ])('%s: %j is counted as %s', (_name, line, reason) => {
    expect(pushOne(line)).toEqual({ skipped: reason });
  });

  test.each([
    ['a missing field', 'AIVDM,1,1,A,15RTgt0PAso;90TKcjM8h6g208CQ,0'],
    ['an extra field', 'AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0,0'],
    ['fragment 2 of 1', 'AIVDM,1,2,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0'],
    ['fragment 0', 'AIVDM,2,0,1,A,15RTgt0PAso;90TKcjM8h6g208CQ,0'],
    ['six fill bits', 'AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,6'],
    ['a sequence id that is not a digit', 'AIVDM,2,1,X,A,15RTgt0PAso;90TKcjM8h6g208CQ,0'],
    ['a three-character channel', 'AIVDM,1,1,,ABC,15RTgt0PAso;90TKcjM8h6g208CQ,0'],
  ])('with a correct checksum but %s, it is malformed', (_name, body) => {
    expect(pushOne(`!${body}*${checksum(body)}`)).toEqual({ skipped: 'malformed' });
  });

  test('a payload character outside the armour alphabet is a bad payload', () => {
    expect(pushOne(sentence('15RTgt0PAso;90TKcjM8h6g208C~', 0))).toEqual({ skipped: 'bad-payload' });
  });

  test('a message type the decoder does not handle is counted as unsupported', () => {
    expect(pushOne('!AIVDM,1,1,,B,6B?n;be:cbapalgc;i6?Ow4,2*4A')).toEqual({ skipped: 'unsupported-type' });
  });

  test('a position report cut short is truncated, one padded beyond any slot is oversized', () => {
    const short = positionReport().armour().payload.slice(0, 20);
    expect(pushOne(sentence(short, 0))).toEqual({ skipped: 'truncated-payload' });
    expect(pushOne(sentence(`${positionReport().armour().payload}${'0'.repeat(10)}`, 0))).toEqual({
      skipped: 'oversized-payload',
    });
  });
});
