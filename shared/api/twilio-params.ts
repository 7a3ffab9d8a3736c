import * as z from 'zod';

// Only the fields Haven reads; Twilio sends many more, which are dropped. Lengths are generous
// bounds on Twilio's own (a sid is 34 characters, an SMS at most 1600).
const sid = z.string().max(64).default('');
const phone = z.string().trim().max(64);

/** The parameters of a voice webhook (an inbound call, or a keypress on a docking call). */
export const VoiceParams = z.object({ CallSid: sid, From: phone.default(''), Digits: z.string().max(32).optional() });
/** The parameters of a voice webhook. */
export type VoiceParams = z.infer<typeof VoiceParams>;

/** The query of a voice webhook: `request` is set on the Gather of a docking call. */
export const VoiceQuery = z.object({
  request: z
    .string()
    .regex(/^D-[A-Za-z0-9-]{1,60}$/, 'request: a docking request id')
    .optional(),
});
/** The query of a voice webhook. */
export type VoiceQuery = z.infer<typeof VoiceQuery>;

/** The parameters of an inbound SMS. */
export const SmsParams = z.object({
  MessageSid: sid,
  From: phone.min(1, 'From: required'),
  Body: z.string().max(2000).default(''),
});
/** The parameters of an inbound SMS. */
export type SmsParams = z.infer<typeof SmsParams>;

/** The parameters of a delivery status callback: a message's or a call's status. */
export const StatusParams = z
  .object({
    MessageStatus: z.string().max(32).optional(),
    CallStatus: z.string().max(32).optional(),
    ErrorCode: z.string().max(16).optional(),
  })
  .refine((p) => p.MessageStatus !== undefined || p.CallStatus !== undefined, {
    message: 'MessageStatus or CallStatus: required',
    path: ['MessageStatus'],
  });
/** The parameters of a delivery status callback. */
export type StatusParams = z.infer<typeof StatusParams>;

/** The query of a status callback: the notification id TwilioNotifier put there. */
export const StatusQuery = z.object({ n: z.string().min(1).max(200) });
/** The query of a status callback. */
export type StatusQuery = z.infer<typeof StatusQuery>;
