import * as z from 'zod';

/** The five roles of the contract; what each may see is decided server-side. */
export const Role = z.enum(['operator', 'supervisor', 'harbour', 'crew', 'admin']);
/** One of the five roles. */
export type Role = z.infer<typeof Role>;

/** A user as the API shows it (never the password hash). */
export const PublicUser = z.object({
  id: z.string(),
  username: z.string(),
  role: Role,
  harbourId: z.string().optional(),
  vesselMmsi: z.string().optional(),
  /** For crew: the case their vessel is assigned to. */
  assignedCaseId: z.string().optional(),
});
/** A user as the API shows it. */
export type PublicUser = z.infer<typeof PublicUser>;

/** Login request body. */
export const LoginInput = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});
/** Login request body. */
export type LoginInput = z.infer<typeof LoginInput>;

const username = z.string().regex(/^[A-Za-z0-9_.@-]{2,64}$/, 'username: 2-64 letters, digits or _ . @ -');
const password = z.string().min(10, 'password: at least 10 characters').max(1000);
const mmsi = z.string().regex(/^\d{9}$/, 'vessel: a 9-digit MMSI');
const phone = z.string().trim().min(3).max(40);

/** A user to create (POST /api/users, `haven user add`, the demo seed). */
export const UserInput = z
  .object({
    username,
    password,
    role: Role,
    harbourId: z.string().max(64).optional(),
    vesselMmsi: mmsi.optional(),
    phone: phone.optional(),
    /** A supervisor on duty gets an SMS when matching finds no willing harbour left for a case. */
    onDuty: z.boolean().optional(),
  })
  .strict()
  .refine((u) => u.role !== 'harbour' || u.harbourId, {
    message: 'a harbour user needs a harbour (--harbour ID)',
    path: ['harbourId'],
  })
  .refine((u) => u.role !== 'crew' || u.vesselMmsi, {
    message: 'a crew user needs a vessel (--vessel MMSI)',
    path: ['vesselMmsi'],
  });
/** A user to create. */
export type UserInput = z.infer<typeof UserInput>;

/**
 * Body of PATCH /api/users/:id: only the fields named change; null removes an optional one. A
 * change of role, harbour, vessel or password, or disabling, ends all the user's sessions.
 */
export const UserPatch = z
  .object({
    role: Role.optional(),
    harbourId: z.string().max(64).nullable().optional(),
    vesselMmsi: mmsi.nullable().optional(),
    phone: phone.nullable().optional(),
    password: password.optional(),
    disabled: z.boolean().optional(),
    /** A supervisor on duty gets an SMS when matching finds no willing harbour left for a case. */
    onDuty: z.boolean().optional(),
  })
  .strict();
/** Body of PATCH /api/users/:id. */
export type UserPatch = z.infer<typeof UserPatch>;

/** A user as administrators see it: never the password hash. */
export const AdminUser = PublicUser.extend({
  phone: z.string().optional(),
  disabled: z.boolean(),
  /** On duty: texted when a case runs out of harbours to ask. */
  onDuty: z.boolean(),
  createdAt: z.string(),
  /** Live sessions right now. */
  sessions: z.number().int(),
});
/** A user as administrators see it. */
export type AdminUser = z.infer<typeof AdminUser>;

/** A live session as administrators see it. */
export const SessionInfo = z.object({
  /** The stored id (a keyed hash of the cookie): names the session, cannot be used as one. */
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  role: Role,
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  address: z.string(),
  agent: z.string(),
  /** The session making this request. */
  current: z.boolean(),
});
/** A live session as administrators see it. */
export type SessionInfo = z.infer<typeof SessionInfo>;
