/** Every Redis key Haven writes, under one configurable prefix so deployments and tests can share a Redis. */
export function keyspace(prefix: string) {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    prefix,
    seq: (name: string) => k('seq', name),
    user: (id: string) => k('user', id),
    usernames: () => k('usernames'),
    session: (hash: string) => k('session', hash),
    /** The sessions of one user (hashes), so that a change to the user ends every one of them. */
    userSessions: (userId: string) => k('user', userId, 'sessions'),
    /** Every live session by last use (for the admins' list). */
    sessionsByUse: () => k('sessions'),
    /** Prefix of the login limiters' keys (rate-limiter-flexible adds its own parts). */
    loginLimiter: (name: string) => k('login-limit', name),
    /** A Twilio MessageSid or CallSid already handled (or being handled). */
    twilioSid: (sid: string) => k('twilio-sid', sid),
    case: (id: string) => k('case', id),
    caseFixes: (id: string) => k('case', id, 'fixes'),
    caseTimeline: (id: string) => k('case', id, 'timeline'),
    /** The head of a case timeline's hash chain. */
    caseChain: (id: string) => k('case', id, 'chain'),
    caseDocking: (id: string) => k('case', id, 'docking'),
    caseSitreps: (id: string) => k('case', id, 'sitreps'),
    caseWithdrawn: (id: string) => k('case', id, 'withdrawn'),
    casesByTime: () => k('cases'),
    caseCodes: () => k('case-codes'),
    openThread: (callerHash: string) => k('thread', callerHash),
    pendingMatch: () => k('pending-match'),
    /** Cases that ran out of harbours to ask: searched again when a harbour becomes available. */
    exhaustedCases: () => k('exhausted-cases'),
    harbour: (id: string) => k('harbour', id),
    harbours: () => k('harbours'),
    harbourDocking: (id: string) => k('harbour', id, 'docking'),
    docking: (id: string) => k('docking', id),
    outbox: () => k('outbox'),
    /** Hash: outbox message id -> who relayed it by hand (JSON). */
    outboxRelayed: () => k('outbox-relayed'),
    notification: (id: string) => k('notification', id),
    delivery: (notificationId: string) => k('delivery', notificationId),
    /** A send reserved before Twilio is asked, with Twilio's SID once known (at most one message each). */
    send: (notificationId: string) => k('send', notificationId),
    /** The global audit log (a Redis Stream) and the head of its hash chain. */
    audit: () => k('audit'),
    auditChain: () => k('audit', 'chain'),
    feeds: () => k('feeds'),
    feed: (name: string) => k('feed', name),
    vessel: (mmsi: string, part?: 'track') => (part ? k('vessel', mmsi, part) : k('vessel', mmsi)),
    vessels: (index: 'live' | 'seen') => k('vessels', index),
    process: (id: string) => k('process', id),
    processes: () => k('processes'),
    lease: (name: string) => k('lease', name),
    matchGeneration: (caseId: string) => k('case', caseId, 'match-generation'),
    matchLock: (caseId: string) => k('case', caseId, 'match-lock'),
    workerMetrics: (id: string) => k('metrics', 'worker', id),
    bullPrefix: () => k('bull'),
    socketKey: () => k('socket.io'),
  };
}
/** The key builder for one prefix. */
export type Keys = ReturnType<typeof keyspace>;
