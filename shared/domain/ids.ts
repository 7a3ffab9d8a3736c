/**
 * Every id Haven mints or reads, each family minted and parsed here and nowhere else, so a form can
 * never drift between the code that issues it and the code that reads it back (an SMS reply, a
 * Twilio status callback, a URL). Pure and browser-safe; round-trip tests in test/unit/domain.
 *
 * BullMQ reserves ':' in custom job ids, so job and notification ids use dots.
 */

const SEQ_DIGITS = 6;
const pad = (n: number) => String(n).padStart(SEQ_DIGITS, '0');
const seqOf = (digits: string | undefined) => (digits === undefined ? null : Number(digits));

/** A harbour or reception city id: lowercase letters, digits and dashes (a slug, a WPI number). */
export const HARBOUR_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** A case id such as `C-000042`, from the case sequence number. */
export function caseId(seq: number): string {
  return `C-${pad(seq)}`;
}

/** The sequence number of a case id, or null when the text is not one. */
export function parseCaseId(id: string): number | null {
  return seqOf(/^C-(\d{6,12})$/.exec(id)?.[1]);
}

/** A hotline's case-code prefix: one to eight capital letters (`AP` for a hotline called Alarm Phone). */
export const CASE_CODE_PREFIX = /^[A-Z]{1,8}$/;

/**
 * A hotline's case code such as `AP0001-2024`: its prefix, the case's number within the year
 * (four digits, more after the 9,999th case), and the year. What the hotline writes in its reports.
 */
export function caseCode(prefix: string, seq: number, year: number): string {
  if (!CASE_CODE_PREFIX.test(prefix)) throw new Error(`not a case-code prefix: ${prefix.slice(0, 20)}`);
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`not a case-code sequence: ${seq}`);
  return `${prefix}${String(seq).padStart(4, '0')}-${year}`;
}

/** The parts of a case code, typed by a person in any letter case (`ap0001-2024`), or null. */
export function parseCaseCode(code: string): { prefix: string; seq: number; year: number } | null {
  const m = /^([A-Za-z]{1,8})(\d{4,9})-(\d{4})$/.exec(code.trim());
  if (!m || Number(m[2]) < 1) return null;
  return { prefix: m[1].toUpperCase(), seq: Number(m[2]), year: Number(m[3]) };
}

/** A call id such as `K-000007` (one per call or caller SMS logged). */
export function callId(seq: number): string {
  return `K-${pad(seq)}`;
}

/** The sequence number of a call id, or null. */
export function parseCallId(id: string): number | null {
  return seqOf(/^K-(\d{6,12})$/.exec(id)?.[1]);
}

/** What a docking or relocation request id names: the case and the harbour or city asked. */
export interface RequestRef {
  caseId: string;
  harbourId: string;
}

/**
 * A docking request id such as `D-000042-lampedusa`: deterministic per case and harbour, so a
 * matching job retried after a crash finds the request it already made instead of making another.
 */
export function dockingRequestId(ref: RequestRef): string {
  return `D-${caseDigits(ref.caseId)}-${ref.harbourId}`;
}

/** The case and harbour a docking request id names (any letter case: harbours type it into SMS), or null. */
export function parseDockingRequestId(id: string): RequestRef | null {
  return parseRequest('D', id);
}

/** A relocation request id such as `R-000042-berlin`: one offer per case and reception city. */
export function relocationRequestId(ref: RequestRef): string {
  return `R-${caseDigits(ref.caseId)}-${ref.harbourId}`;
}

/** The case and city a relocation request id names, or null. */
export function parseRelocationRequestId(id: string): RequestRef | null {
  return parseRequest('R', id);
}

function caseDigits(id: string): string {
  const seq = parseCaseId(id);
  if (seq === null) throw new Error(`not a case id: ${id.slice(0, 40)}`);
  return pad(seq);
}

function parseRequest(letter: 'D' | 'R', id: string): RequestRef | null {
  const m = new RegExp(`^${letter}-(\\d{6,12})-([a-z0-9-]{1,64})$`, 'i').exec(id);
  if (!m || !HARBOUR_ID.test(m[2].toLowerCase())) return null;
  return { caseId: caseId(Number(m[1])), harbourId: m[2].toLowerCase() };
}

/** The canonical spelling of a request id typed by a person (`d-000042-Lampedusa`), or null. */
export function canonicalRequestId(id: string): string | null {
  const d = parseDockingRequestId(id);
  if (d) return dockingRequestId(d);
  const r = parseRelocationRequestId(id);
  return r ? relocationRequestId(r) : null;
}

/** Why matching runs for a case; part of its job id, so each trigger runs once. */
export type MatchReason = 'new' | 'declined' | 'expired' | 'manual' | 'retry';

/** The `match-case` job id: `match.<case>.<trigger>`, the trigger naming what caused this run. */
export function matchJobId(caseIdValue: string, trigger: string): string {
  return `match.${caseIdValue}.${trigger}`;
}

/** One notification: a message to one contact of one harbour about one request, on one channel. */
export interface NotificationRef {
  requestId: string;
  contactIndex: number;
  channel: 'sms' | 'voice';
  kind: 'request' | 'withdrawn' | 'reminder';
}

const KIND_WORDS = { request: 'notify', withdrawn: 'withdrawn', reminder: 'reminder' } as const;
const WORD_KINDS = new Map<string, NotificationRef['kind']>(
  Object.entries(KIND_WORDS).map(([k, w]) => [w, k as NotificationRef['kind']]),
);

/**
 * The id of a notification, which is also its `notify-harbour` job id (so a retry or a duplicate
 * enqueue can never notify twice): `notify|withdrawn|reminder.<request>.<contact>.<channel>`.
 */
export function notificationId(n: NotificationRef): string {
  return `${KIND_WORDS[n.kind]}.${n.requestId}.${n.contactIndex}.${n.channel}`;
}

/**
 * The notification an id names, read from the end so a request id with a dot in it still parses;
 * null for anything else (a status callback's `n` comes from outside and is checked here).
 */
export function parseNotificationId(id: string): NotificationRef | null {
  const parts = id.split('.');
  const kind = WORD_KINDS.get(parts[0]);
  if (parts.length < 4 || !kind) return null;
  const channel = parts[parts.length - 1];
  const index = parts[parts.length - 2];
  const requestId = parts.slice(1, -2).join('.');
  if ((channel !== 'sms' && channel !== 'voice') || !/^\d{1,3}$/.test(index) || !requestId) return null;
  return { requestId, contactIndex: Number(index), channel, kind };
}

/** The delayed `escalate-request` job id: one per request, step and contact. */
export function escalationJobId(requestId: string, step: string, contactIndex: number): string {
  return `escalate.${requestId}.${step}.${contactIndex}`;
}

/** The delayed `docking-deadline` job id of a request: one deadline per request. */
export function deadlineJobId(requestId: string): string {
  return `deadline.${requestId}`;
}

/**
 * The delayed `estimate-due` job id: the fix count and due time are in it, so a new fix starts
 * a new chain and a retry cannot double one.
 */
export function estimateJobId(caseIdValue: string, fixCount: number, dueAt: number): string {
  return `estimate.${caseIdValue}.${fixCount}.${dueAt}`;
}

/** A harbour id from its name: "Düsseldorf" -> "dusseldorf". */
export function harbourIdFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return slug.replace(/^-|-$/g, '').slice(0, 64).replace(/-$/, '') || 'harbour';
}

/** A user id: a random UUID (users are not numbered, so ids reveal nothing about how many exist). */
export const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new user id. */
export function newUserId(): string {
  return globalThis.crypto.randomUUID();
}

/** Whether a text is a user id. */
export function isUserId(id: string): boolean {
  return USER_ID.test(id);
}
