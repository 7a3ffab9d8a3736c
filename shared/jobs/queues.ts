/** Every BullMQ queue Haven uses. The worker refuses to start if one has no processor. */
export const QUEUES = [
  'match-case',
  'notify-harbour',
  'docking-deadline',
  'escalate-request',
  'retention',
  'estimate-due',
] as const;
/** A queue name. */
export type QueueName = (typeof QUEUES)[number];
